import type { ChartKind } from "../../src/report/types";
import { formatAddress } from "./a1-address";
import type { ChartTypeName, WorksheetLike } from "./excel-shape";
import type { ChartPlacement } from "./layout-types";

const CHART_TYPES: Readonly<Record<ChartKind, ChartTypeName>> = {
  columnClustered: "ColumnClustered",
  line: "Line",
  xyScatter: "XYScatter",
};

/**
 * Queues one chart: created from its first series' cells (one column, so one series), then every series named
 * and pointed at its values and x values (ChartSeriesCollection.add, setValues, setXAxisValues: ExcelApi 1.7),
 * titles set (both axes titled, see withAxisTitles), the legend shown below the plot when there is more than one
 * series, values on the bars of a column chart, and the chart placed over its cells.
 * Nothing is synced here.
 */
export function queueChart(sheet: WorksheetLike, placement: ChartPlacement): void {
  const [first] = placement.series;
  if (first === undefined) return;
  const range = (rect: Parameters<typeof formatAddress>[0]) => sheet.getRange(formatAddress(rect));
  const { spec } = placement;
  const chart = sheet.charts.add(CHART_TYPES[spec.kind], range(first.values), "Columns");
  chart.title.text = spec.title;
  if (spec.xAxisTitle !== undefined) chart.axes.categoryAxis.title.text = spec.xAxisTitle;
  if (spec.yAxisTitle !== undefined) chart.axes.valueAxis.title.text = spec.yAxisTitle;
  placement.series.forEach((series, index) => {
    const target = index === 0 ? chart.series.getItemAt(0) : chart.series.add(series.name);
    if (index === 0) target.name = series.name;
    else target.setValues(range(series.values));
    target.setXAxisValues(range(series.xValues));
  });
  chart.legend.visible = placement.series.length > 1;
  // Below the plot, the legend takes the chart's width, so long series names are not cut off (ChartLegend.position).
  if (placement.series.length > 1) chart.legend.position = "Bottom";
  // A column chart shows its values on the bars (ChartDataLabels.showValue, ExcelApi 1.1); a line or scatter of
  // many points would be cluttered by them.
  chart.dataLabels.showValue = spec.kind === "columnClustered";
  chart.setPosition(placement.topLeftCell, placement.bottomRightCell);
}
