import type { ReportTable, ResultSheet } from "./types";

/**
 * A sheet as a user sees it: each table without its `rowKey` columns (stable ids such as "gmv" that tests, the
 * JSON and formulas use to find a row, but that are no words for a reader). Every writer (the pane's port, the
 * command line's XLSX and text output) writes this, so no internal key reaches a sheet.
 *
 * Cost: O(cells).
 *
 * @example
 * const table = { id: "t", title: "T", columns: [{ key: "key", header: "", numberFormat: "@", rowKey: true },
 *   { key: "kpi", header: "KPI", numberFormat: "@" }], rows: [["gmv", "GMV"]] };
 * shownSheet({ baseName: "S", tables: [table], charts: [], runRecord: { inputAddress: "A1", rowCount: 1,
 *   parameters: {}, engineVersion: "t", timestampIso: "" } }).tables[0]?.rows // [["GMV"]]
 */
export function shownSheet(sheet: ResultSheet): ResultSheet {
  return sheet.tables.some(hasRowKey) ? { ...sheet, tables: sheet.tables.map(shownTable) } : sheet;
}

function hasRowKey(table: ReportTable): boolean {
  return table.columns.some((column) => column.rowKey === true);
}

function shownTable(table: ReportTable): ReportTable {
  if (!hasRowKey(table)) return table;
  const kept = table.columns.flatMap((column, index) => (column.rowKey === true ? [] : [index]));
  return {
    ...table,
    columns: kept.map((index) => table.columns[index]).filter((column) => column !== undefined),
    rows: table.rows.map((row) => kept.map((index) => row[index] ?? null)),
  };
}
