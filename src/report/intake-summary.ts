import type { Locale } from "../i18n/locale";
import { tableText } from "../i18n/messages/table";
import { isoFromExcelSerial } from "../table/excel-serial";
import { QUALITY_RULES } from "../table/quality";
import type { QualityRule } from "../table/quality";
import type { Column, Table } from "../table/types";
import { readingNotes } from "./reading-notes";
import type { ReportTable, ResultSheet, RunRecord } from "./types";

/**
 * The Intake result sheet: what was read from a range or file before any analysis. One table lists each
 * column (name, role, type, non-blank cells, first value) under notes giving the shape, the header row and
 * "rows with a value in every recognised column: N of M"; a second lists the data-quality issues (rule,
 * meaning, rows affected, first example). Titles and headers are in `locale`; rule ids stay in QUALITY_RULES.
 *
 * Cost: O(cells) (non-blank counts).
 *
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * const runRecord = { inputAddress: "A1:C4", rowCount: 3, parameters: {}, engineVersion: "0.1.0", timestampIso: "2026-01-02T03:04:05Z" };
 * intakeSummarySheet(tableFromGrid({ values: [["Sales"], [5]] }), "en", runRecord).tables[0]?.rows
 * // [["Sales", "Amount", "Number", 1, "5"]]
 */
export function intakeSummarySheet(table: Table, locale: Locale, runRecord: RunRecord): ResultSheet {
  const t = (key: Parameters<typeof tableText>[1], values?: Record<string, string | number>): string =>
    tableText(locale, key, values);
  const usedRowCount = rowsWithEveryRole(table);
  const columnsTable: ReportTable = {
    id: "intake.columns",
    title: t("intake.columnsTitle"),
    notes: [
      t("intake.shape", { rows: table.rowCount, columns: table.columns.length }),
      table.headerRowNumber === null
        ? t("intake.noHeader")
        : t("intake.headerAt", { row: table.headerRowNumber }),
      t("intake.rowsUsable", { used: usedRowCount, rows: table.rowCount }),
      ...readingNotes(table, locale),
    ],
    columns: [
      { key: "column", header: t("intake.header.column"), numberFormat: "@" },
      { key: "role", header: t("intake.header.role"), numberFormat: "@" },
      { key: "type", header: t("intake.header.type"), numberFormat: "@" },
      { key: "nonBlank", header: t("intake.header.nonBlank"), numberFormat: "#,##0" },
      { key: "example", header: t("intake.header.example"), numberFormat: "@" },
    ],
    rows: table.columns.map((column) => [
      column.name,
      column.role === null ? t("role.none") : t(`role.${column.role}`),
      t(`type.${column.type}`),
      column.values.reduce<number>((count, value) => (value === null ? count : count + 1), 0),
      exampleOf(column),
    ]),
  };
  const qualityTable: ReportTable = {
    id: "intake.quality",
    title: t("intake.qualityTitle"),
    ...(table.quality.length === 0 ? { notes: [t("intake.noIssues")] } : {}),
    columns: [
      { key: "rule", header: t("intake.header.rule"), numberFormat: "@" },
      { key: "description", header: t("intake.header.description"), numberFormat: "@", widthChars: 60 },
      { key: "rows", header: t("intake.header.rows"), numberFormat: "#,##0" },
      { key: "firstRow", header: t("intake.header.firstRow"), numberFormat: "0" },
      { key: "firstColumn", header: t("intake.header.firstColumn"), numberFormat: "@" },
      { key: "firstValue", header: t("intake.header.firstValue"), numberFormat: "@" },
    ],
    rows: table.quality.map((issue) => {
      const first = issue.examples[0];
      const known = isQualityRule(issue.rule);
      return [
        known ? t(`rule.${issue.rule}`) : issue.rule,
        known ? t(`ruleHelp.${issue.rule}`) : "",
        issue.count,
        first?.row ?? null,
        first?.column ?? "",
        first?.value ?? "",
      ];
    }),
  };
  return { baseName: t("intake.sheetName"), tables: [columnsTable, qualityTable], charts: [], runRecord };
}

function isQualityRule(rule: string): rule is QualityRule {
  return (QUALITY_RULES as readonly string[]).includes(rule);
}

/**
 * Rows with a value in every column that has a role: what an analysis needing all of them would use (all
 * rows when no column has a role).
 */
export function rowsWithEveryRole(table: Table): number {
  const roleColumns = table.columns.filter((column) => column.role !== null);
  let used = 0;
  for (let row = 0; row < table.rowCount; row++) {
    if (roleColumns.every((column) => column.values[row] != null)) used++;
  }
  return used;
}

/** The first value of a column as the user would read it ("" when the column has none). */
function exampleOf(column: Column): string {
  const value = column.values.find((candidate) => candidate !== null);
  if (value === undefined || value === null) return "";
  if (column.type === "date" && typeof value === "number") return isoFromExcelSerial(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
