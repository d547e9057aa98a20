import type { WorkbookModel } from "./model";

export type SimulatorMode = "web" | "desktop";

export interface SimulatorConfig {
  readonly mode: SimulatorMode;
  /** Highest supported ExcelApi minor version: 12 for ExcelApi 1.12. */
  readonly apiMinorVersion: number;
  /** Request and response size limit in web mode. */
  readonly payloadLimitBytes: number;
}

/** One request sent by `context.sync()` (or by the flush at the end of `run`). */
export interface RequestLogEntry {
  readonly syncNumber: number;
  /** Which `Excel.run` sent it, counted from 1. */
  readonly runNumber: number;
  readonly requestBytes: number;
  responseBytes: number;
  readonly operationCount: number;
  readonly operations: readonly string[];
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
  /** "ok", or the error code the request failed with. */
  outcome: string;
  /**
   * When the simulated host started the request and how long it worked on it (`performance.now()` ms), on the
   * page's own thread: what a real Excel does in its own process. The pane benchmark (issue 14) subtracts it from
   * the long tasks to tell the pane's own main-thread work from the host's.
   */
  hostStartMs: number;
  hostMs: number;
}

/** What an operation may do besides changing the model while its request runs. */
export interface SyncEffects {
  addResponseBytes(bytes: number): void;
  /** Runs after the whole request succeeded: loaded values reach the proxies only then. */
  onCommit(commit: () => void): void;
  readonly entry: RequestLogEntry;
}

export interface QueuedOperation {
  readonly description: string;
  readonly requestBytes: number;
  /** ExcelApi minor version the operation needs. */
  readonly since: number;
  apply(effects: SyncEffects): void;
}

/** State shared by every request context of one simulated workbook. */
export interface SimulatorState {
  readonly model: WorkbookModel;
  readonly config: SimulatorConfig;
  syncCount: number;
  readonly requestLog: RequestLogEntry[];
  /** Injected failures: sync number → error code. */
  readonly failures: Map<number, string>;
  /** Sheets a user deletes while a request runs: sync number → sheet name (OfficeDev/office-js issue 6964). */
  readonly sheetDeletions: Map<number, string>;
  /** True while the user is typing in a cell (cell edit mode). */
  cellEditMode: boolean;
  runCount: number;
  /** Requests with screen updating suspended that followed another such request in the same run. */
  screenFlickers: number;
  readonly listeners: Set<(entry: RequestLogEntry) => void>;
}
