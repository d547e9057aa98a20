import { CoreError } from "../../src/errors";
import type { ChartSpec, ReportCell, ReportTable } from "../../src/report/types";
import type { CellRect } from "./a1-address";
import { toExcelCell } from "./excel-cell";
import type { CellBlock, ChartSeriesPlacement, DataRegion, TablePlacement } from "./layout-types";

/** Excel allows at most 255 series in a chart (Excel specifications and limits, "Charts"). */
export const MAX_CHART_SERIES = 255;

/** A scatter's data sorted by group, written beside the charts when the table's groups are not contiguous. */
export interface ChartDataBlock {
  readonly region: DataRegion;
  readonly blocks: readonly CellBlock[];
  /** The block's cells, whose columns get widths fitted to them. */
  readonly fitted: CellRect;
}

export interface ChartSeriesLayout {
  readonly series: readonly ChartSeriesPlacement[];
  readonly dataBlock?: ChartDataBlock;
}

/**
 * The series of a chart and the cells each reads. Column and line charts: one series per y column over the
 * table's rows, categories from the x column. Scatter: x and the first y column; with a group column, one
 * series per group value in order of first appearance; each series must read contiguous cells
 * (ChartSeries.setValues takes one Range), so when a group's rows are scattered through the table the chart
 * reads a copy of (group, x, y) sorted by group, placed at `dataOrigin` under a title.
 */
export function chartSeriesLayout(
  spec: ChartSpec,
  table: ReportTable,
  placement: TablePlacement,
  dataOrigin: { readonly row: number; readonly column: number; readonly title: string },
): ChartSeriesLayout {
  const index = (key: string) => table.columns.findIndex((column) => column.key === key);
  const header = (key: string) => table.columns[index(key)]?.header ?? key;
  const cells = (key: string, firstRow: number, rowCount: number): CellRect => ({
    startRow: placement.headerRow + 1 + firstRow,
    startColumn: placement.leftColumn + index(key),
    rowCount,
    columnCount: 1,
  });
  const rowCount = table.rows.length;
  const [firstY] = spec.yColumns;
  if (spec.kind !== "xyScatter" || spec.groupColumn === undefined || firstY === undefined) {
    const yKeys = spec.kind === "xyScatter" ? spec.yColumns.slice(0, 1) : spec.yColumns;
    return {
      series: yKeys.map((key) => ({
        name: header(key),
        values: cells(key, 0, rowCount),
        xValues: cells(spec.xColumn, 0, rowCount),
      })),
    };
  }
  const groupIndex = index(spec.groupColumn);
  const groups = groupRows(table.rows, groupIndex);
  if (groups.length > MAX_CHART_SERIES) {
    throw new CoreError(
      "TOO_MANY_SERIES",
      `writeResultSheet: ${groups.length} groups exceed Excel's 255 series per chart (chart "${spec.title}")`,
    );
  }
  if (groups.every((group) => group.rows.every((row, offset) => row === group.first + offset))) {
    return {
      series: groups.map((group) => ({
        name: group.name,
        values: cells(firstY, group.first, group.rows.length),
        xValues: cells(spec.xColumn, group.first, group.rows.length),
      })),
    };
  }
  const keys = [spec.groupColumn, spec.xColumn, firstY];
  const keyIndices = keys.map(index);
  const sorted = groups.flatMap((group) =>
    group.rows.map((row) => keyIndices.map((column) => table.rows[row]?.[column] ?? null)),
  );
  const dataTop = dataOrigin.row + 2;
  let start = 0;
  const series = groups.map((group) => {
    const slice = (offset: number): CellRect => ({
      startRow: dataTop + start,
      startColumn: dataOrigin.column + offset,
      rowCount: group.rows.length,
      columnCount: 1,
    });
    const placed = { name: group.name, values: slice(2), xValues: slice(1) };
    start += group.rows.length;
    return placed;
  });
  const region: DataRegion = {
    id: `chart-data:${spec.title}`,
    topRow: dataTop,
    leftColumn: dataOrigin.column,
    rows: sorted,
    numberFormats: keys.map((key) => table.columns[index(key)]?.numberFormat ?? "General"),
  };
  const blocks: CellBlock[] = [
    {
      rect: { startRow: dataOrigin.row, startColumn: dataOrigin.column, rowCount: 1, columnCount: 1 },
      values: [[toExcelCell(dataOrigin.title)]],
      bold: true,
    },
    {
      rect: { startRow: dataOrigin.row + 1, startColumn: dataOrigin.column, rowCount: 1, columnCount: 3 },
      values: [keys.map((key) => toExcelCell(header(key)))],
      bold: true,
    },
  ];
  const fitted = {
    startRow: dataOrigin.row + 1,
    startColumn: dataOrigin.column,
    rowCount: 1 + Math.min(sorted.length, 100),
    columnCount: 3,
  };
  return { series, dataBlock: { region, blocks, fitted } };
}

interface RowGroup {
  readonly name: string;
  readonly first: number;
  readonly rows: number[];
}

/** Row indices per distinct group value, groups in order of first appearance. */
function groupRows(rows: readonly (readonly ReportCell[])[], groupIndex: number): RowGroup[] {
  const byKey = new Map<string, RowGroup>();
  rows.forEach((row, rowIndex) => {
    const value = row[groupIndex] ?? null;
    const key = `${typeof value}:${String(value)}`;
    const group = byKey.get(key);
    if (group === undefined)
      byKey.set(key, { name: value === null ? "—" : String(value), first: rowIndex, rows: [rowIndex] });
    else group.rows.push(rowIndex);
  });
  return [...byKey.values()];
}
