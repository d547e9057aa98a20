import type { IntakeColumn } from "../../../src/analysis/intake";
import { isCoreError } from "../../../src/errors";
import type { Locale } from "../../../src/i18n/locale";
import { tableText, type TableMessageKey } from "../../../src/i18n/messages/table";
import { analysisSql, type SqlAnalysisRequest } from "../../../src/sql/analysis-sql";
import { SQL_DIALECT_TARGETS, type SqlDialect } from "../../../src/sql/dialect";
import type { SqlSource } from "../../../src/sql/source";
import type { ColumnRole } from "../../../src/table/types";
import { copySqlText } from "./copy-sql-text";

/** The analyses the pane offers as SQL (src/sql/analysis-sql.ts has them all; these need no extra settings). */
export type PaneSqlAnalysis =
  "rfm" | "levels" | "scores" | "cycle" | "cohorts" | "churn-features" | "promo" | "promo-products";

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
): CopySqlOutcome {
  try {
    return { kind: "statement", sql: analysisSql(dialect, request(analysis, tables)).sql };
  } catch (error) {
    if (!isCoreError(error)) throw error;
    const t = (key: Parameters<typeof copySqlText>[1], values?: Record<string, string>) =>
      copySqlText(locale, key, values);
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
    return { kind: "problem", message: error.message };
  }
}

function request(analysis: PaneSqlAnalysis, tables: SqlTables): SqlAnalysisRequest {
  if (analysis === "promo" || analysis === "promo-products") {
    const sources = {
      lines: sourceOf(tables.lines),
      ...(tables.products === undefined ? {} : { products: sourceOf(tables.products) }),
      ...(tables.traffic === undefined ? {} : { traffic: sourceOf(tables.traffic) }),
    };
    return { analysis, sources };
  }
  return { analysis, source: sourceOf(tables.lines) };
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
