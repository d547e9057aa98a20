import { ErrorCodes, excelError } from "./errors";
import type { CellsRef, ChartModel, ChartSeriesModel } from "./model";
import { SimProxy, type PropertyReaders } from "./proxy";
import type { RangeProxy } from "./range-proxy";
import type { SimRequestContext } from "./request-context";

export type ChartTextField = "title" | "categoryAxisTitle" | "valueAxisTitle";

/** A part of one chart (its title, legend, data labels): the proxies below read and write the chart's model. */
abstract class ChartPartProxy extends SimProxy<ChartModel> {
  constructor(
    context: SimRequestContext,
    since: number,
    private readonly chart: () => ChartModel | null,
  ) {
    super(context, since);
  }

  resolve(): ChartModel | null {
    return this.chart();
  }
}

/**
 * ChartTitle / ChartAxisTitle: their `text`, recorded on the chart model so a test can read the axis titles
 * a chart was given. ChartAxisTitle (ExcelApi 1.1): `text` is the axis title, `visible` shows it; see
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartaxistitle (reached as
 * `chart.axes.categoryAxis.title` and `chart.axes.valueAxis.title`, Excel.ChartAxis.title).
 */
export class ChartTextProxy extends ChartPartProxy {
  protected readonly properties: PropertyReaders<ChartModel> = { text: (chart) => chart[this.field] };

  constructor(
    context: SimRequestContext,
    since: number,
    chart: () => ChartModel | null,
    private readonly field: ChartTextField,
  ) {
    super(context, since, chart);
  }
  get text(): string {
    return this.loaded("text");
  }
  set text(text: string) {
    this.queue(`Chart.${this.field}.text`, text, 1, (chart) => (chart[this.field] = text));
  }
}

/** ChartLegend: `visible`. */
export class ChartLegendProxy extends ChartPartProxy {
  protected readonly properties: PropertyReaders<ChartModel> = {
    visible: (chart) => chart.legendVisible,
    position: (chart) => chart.legendPosition,
  };
  get visible(): boolean {
    return this.loaded("visible");
  }
  set visible(visible: boolean) {
    this.queue("ChartLegend.visible", visible, 1, (chart) => (chart.legendVisible = visible));
  }
  /** ChartLegend.position (ExcelApi 1.1): "Top", "Bottom", "Left", "Right", "Corner" or "Custom". */
  get position(): "Top" | "Bottom" | "Left" | "Right" | "Corner" | "Custom" {
    return this.loaded("position");
  }
  set position(position: "Top" | "Bottom" | "Left" | "Right" | "Corner" | "Custom") {
    if (!["Top", "Bottom", "Left", "Right", "Corner", "Custom"].includes(position)) {
      throw excelError(ErrorCodes.invalidArgument, `The legend position "${position}" is not valid.`);
    }
    this.queue("ChartLegend.position", position, 1, (chart) => (chart.legendPosition = position));
  }
}

/** ChartDataLabels (ExcelApi 1.1): `showValue` writes each point's value on the chart. */
export class ChartDataLabelsProxy extends ChartPartProxy {
  protected readonly properties: PropertyReaders<ChartModel> = {
    showValue: (chart) => chart.dataLabelsShowValue,
  };
  get showValue(): boolean {
    return this.loaded("showValue");
  }
  set showValue(show: boolean) {
    this.queue("ChartDataLabels.showValue", show, 1, (chart) => (chart.dataLabelsShowValue = show));
  }
}

/** ChartSeries: name (1.1), setValues / setXAxisValues (ExcelApi 1.7). */
export class ChartSeriesProxy extends SimProxy<ChartSeriesModel> {
  protected readonly properties: PropertyReaders<ChartSeriesModel> = { name: (series) => series.name };

  constructor(
    context: SimRequestContext,
    since: number,
    private readonly series: () => ChartSeriesModel | null,
  ) {
    super(context, since);
  }

  resolve(): ChartSeriesModel | null {
    return this.series();
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.queue("ChartSeries.name", name, 1, (series) => (series.name = name));
  }
  setValues(sourceData: RangeProxy): void {
    this.queue("ChartSeries.setValues", null, 7, (series) => (series.values = cellsOf(sourceData)));
  }
  setXAxisValues(sourceData: RangeProxy): void {
    this.queue("ChartSeries.setXAxisValues", null, 7, (series) => (series.xValues = cellsOf(sourceData)));
  }
}

/** The cells a range proxy stands for, during a sync. */
export function cellsOf(range: RangeProxy): CellsRef {
  const target = range.resolve();
  if (target === null)
    throw excelError(ErrorCodes.invalidArgument, "The series' source range does not exist.");
  return target;
}
