import type { WorkbookInspector } from "./inspector";
import type { ErrorCodes } from "./errors";
import type { RequestLogEntry, SimulatorMode } from "./request-context";
import type { SimulatedRequestContext } from "./simulated-request-context";

export interface SimulatorOptions {
  /** "web" enforces Excel on the web's payload limit; "desktop" has none. */
  readonly mode: SimulatorMode;
  /** Highest supported ExcelApi requirement set, e.g. "1.7" for an older host. @default "1.12" */
  readonly excelApiVersion?: string;
  /** @default 5_000_000 (the documented "5MB", read strictly) */
  readonly payloadLimitBytes?: number;
  /** Names of the sheets the workbook starts with. @default ["Sheet1"] */
  readonly sheetNames?: readonly string[];
}

export interface SheetContents {
  readonly values?: readonly (readonly unknown[])[];
  readonly numberFormats?: readonly (readonly unknown[])[];
  /** Top-left cell of the contents. @default "A1" */
  readonly startCell?: string;
}

/** `Office.context.requirements` of the simulated host. */
export interface SimulatedRequirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * A simulated Excel: usable where the port expects the `Excel` namespace (`run`, `ErrorCodes`, enums), plus
 * presets and an inspection handle for tests and the playground. Presets and inspection send no requests.
 */
export interface SimulatedExcel {
  run<T>(batch: (context: SimulatedRequestContext) => Promise<T>): Promise<T>;
  readonly ErrorCodes: typeof ErrorCodes;
  readonly ChartType: {
    readonly columnClustered: "ColumnClustered";
    readonly line: "Line";
    readonly xyscatter: "XYScatter";
  };
  readonly ChartSeriesBy: { readonly auto: "Auto"; readonly columns: "Columns"; readonly rows: "Rows" };
  readonly ConditionalFormatType: {
    readonly custom: "Custom";
    readonly dataBar: "DataBar";
    readonly colorScale: "ColorScale";
    readonly iconSet: "IconSet";
    readonly topBottom: "TopBottom";
    readonly presetCriteria: "PresetCriteria";
    readonly containsText: "ContainsText";
    readonly cellValue: "CellValue";
  };
  readonly ConditionalFormatColorCriterionType: {
    readonly lowestValue: "LowestValue";
    readonly highestValue: "HighestValue";
    readonly number: "Number";
    readonly percent: "Percent";
    readonly formula: "Formula";
    readonly percentile: "Percentile";
  };
  readonly CalculationMode: {
    readonly automatic: "Automatic";
    readonly automaticExceptTables: "AutomaticExceptTables";
    readonly manual: "Manual";
  };
  readonly requirements: SimulatedRequirements;
  /** `Office`-shaped holder of the requirements, for code that reads `Office.context.requirements`. */
  readonly office: { readonly context: { readonly requirements: SimulatedRequirements } };
  readonly mode: SimulatorMode;
  readonly payloadLimitBytes: number;
  readonly workbook: WorkbookInspector;
  /** Requests sent so far (explicit syncs plus the flush at the end of a run with pending work). */
  readonly syncCount: number;
  readonly requestLog: readonly RequestLogEntry[];
  addSheet(name: string, contents?: SheetContents): void;
  /** A table over a sheet-qualified address ("Orders!A1:D20"). */
  addTable(address: string, hasHeaders?: boolean): void;
  /** Selects one or several areas of one sheet (activating it); the active cell defaults to the first area's top-left. */
  select(addresses: string | readonly string[], activeCell?: string): void;
  /** Makes request number `syncNumber` (counted like `syncCount`) fail with `code` before it applies anything. */
  failSync(syncNumber: number, code?: string): void;
  /**
   * The user starts (true) or stops (false) typing in a cell: meanwhile every request fails with
   * InvalidOperationInCellEditMode and applies nothing (user-actions.ts).
   */
  setCellEditMode(editing: boolean): void;
  /** The user deletes a sheet while request `syncNumber` runs; on the web that request fails with InvalidRequestContext. */
  deleteSheetDuringSync(syncNumber: number, sheetName: string): void;
  /** Redraws between suspended requests of one run: one per suspended request after the first in its run. */
  readonly screenFlickers: number;
  /** Closes and reopens the file: a new session, in which every worksheet has a new id (model.ts). */
  reopen(): void;
  /** A chart sheet: not among the worksheets, but its name is taken for them. */
  addChartSheet(name: string): void;
  /** Called after every request, successful or not; returns the unsubscribe function. */
  subscribe(listener: (entry: RequestLogEntry) => void): () => void;
}
