import { CoreError } from "../../src/errors";
import type { ChartSpec, ReportTable, ResultSheet } from "../../src/report/types";
import { MAX_COLUMNS } from "./a1-address";

/**
 * Checks a result sheet before anything is sent to Excel, so a bad report never leaves a half-written sheet:
 * unique table ids, at least one column per table, unique column keys, every row as long as the header, cells
 * that Excel can hold (finite numbers, text, Booleans, null), heat-map columns that exist, and charts that name
 * an existing table and existing columns.
 *
 * Cost: O(cells).
 * @throws CoreError INVALID_RESULT_SHEET
 */
export function validateResultSheet(sheet: ResultSheet): void {
  const tableIds = new Set<string>();
  for (const table of sheet.tables) {
    if (tableIds.has(table.id)) fail(`table id "${table.id}" is used twice`, sheet.baseName);
    tableIds.add(table.id);
    validateTable(table);
  }
  for (const chart of sheet.charts) validateChart(chart, sheet);
}

function validateTable(table: ReportTable): void {
  const where = `table ${table.id}`;
  const width = table.columns.length;
  if (width === 0) fail("a table needs at least one column", where);
  if (width > MAX_COLUMNS) fail(`${width} columns do not fit in a sheet`, where);
  const keys = new Set(table.columns.map((column) => column.key));
  if (keys.size !== width) fail("column keys must be unique", where);
  for (const key of table.heatmapColumns ?? []) {
    if (!keys.has(key)) fail(`heat-map column "${key}" is not a column of the table`, where);
  }
  table.rows.forEach((row, rowIndex) => {
    if (row.length !== width) fail(`row ${rowIndex + 1} has ${row.length} cells for ${width} columns`, where);
    row.forEach((cell, columnIndex) => {
      if (typeof cell === "number" && !Number.isFinite(cell)) {
        fail(`cell ${columnIndex + 1} of row ${rowIndex + 1} is ${String(cell)}, not a finite number`, where);
      }
    });
  });
}

function validateChart(chart: ChartSpec, sheet: ResultSheet): void {
  const where = `chart "${chart.title}"`;
  const table = sheet.tables.find((each) => each.id === chart.tableId);
  if (table === undefined) fail(`no table "${chart.tableId}" on the sheet`, where);
  if (chart.yColumns.length === 0) fail("a chart needs at least one y column", where);
  const keys = new Set(table.columns.map((column) => column.key));
  for (const key of [
    chart.xColumn,
    ...chart.yColumns,
    ...(chart.groupColumn === undefined ? [] : [chart.groupColumn]),
  ]) {
    if (!keys.has(key)) fail(`no column "${key}" in table ${table.id}`, where);
  }
}

function fail(problem: string, where: string): never {
  throw new CoreError("INVALID_RESULT_SHEET", `writeResultSheet: ${problem} (${where})`);
}
