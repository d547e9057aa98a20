import type { IntakeColumn } from "../../../src/analysis/intake";
import { CoreError, isCoreError } from "../../../src/errors";
import type { Locale } from "../../../src/i18n/locale";
import { coreErrorText } from "../../../src/i18n/messages/core-errors";
import { tableText, type TableMessageKey } from "../../../src/i18n/messages/table";
import { analysisSql, type SqlAnalysisRequest } from "../../../src/sql/analysis-sql";
import { SQL_DIALECT_TARGETS, type SqlDialect } from "../../../src/sql/dialect";
import type { SqlSource } from "../../../src/sql/source";
import type { ColumnRole } from "../../../src/table/types";
import type { Period } from "../../../src/yoy/period";
import { copySqlText, type CopySqlTextKey } from "./copy-sql-text";

/**
 * The analyses the pane offers as SQL (src/sql/analysis-sql.ts has them all). yoy and bands need the tab's
 * settings ({@link PaneSqlSettings}); the others need only the columns.
 */
export type PaneSqlAnalysis =
  | "rfm"
  | "levels"
  | "scores"
  | "cycle"
  | "cohorts"
  | "churn-features"
  | "promo"
  | "promo-products"
  | "yoy"
  | "bands";

/** Why a setting the statement needs is not there yet: each names what to set first (copy-sql-text.ts). */
export type SqlSettingGap =
  "yoySwitchedOff" | "yoyYearsInvalid" | "yoyRunFirst" | "yoyNoYearsFound" | "bandEdgesInvalid";

/** A setting as the tab has it: the value its run uses, or what the user has to set first. */
export type PaneSqlSetting<T> =
  { readonly kind: "set"; readonly value: T } | { readonly kind: "unset"; readonly gap: SqlSettingGap };

/**
 * The settings of the tab's run that yoy and bands need: the two periods compared, and the price-band edges
 * (cut on the product table's sale-price column, the stock column summed per band when it has one, as the
 * Promotion tab's price bands are: one value per product, right-closed, the lowest edge included).
 */
export interface PaneSqlSettings {
  readonly yoy?: PaneSqlSetting<{ readonly current: Period; readonly previous: Period }>;
  readonly priceEdges?: PaneSqlSetting<readonly number[]>;
}

/** One table of the pane's input: its name in the user's database and its columns with their roles. */
export interface SqlTableChoice {
  readonly tableName: string;
  readonly columns: readonly IntakeColumn[];
}

/** The tables a statement may read: the lines, and for the promotion the optional product and traffic tables. */
export interface SqlTables {
  readonly lines: SqlTableChoice;
  readonly products?: SqlTableChoice;
  readonly traffic?: SqlTableChoice;
}

export type CopySqlOutcome =
  | { readonly kind: "statement"; readonly sql: string }
  | { readonly kind: "problem"; readonly message: string };

/**
 * The statement of an analysis for the pane's input, with the same role mapping the analysis uses (the roles the
 * user sees in the columns step), or what stops it in the user's words: a role without a column, a table or
 * column name the dialect cannot take.
 */
export function copySqlStatement(
  locale: Locale,
  analysis: PaneSqlAnalysis,
  dialect: SqlDialect,
  tables: SqlTables,
  settings: PaneSqlSettings = {},
): CopySqlOutcome {
  const t = (key: CopySqlTextKey, values?: Record<string, string>) => copySqlText(locale, key, values);
  try {
    const built = request(analysis, tables, settings);
    if (built.kind === "gap") return { kind: "problem", message: t(`gap.${built.gap}`) };
    return { kind: "statement", sql: analysisSql(dialect, built.request).sql };
  } catch (error) {
    if (!isCoreError(error)) throw error;
    if (error.code === "MISSING_COLUMN") {
      const role = String(error.details.argument ?? "");
      return { kind: "problem", message: t("missingColumn", { role: roleName(locale, role) }) };
    }
    if (error.code === "SQL_IDENTIFIER_INVALID") {
      const what = error.details.argument === "table" ? t("tableWord") : t("columnWord");
      const name = String(error.details.value ?? "");
      return {
        kind: "problem",
        message: t("badName", { what, name, dialect: SQL_DIALECT_TARGETS[dialect] }),
      };
    }
    // Band edges out of order and the like: the core's wording in the user's language.
    const { code, details, message } = error;
    return { kind: "problem", message: coreErrorText(locale, { code, details, message }) ?? message };
  }
}

type Built =
  | { readonly kind: "request"; readonly request: SqlAnalysisRequest }
  | { readonly kind: "gap"; readonly gap: SqlSettingGap | "bandsNeedProducts" };

/** The request for the analysis, or the setting (or table) the user has to give first. */
function request(analysis: PaneSqlAnalysis, tables: SqlTables, settings: PaneSqlSettings): Built {
  const made = (built: SqlAnalysisRequest): Built => ({ kind: "request", request: built });
  switch (analysis) {
    case "promo":
    case "promo-products":
      return made({
        analysis,
        sources: {
          lines: sourceOf(tables.lines),
          ...(tables.products === undefined ? {} : { products: sourceOf(tables.products) }),
          ...(tables.traffic === undefined ? {} : { traffic: sourceOf(tables.traffic) }),
        },
      });
    case "yoy": {
      // No settings at all is a tab that never passed its periods: nothing to compare yet.
      const periods = settings.yoy ?? { kind: "unset", gap: "yoySwitchedOff" };
      if (periods.kind === "unset") return { kind: "gap", gap: periods.gap };
      return made({ analysis, source: sourceOf(tables.lines), settings: periods.value });
    }
    case "bands": {
      const edges = settings.priceEdges ?? { kind: "unset", gap: "bandEdgesInvalid" };
      if (edges.kind === "unset") return { kind: "gap", gap: edges.gap };
      if (tables.products === undefined) return { kind: "gap", gap: "bandsNeedProducts" };
      const source = sourceOf(tables.products);
      const by = source.columns.salePrice;
      // bandsSql takes the column by name, so the missing role is reported here, as the generators do.
      if (by === undefined)
        throw new CoreError("MISSING_COLUMN", "bands needs the salePrice column", { argument: "salePrice" });
      const stock = source.columns.stock;
      return made({
        analysis,
        source,
        settings: { by, edges: edges.value, sum: stock === undefined ? [] : [stock], closed: "right" },
      });
    }
    default:
      return made({ analysis, source: sourceOf(tables.lines) });
  }
}

function sourceOf(choice: SqlTableChoice): SqlSource {
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const column of choice.columns) if (column.role !== null) columns[column.role] ??= column.name;
  return { table: choice.tableName.trim(), columns };
}

/** The role as the columns step names it ("Member ID", "會員編號"); the catalog has every role. */
function roleName(locale: Locale, role: string): string {
  const name: string | undefined = tableText(locale, `role.${role}` as TableMessageKey);
  return name ?? role;
}
