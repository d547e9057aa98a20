import type { ChartSpec, ReportCell } from "../../src/report/types";
import type { CellRect } from "./a1-address";
import type { ExcelCell } from "./excel-cell";

/** A small block written whole in the request that creates the sheet (titles, notes, headers, run record). */
export interface CellBlock {
  readonly rect: CellRect;
  readonly values: readonly (readonly ExcelCell[])[];
  /** One format per cell; omitted means General. */
  readonly numberFormats?: readonly (readonly string[])[];
  readonly bold?: boolean;
}

/** Rows written in blocks sized from the payload: a table's data rows or a chart's data. */
export interface DataRegion {
  readonly id: string;
  readonly topRow: number;
  readonly leftColumn: number;
  readonly rows: readonly (readonly ReportCell[])[];
  /** One number format per column. */
  readonly numberFormats: readonly string[];
  /** Per row, one format per column, where a column's rows differ (ReportColumn.rowNumberFormats). */
  readonly rowNumberFormats?: readonly (readonly string[])[];
}

/** Where a report table landed: its header row and data rows (the range of its Excel table). */
export interface TablePlacement {
  readonly tableId: string;
  readonly titleRow: number;
  readonly headerRow: number;
  readonly leftColumn: number;
  readonly columnCount: number;
  readonly dataRowCount: number;
}

export interface ChartSeriesPlacement {
  readonly name: string;
  readonly values: CellRect;
  readonly xValues: CellRect;
}

export interface ChartPlacement {
  readonly spec: ChartSpec;
  /** Cells the chart covers (no sheet name), for `Chart.setPosition`. */
  readonly topLeftCell: string;
  readonly bottomRightCell: string;
  readonly series: readonly ChartSeriesPlacement[];
}

/** Everything the writer puts on a result sheet, with positions; computed without Excel. */
export interface SheetLayout {
  readonly blocks: readonly CellBlock[];
  readonly regions: readonly DataRegion[];
  readonly tables: readonly TablePlacement[];
  readonly charts: readonly ChartPlacement[];
  /** Rows to freeze: through the first table's header row; 0 for none. */
  readonly frozenRows: number;
  /**
   * Width of every column the layout uses: table columns given or fitted to every table stacked in them, the
   * run record and chart data blocks fitted to their cells.
   */
  readonly columnWidths: readonly { readonly column: number; readonly points: number }[];
  /** Data cells of heat-map columns, one block per run of adjacent columns: each gets a three-colour scale. */
  readonly colorScales: readonly CellRect[];
}
