import type { CellRect } from "./address";
import { ErrorCodes, excelError } from "./errors";
import type { ChartModel, ChartSeriesModel, SheetModel, WorkbookModel } from "./model";
import type { RangeTarget } from "./range-ops";

/** The `Excel.ChartType` values the simulator draws; any other type is InvalidArgument. */
export const CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Line",
  "LineMarkers",
  "Area",
  "Pie",
  "Doughnut",
  "XYScatter",
  "XYScatterLines",
  "XYScatterSmooth",
] as const;

/**
 * `worksheet.charts.add(type, sourceData, seriesBy)`: one series per column ("Columns") or per row ("Rows");
 * "Auto" takes columns when the source has at least as many rows as columns. For a scatter with two or more
 * columns the first column holds the x values of every series. Series are named "Series1", "Series2"... until
 * renamed. (A simplification: Excel also reads header labels and text categories from the source.)
 */
export function createChart(
  model: WorkbookModel,
  sheet: SheetModel,
  type: string,
  source: RangeTarget,
  seriesBy: string,
): ChartModel {
  if (!(CHART_TYPES as readonly string[]).includes(type)) {
    throw excelError(ErrorCodes.invalidArgument, `Unsupported chart type "${type}".`);
  }
  if (!["Auto", "Columns", "Rows"].includes(seriesBy)) {
    throw excelError(
      ErrorCodes.invalidArgument,
      `seriesBy must be Auto, Columns or Rows (got "${seriesBy}").`,
    );
  }
  const { rect } = source;
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rect.rowCount >= rect.columnCount);
  const slices = byColumns ? columnSlices(rect) : rowSlices(rect);
  const scatterWithX = type.startsWith("XYScatter") && slices.length >= 2;
  const xValues = scatterWithX ? { sheet: source.sheet, rect: slices[0] as CellRect } : null;
  const series: ChartSeriesModel[] = (scatterWithX ? slices.slice(1) : slices).map((slice, index) => ({
    name: `Series${index + 1}`,
    values: { sheet: source.sheet, rect: slice },
    xValues,
  }));
  const chart: ChartModel = {
    id: model.newObjectId("chart"),
    name: `Chart ${model.sheets.reduce((count, each) => count + each.charts.length, 0) + 1}`,
    type,
    seriesBy,
    source: { sheet: source.sheet, rect },
    title: "",
    legendVisible: true,
    legendPosition: "Right",
    dataLabelsShowValue: false,
    categoryAxisTitle: "",
    valueAxisTitle: "",
    series,
    topLeftCell: null,
    bottomRightCell: null,
  };
  sheet.charts.push(chart);
  return chart;
}

function columnSlices(rect: CellRect): CellRect[] {
  return Array.from({ length: rect.columnCount }, (_, offset) => ({
    ...rect,
    startColumn: rect.startColumn + offset,
    columnCount: 1,
  }));
}

function rowSlices(rect: CellRect): CellRect[] {
  return Array.from({ length: rect.rowCount }, (_, offset) => ({
    ...rect,
    startRow: rect.startRow + offset,
    rowCount: 1,
  }));
}
