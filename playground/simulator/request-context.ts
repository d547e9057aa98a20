import { ErrorCodes, excelError, SimulatedExcelError } from "./errors";
import { applyUserActions } from "./user-actions";
import type { QueuedOperation, RequestLogEntry, SimulatorState, SyncEffects } from "./simulator-state";

export type {
  QueuedOperation,
  RequestLogEntry,
  SimulatorConfig,
  SimulatorMode,
  SimulatorState,
  SyncEffects,
} from "./simulator-state";

/** Modelled fixed cost of a request envelope and of one queued action, in bytes of JSON. */
export const REQUEST_ENVELOPE_BYTES = 512;
export const ACTION_BYTES = 64;

/**
 * A request context: operations queue up on it and run in order at `sync()`. Semantics follow
 * learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model (proxy objects, load, sync):
 * nothing reaches the workbook before the sync; in web mode a request or response over the payload limit
 * fails (resource-limits-and-performance-optimization, "Excel add-ins"); a request over the limit applies
 * nothing; an operation that fails stops the request, and the operations before it stay applied.
 */
export class SimRequestContext {
  private queue: QueuedOperation[] = [];
  private finished = false;
  private screenSuspensions = 0;
  readonly runNumber: number;

  constructor(readonly state: SimulatorState) {
    this.runNumber = ++state.runCount;
  }

  enqueue(operation: QueuedOperation): void {
    if (this.finished) {
      throw excelError(
        ErrorCodes.invalidOperation,
        "The request context is no longer valid: its run has finished.",
      );
    }
    this.queue.push(operation);
  }

  get hasPendingOperations(): boolean {
    return this.queue.length > 0;
  }

  /** Marks the context as done (the end of `run`); later use fails as with a stale context. */
  finish(): void {
    this.finished = true;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const operations = this.queue;
    this.queue = [];
    const { state } = this;
    const requestBytes = operations.reduce(
      (sum, op) => sum + op.requestBytes + ACTION_BYTES,
      REQUEST_ENVELOPE_BYTES,
    );
    const entry: RequestLogEntry = {
      syncNumber: ++state.syncCount,
      runNumber: this.runNumber,
      requestBytes,
      responseBytes: 0,
      operationCount: operations.length,
      operations: operations.map((op) => op.description),
      calculationSuspended: false,
      screenUpdatingSuspended: false,
      outcome: "ok",
      hostStartMs: performance.now(),
      hostMs: 0,
    };
    state.requestLog.push(entry);
    try {
      this.execute(operations, entry);
    } catch (error) {
      entry.outcome = error instanceof SimulatedExcelError ? error.code : ErrorCodes.generalException;
      entry.hostMs = performance.now() - entry.hostStartMs;
      notify(state, entry);
      throw error;
    }
    entry.hostMs = performance.now() - entry.hostStartMs;
    this.countFlicker(entry);
    notify(state, entry);
  }

  /**
   * "Don't call suspendScreenUpdatingUntilNextSync repeatedly (such as in a loop). Repeated calls will cause the
   * Excel window to flicker" (learn.microsoft.com/office/dev/add-ins/excel/performance, "Suspend screen
   * updating"): the window redraws when a suspended request ends, so every suspended request after the first in
   * one run shows the user one more redraw in the middle of the work.
   */
  private countFlicker(entry: RequestLogEntry): void {
    if (!entry.screenUpdatingSuspended) return;
    if (this.screenSuspensions > 0) this.state.screenFlickers += 1;
    this.screenSuspensions += 1;
  }

  private execute(operations: readonly QueuedOperation[], entry: RequestLogEntry): void {
    const { config, failures } = this.state;
    const injected = failures.get(entry.syncNumber);
    if (injected !== undefined) {
      failures.delete(entry.syncNumber);
      throw new SimulatedExcelError(injected, `Injected failure of request ${entry.syncNumber}.`);
    }
    const limited = config.mode === "web";
    applyUserActions(this.state, entry.syncNumber, limited);
    if (limited && entry.requestBytes > config.payloadLimitBytes) {
      throw excelError(
        ErrorCodes.requestPayloadSizeLimitExceeded,
        `The request payload size (${entry.requestBytes} bytes) has exceeded the limit (${config.payloadLimitBytes}).`,
      );
    }
    const commits: (() => void)[] = [];
    const effects: SyncEffects = {
      addResponseBytes: (bytes) => (entry.responseBytes += bytes),
      onCommit: (commit) => commits.push(commit),
      entry,
    };
    for (const operation of operations) {
      if (operation.since > config.apiMinorVersion) {
        throw excelError(
          ErrorCodes.apiNotFound,
          `${operation.description} needs ExcelApi 1.${operation.since}; this host supports 1.${config.apiMinorVersion}.`,
        );
      }
      operation.apply(effects);
    }
    if (limited && entry.responseBytes > config.payloadLimitBytes) {
      throw excelError(
        ErrorCodes.responsePayloadSizeLimitExceeded,
        `The response payload size (${entry.responseBytes} bytes) has exceeded the limit (${config.payloadLimitBytes}).`,
      );
    }
    for (const commit of commits) commit();
  }
}

function notify(state: SimulatorState, entry: RequestLogEntry): void {
  for (const listener of state.listeners) listener(entry);
}
