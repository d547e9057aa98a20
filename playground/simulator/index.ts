/**
 * The workbook simulator: an in-memory slice of the Excel JavaScript API with Excel's load/sync semantics,
 * used by the port's tests, the task pane's integration tests and the browser playground.
 */
export { createSimulatedExcel } from "./create-simulated-excel";
export { SimulatedRequestContext } from "./simulated-request-context";
export type { SheetContents, SimulatedExcel, SimulatedRequirements, SimulatorOptions } from "./simulator-api";
export { ErrorCodes, SimulatedExcelError } from "./errors";
export type {
  CellSnapshot,
  ChartSnapshot,
  NameSnapshot,
  SheetInspector,
  TableSnapshot,
  WorkbookInspector,
} from "./inspector";
export type { CellValue } from "./cell-store";
export type {
  ColorScaleCriteriaModel,
  ColorScaleCriterionModel,
  ConditionalFormatSnapshot,
} from "./conditional-format-ops";
export type { RequestLogEntry, SimulatorMode } from "./request-context";
export { ACTION_BYTES, REQUEST_ENVELOPE_BYTES } from "./request-context";
export { characterWidthToPoints } from "./range-format-proxy";
