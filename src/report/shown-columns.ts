import type { ChartSpec, ReportTable, ResultSheet } from "./types";

/**
 * A sheet as a user sees it: every chart with axis titles (withAxisTitles), each table without its `rowKey` columns (stable ids such as "gmv" that tests, the
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
  const charts = sheet.charts.map((chart) => withAxisTitles(chart, sheet.tables));
  return {
    ...sheet,
    tables: sheet.tables.some(hasRowKey) ? sheet.tables.map(shownTable) : sheet.tables,
    charts,
  };
}

/**
 * A chart with both axis titles: a spec's own titles, else the header of its x column (the categories) and of
 * its plotted columns (the values, " / " between several), so no chart is drawn with unnamed axes.
 *
 * @example
 * const table = { id: "t", title: "T", rows: [], columns: [{ key: "k", header: "k (clusters)", numberFormat: "0" },
 *   { key: "w", header: "Within-cluster sum of squares", numberFormat: "0" }] };
 * withAxisTitles({ kind: "line", title: "Elbow", tableId: "t", xColumn: "k", yColumns: ["w"] }, [table]).yAxisTitle
 * // "Within-cluster sum of squares"
 */
export function withAxisTitles(chart: ChartSpec, tables: readonly ReportTable[]): ChartSpec {
  const table = tables.find((each) => each.id === chart.tableId);
  const header = (key: string) => table?.columns.find((column) => column.key === key)?.header ?? "";
  const xAxisTitle = chart.xAxisTitle ?? header(chart.xColumn);
  const yAxisTitle =
    chart.yAxisTitle ??
    chart.yColumns
      .map(header)
      .filter((text) => text !== "")
      .join(" / ");
  return { ...chart, xAxisTitle, yAxisTitle };
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
