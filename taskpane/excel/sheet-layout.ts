import { cellNumberFormat } from "../../src/report/cell-number-format";
import { CoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import type { ResultSheet } from "../../src/report/types";
import { columnLetters, MAX_ROWS, type CellRect } from "./a1-address";
import { chartSeriesLayout } from "./chart-layout";
import { heatmapRects } from "./color-scale";
import { toExcelCell } from "./excel-cell";
import type { CellBlock, ChartPlacement, DataRegion, SheetLayout, TablePlacement } from "./layout-types";
import { portText } from "./messages";
import { runRecordBlocks } from "./run-record-block";
import { blockColumnWidths } from "./block-column-widths";
import { tableColumnWidths } from "./table-column-widths";

/** A chart covers 8 columns by 15 rows, about 480 × 300 pt at default sizes. */
export const CHART_WIDTH_COLUMNS = 8;
export const CHART_HEIGHT_ROWS = 15;
/**
 * Columns are fitted to their header and first rows, not to 200,000 rows: table columns over every table sharing
 * the column (table-column-widths.ts), the run record and chart data blocks over their cells
 * (block-column-widths.ts).
 */
export const FITTED_SAMPLE_ROWS = 100;

/**
 * Where everything of a result sheet goes. Tables are stacked from A1, each as title, notes, header row and
 * data rows, with a blank row between tables. Right of the widest table, after a blank column, the run record
 * (two columns); after another blank column, the charts, stacked, each starting level with its table's title
 * (or below the previous chart); right of the charts, any scatter data that had to be sorted by group.
 * The header row of the first table is frozen with everything above it; heat-map columns get a colour scale.
 * Every column gets an explicit width computed from its content: table columns fit every table stacked in them,
 * the run record and chart data their own cells (nothing else shares their columns).
 *
 * Cost: O(cells) for scatter data copies, O(columns × FITTED_SAMPLE_ROWS) for widths,
 * O(tables + charts) otherwise.
 * @throws CoreError RESULT_TOO_LARGE when the tables do not fit in 1,048,576 rows; TOO_MANY_SERIES
 */
export function layoutResultSheet(sheet: ResultSheet, locale: Locale): SheetLayout {
  const blocks: CellBlock[] = [];
  const regions: DataRegion[] = [];
  const tables: TablePlacement[] = [];
  const fitted: CellRect[] = [];
  const colorScales: CellRect[] = [];
  let row = 0;
  for (const table of sheet.tables) {
    const notes = table.notes ?? [];
    const headerRow = row + 1 + notes.length;
    const dataRowCount = table.rows.length;
    if (headerRow + dataRowCount >= MAX_ROWS) {
      throw new CoreError(
        "RESULT_TOO_LARGE",
        `writeResultSheet: ${dataRowCount} rows do not fit in one sheet (table ${table.id})`,
      );
    }
    blocks.push({
      rect: { startRow: row, startColumn: 0, rowCount: 1, columnCount: 1 },
      values: [[toExcelCell(table.title)]],
      bold: true,
    });
    notes.forEach((note, index) =>
      blocks.push({
        rect: { startRow: row + 1 + index, startColumn: 0, rowCount: 1, columnCount: 1 },
        values: [[toExcelCell(note)]],
      }),
    );
    const width = table.columns.length;
    blocks.push({
      rect: { startRow: headerRow, startColumn: 0, rowCount: 1, columnCount: width },
      values: [table.columns.map((column) => toExcelCell(column.header))],
      bold: true,
    });
    regions.push({
      id: table.id,
      topRow: headerRow + 1,
      leftColumn: 0,
      rows: table.rows,
      numberFormats: table.columns.map((column) => column.numberFormat),
      ...(table.columns.some((column) => column.rowNumberFormats !== undefined)
        ? {
            rowNumberFormats: table.rows.map((_, index) =>
              table.columns.map((column) => cellNumberFormat(column, index)),
            ),
          }
        : {}),
    });
    const placement = {
      tableId: table.id,
      titleRow: row,
      headerRow,
      leftColumn: 0,
      columnCount: width,
      dataRowCount,
    };
    tables.push(placement);
    colorScales.push(...heatmapRects(table, placement));
    row = headerRow + dataRowCount + 2;
  }
  const recordColumn = Math.max(1, ...sheet.tables.map((table) => table.columns.length)) + 1;
  const record = runRecordBlocks(sheet.runRecord, locale, 0, recordColumn);
  blocks.push(...record);
  const recordRows = record.reduce(
    (bottom, block) => Math.max(bottom, block.rect.startRow + block.rect.rowCount),
    0,
  );
  fitted.push({ startRow: 0, startColumn: recordColumn, rowCount: recordRows, columnCount: 2 });
  const charts = placeCharts(sheet, locale, tables, recordColumn + 3, { blocks, regions, fitted });
  return {
    blocks,
    regions,
    tables,
    charts,
    frozenRows: tables[0] === undefined ? 0 : tables[0].headerRow + 1,
    columnWidths: [
      ...tableColumnWidths(sheet.tables, FITTED_SAMPLE_ROWS),
      ...blockColumnWidths(fitted, blocks, regions, FITTED_SAMPLE_ROWS),
    ],
    colorScales,
  };
}

function placeCharts(
  sheet: ResultSheet,
  locale: Locale,
  tables: readonly TablePlacement[],
  chartColumn: number,
  into: { blocks: CellBlock[]; regions: DataRegion[]; fitted: CellRect[] },
): ChartPlacement[] {
  const charts: ChartPlacement[] = [];
  let nextTop = 0;
  let dataColumn = chartColumn + CHART_WIDTH_COLUMNS + 1;
  for (const spec of sheet.charts) {
    const table = sheet.tables.find((each) => each.id === spec.tableId);
    const placement = tables.find((each) => each.tableId === spec.tableId);
    if (table === undefined || placement === undefined || table.rows.length === 0) continue;
    const top = Math.min(Math.max(placement.titleRow, nextTop), MAX_ROWS - CHART_HEIGHT_ROWS);
    const layout = chartSeriesLayout(spec, table, placement, {
      row: 0,
      column: dataColumn,
      title: portText(locale, "chartData", { title: spec.title }),
    });
    if (layout.dataBlock !== undefined) {
      into.blocks.push(...layout.dataBlock.blocks);
      into.regions.push(layout.dataBlock.region);
      into.fitted.push(layout.dataBlock.fitted);
      dataColumn += 4;
    }
    charts.push({
      spec,
      topLeftCell: `${columnLetters(chartColumn)}${top + 1}`,
      bottomRightCell: `${columnLetters(chartColumn + CHART_WIDTH_COLUMNS - 1)}${top + CHART_HEIGHT_ROWS}`,
      series: layout.series,
    });
    nextTop = top + CHART_HEIGHT_ROWS + 1;
  }
  return charts;
}
