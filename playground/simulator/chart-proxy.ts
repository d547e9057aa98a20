import { addressOf, readAddress } from "./address";
import { createChart } from "./chart-ops";
import { SimCollectionProxy } from "./collection-proxy";
import { ErrorCodes, excelError } from "./errors";
import {
  ChartDataLabelsProxy,
  ChartLegendProxy,
  ChartSeriesProxy,
  ChartTextProxy,
  cellsOf,
} from "./chart-parts-proxy";
import type { ChartModel, ChartSeriesModel, SheetModel } from "./model";
import { SimProxy, type PropertyReaders } from "./proxy";
import type { RangeProxy } from "./range-proxy";
import type { SimRequestContext } from "./request-context";

const chartProperties: PropertyReaders<ChartModel> = {
  name: (chart) => chart.name,
  id: (chart) => chart.id,
};

/** Chart.series. */
export class ChartSeriesCollectionProxy {
  constructor(
    private readonly context: SimRequestContext,
    private readonly since: number,
    private readonly chart: () => ChartModel,
  ) {}

  /** ExcelApi 1.7: appends a series with no data yet. */
  add(name?: string, index?: number): ChartSeriesProxy {
    let created: ChartSeriesModel | null = null;
    this.context.enqueue({
      description: "ChartSeriesCollection.add",
      requestBytes: (name ?? "").length + 16,
      since: Math.max(this.since, 7),
      apply: () => {
        const { series } = this.chart();
        const seriesName = name ?? `Series${series.length + 1}`;
        created = { name: seriesName, values: null, xValues: null };
        series.splice(index ?? series.length, 0, created);
      },
    });
    return new ChartSeriesProxy(this.context, Math.max(this.since, 7), () => created);
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, this.since, () => {
      const series = this.chart().series[index];
      if (series === undefined)
        throw excelError(ErrorCodes.itemNotFound, `The chart has no series at index ${index}.`);
      return series;
    });
  }
}

/** Excel.Chart: title, legend, axis titles, series and its position on the sheet. */
export class ChartProxy extends SimProxy<ChartModel> {
  protected readonly properties: PropertyReaders<ChartModel> = chartProperties;
  readonly title: ChartTextProxy;
  readonly legend: ChartLegendProxy;
  readonly dataLabels: ChartDataLabelsProxy;
  readonly axes: {
    readonly categoryAxis: { readonly title: ChartTextProxy };
    readonly valueAxis: { readonly title: ChartTextProxy };
  };
  readonly series: ChartSeriesCollectionProxy;

  constructor(
    context: SimRequestContext,
    since: number,
    private readonly chart: () => ChartModel | null,
  ) {
    super(context, since);
    const resolve = () => this.resolve();
    this.title = new ChartTextProxy(context, since, resolve, "title");
    this.legend = new ChartLegendProxy(context, since, resolve);
    this.dataLabels = new ChartDataLabelsProxy(context, since, resolve);
    this.axes = {
      categoryAxis: { title: new ChartTextProxy(context, since, resolve, "categoryAxisTitle") },
      valueAxis: { title: new ChartTextProxy(context, since, resolve, "valueAxisTitle") },
    };
    this.series = new ChartSeriesCollectionProxy(context, since, () => this.target());
  }

  resolve(): ChartModel | null {
    return this.chart();
  }
  get name(): string {
    return this.loaded("name");
  }

  /** Chart.delete (ExcelApi 1.1). */
  delete(): void {
    this.queue("Chart.delete", null, 1, (chart) => {
      const sheet = this.context.state.model.sheets.find((each) => each.charts.includes(chart));
      sheet?.charts.splice(sheet.charts.indexOf(chart), 1);
    });
  }

  /** Places the chart over the cells from startCell to endCell (ExcelApi 1.1). */
  setPosition(startCell: string | RangeProxy, endCell?: string | RangeProxy): void {
    this.queue("Chart.setPosition", [String(startCell), String(endCell)], 1, (chart) => {
      chart.topLeftCell = cellAddress(startCell);
      chart.bottomRightCell = endCell === undefined ? null : cellAddress(endCell);
    });
  }
}

/** Worksheet.charts: add, load of the items, getItem by name. */
export class ChartCollectionProxy extends SimCollectionProxy<ChartModel, ChartProxy> {
  protected readonly itemProperties: PropertyReaders<ChartModel> = chartProperties;

  constructor(
    context: SimRequestContext,
    since: number,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, since);
  }

  protected resolveItems(): readonly ChartModel[] {
    return [...this.sheet().charts];
  }

  protected itemProxy(chart: ChartModel): ChartProxy {
    return new ChartProxy(this.context, this.since, () => chart);
  }

  /** By name ("Chart 1") or id; a missing chart is ItemNotFound when the request runs. */
  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, this.since, () => {
      const chart = this.sheet().charts.find((each) => each.name === name || each.id === name);
      if (chart === undefined) throw excelError(ErrorCodes.itemNotFound, `There is no chart "${name}".`);
      return chart;
    });
  }

  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): ChartProxy {
    let created: ChartModel | null = null;
    this.context.enqueue({
      description: `ChartCollection.add(${type})`,
      requestBytes: type.length + seriesBy.length + 32,
      since: this.since,
      apply: () => {
        const sheet = this.sheet();
        const source = sourceData.resolve();
        if (source === null)
          throw excelError(ErrorCodes.invalidArgument, "The chart's source range does not exist.");
        created = createChart(this.context.state.model, sheet, type, source, seriesBy);
      },
    });
    return new ChartProxy(this.context, this.since, () => created);
  }
}

function cellAddress(cell: string | RangeProxy): string {
  if (typeof cell !== "string") return addressOf(cellsOf(cell).rect);
  try {
    return addressOf(readAddress(cell).rect);
  } catch {
    throw excelError(ErrorCodes.invalidArgument, `"${cell}" is not a cell address.`);
  }
}
