/**
 * The slice of the Excel JavaScript API that the workbook port uses, as structural interfaces. The real
 * `Excel` namespace (office-js) satisfies them (checked at compile time in test/taskpane/excel), and so does
 * the in-memory simulator in playground/simulator. Nothing else in the add-in talks to Excel.
 *
 * Requirement sets are noted per member; anything above ExcelApi 1.7 is feature-detected by the port.
 */

/** `Excel.run`: one request context per user action. */
export interface ExcelLike {
  run<T>(batch: (context: RequestContextLike) => Promise<T>): Promise<T>;
}

/** `Office.context.requirements`. */
export interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface RequestContextLike {
  readonly workbook: WorkbookLike;
  sync(): Promise<unknown>;
}

interface Loadable<Self> {
  load(propertyNames: string): Self;
}

/** Present on every proxy; meaningful after a sync for objects from an `*OrNullObject` method. */
interface Nullable {
  readonly isNullObject: boolean;
}

export interface WorkbookLike {
  readonly worksheets: WorksheetCollectionLike;
  readonly tables: TableCollectionLike;
  /** ExcelApi 1.4: per-document, per-add-in key/value settings. */
  readonly settings: SettingCollectionLike;
  /** Workbook-scoped defined names (ExcelApi 1.1; add, delete 1.4; formula 1.7). */
  readonly names: NamedItemCollectionLike;
  readonly application: ApplicationLike;
  getSelectedRange(): RangeLike;
  /** ExcelApi 1.9. */
  getSelectedRanges(): RangeAreasLike;
  /** ExcelApi 1.7. */
  getActiveCell(): RangeLike;
}

export interface ApplicationLike {
  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void;
  /** ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): void;
}

export interface WorksheetCollectionLike extends Loadable<WorksheetCollectionLike> {
  readonly items: WorksheetLike[];
  add(name?: string): WorksheetLike;
  getItem(key: string): WorksheetLike;
  getItemOrNullObject(key: string): WorksheetLike;
}

export interface WorksheetLike extends Loadable<WorksheetLike>, Nullable {
  name: string;
  readonly id: string;
  position: number;
  readonly tables: TableCollectionLike;
  readonly charts: ChartCollectionLike;
  /** ExcelApi 1.7. */
  readonly freezePanes: { freezeRows(count?: number): void; unfreeze(): void };
  getRange(address?: string): RangeLike;
  activate(): void;
  delete(): void;
}

export interface RangeLike extends Loadable<RangeLike>, Nullable {
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  numberFormat: unknown[][];
  readonly format: RangeFormatLike;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: ConditionalFormatCollectionLike;
  /** ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  /** ExcelApi 1.7. */
  getSurroundingRegion(): RangeLike;
  /** ExcelApi 1.9. */
  getTables(fullyContained?: boolean): TableScopedCollectionLike;
  /**
   * ExcelApi 1.9: cells, formulas and formats of the source (a Range of the same request context, or an
   * address); the destination grows to the source's size. Typed `unknown` because the real parameter,
   * `Range | RangeAreas | string`, has no common structural type with RangeLike.
   */
  copyFrom(sourceRange: unknown, copyType?: "All" | "Formulas" | "Values" | "Formats"): void;
  /** ExcelApi 1.1: values, formulas and formats with "All" (the default). */
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
}

export interface RangeFormatLike {
  /** Points. ExcelApi 1.2. */
  columnWidth: number;
  readonly font: { bold: boolean };
}

/** `Excel.ConditionalFormatCollection` (ExcelApi 1.6); only colour scales are added. */
export interface ConditionalFormatCollectionLike {
  add(type: "ColorScale"): ConditionalFormatLike;
  /** Removes the conditional formats over the range. */
  clearAll(): void;
}

export interface ConditionalFormatLike {
  readonly colorScale: ColorScaleConditionalFormatLike;
}

export interface ColorScaleConditionalFormatLike {
  /** Set whole: the minimum, the optional midpoint (a three-colour scale) and the maximum. */
  criteria: ColorScaleCriteriaLike;
}

export interface ColorScaleCriteriaLike {
  minimum: ColorScaleCriterionLike;
  midpoint?: ColorScaleCriterionLike;
  maximum: ColorScaleCriterionLike;
}

/**
 * `Excel.ConditionalColorScaleCriterion`. `type` is an `Excel.ConditionalFormatColorCriterionType` value
 * ("LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"), typed as a string so the real
 * enum fits; `formula` is the number or formula, absent for the lowest and highest value.
 */
export interface ColorScaleCriterionLike {
  type: string;
  formula?: string;
  /** HTML colour, e.g. "#F8696B". */
  color?: string;
}

/** ExcelApi 1.9. */
export interface RangeAreasLike extends Loadable<RangeAreasLike> {
  readonly address: string;
  readonly areaCount: number;
  readonly areas: { getItemAt(index: number): RangeLike };
}

export interface TableCollectionLike extends Loadable<TableCollectionLike> {
  readonly items: TableLike[];
  /** Pass a Range: a bare address string binds to the active sheet (TableCollection.add reference). */
  add(address: RangeLike | string, hasHeaders: boolean): TableLike;
  getItem(key: string): TableLike;
}

export interface TableScopedCollectionLike extends Loadable<TableScopedCollectionLike> {
  readonly items: TableLike[];
}

export interface TableLike extends Loadable<TableLike> {
  readonly name: string;
  getRange(): RangeLike;
  delete(): void;
}

export type ChartTypeName = "ColumnClustered" | "Line" | "XYScatter";

export interface ChartCollectionLike extends Loadable<ChartCollectionLike> {
  readonly items: ChartLike[];
  add(type: ChartTypeName, sourceData: RangeLike, seriesBy?: "Auto" | "Columns" | "Rows"): ChartLike;
  getItem(name: string): ChartLike;
}

export interface ChartLike {
  readonly name: string;
  delete(): void;
  readonly title: { text: string };
  readonly legend: { visible: boolean; position: string };
  readonly dataLabels: { showValue: boolean };
  readonly axes: { readonly categoryAxis: ChartAxisLike; readonly valueAxis: ChartAxisLike };
  readonly series: ChartSeriesCollectionLike;
  setPosition(startCell: string, endCell?: string): void;
}

export interface ChartAxisLike {
  readonly title: { text: string };
}

export interface ChartSeriesCollectionLike {
  /** ExcelApi 1.7. */
  add(name?: string, index?: number): ChartSeriesLike;
  getItemAt(index: number): ChartSeriesLike;
}

export interface ChartSeriesLike {
  name: string;
  /** ExcelApi 1.7. */
  setValues(sourceData: RangeLike): void;
  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: RangeLike): void;
}

export interface SettingCollectionLike {
  add(key: string, value: unknown): SettingLike;
  getItemOrNullObject(key: string): SettingLike;
}

export interface SettingLike extends Loadable<SettingLike>, Nullable {
  readonly value: unknown;
}

export interface NamedItemCollectionLike extends Loadable<NamedItemCollectionLike> {
  readonly items: NamedItemLike[];
  /** ExcelApi 1.4. */
  add(name: string, reference: RangeLike | string, comment?: string): NamedItemLike;
  getItem(name: string): NamedItemLike;
}

export interface NamedItemLike extends Loadable<NamedItemLike> {
  readonly name: string;
  /** ExcelApi 1.7: "=Sheet1!$A$1"; "=#REF!$A$1" once the sheet is deleted. */
  readonly formula: unknown;
  visible: boolean;
  /** ExcelApi 1.4. */
  delete(): void;
}
