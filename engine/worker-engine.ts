import type { RawGrid } from "../src/table/types";
import { EngineError } from "./engine-error";
import {
  CANCELLED,
  type Engine,
  type FromWorker,
  type GridReference,
  type JobKind,
  type RunOptions,
  type ToWorker,
} from "./protocol";
import { decodeResult } from "./result-json";
import { yieldToEventLoop } from "./yield-to-event-loop";

interface PendingJob {
  resolve(result: unknown): void;
  reject(error: unknown): void;
  options: RunOptions;
}

/** How long a cancelled job may take to notice before its worker is terminated and replaced. */
const cancelGraceMs = 300;

/**
 * A request whose `grid` has more rows than this sends the grid ahead in `grid-rows` messages, once per worker
 * (protocol.ts); smaller grids travel inside the request as before (a clone of a few thousand rows is quick).
 */
export const GRID_UPLOAD_MIN_ROWS = 5_000;
/**
 * Cells per `grid-rows` message. Measured in Chromium on 200,000 × 8 order lines: the whole grid's clone held the
 * pane's thread 250-375 ms; 40,000 cells (with their number formats) take under 15 ms.
 */
export const GRID_MESSAGE_CELLS = 40_000;
/** Grids a worker keeps: the pane's shared input and one tab's own extra table; older ones are dropped. */
const heldGrids = 2;

/**
 * The engine in the browser: one dedicated Web Worker, jobs multiplexed by id. Cancel asks the job to stop;
 * a job that does not answer within the grace period (a tight numeric loop) is stopped by terminating the
 * worker, which is then recreated for the next job. A large input grid goes to the worker once, in messages of
 * GRID_MESSAGE_CELLS with a yield to the event loop between them, and later jobs on the same grid (the same
 * `values` array: the pane's input) only name it, so no single structured clone holds the pane's thread.
 */
export function createWorkerEngine(createWorker: () => Worker): Engine {
  let worker: Worker | null = null;
  let nextJobId = 1;
  let nextGridId = 1;
  const pending = new Map<number, PendingJob>();
  /** The grids the current worker holds or is being sent, by their `values` array, oldest first. */
  let grids = new Map<RawGrid["values"], Promise<number>>();

  const upload = async (target: Worker, grid: RawGrid): Promise<number> => {
    const gridId = nextGridId++;
    const columnCount = Math.max(1, grid.values[0]?.length ?? 1);
    const rowsPerMessage = Math.max(1, Math.floor(GRID_MESSAGE_CELLS / columnCount));
    for (let firstRow = 0; firstRow < grid.values.length; firstRow += rowsPerMessage) {
      // A worker terminated meanwhile (a cancel, a crash) gets nothing more; its replacement starts afresh.
      if (worker !== target) break;
      const lastRow = firstRow + rowsPerMessage;
      const numberFormats = grid.numberFormats?.slice(firstRow, lastRow);
      target.postMessage({
        type: "grid-rows",
        gridId,
        values: grid.values.slice(firstRow, lastRow),
        ...(numberFormats !== undefined ? { numberFormats } : {}),
      } satisfies ToWorker);
      await yieldToEventLoop();
    }
    return gridId;
  };

  const heldGridId = (target: Worker, grid: RawGrid): Promise<number> => {
    const held = grids.get(grid.values);
    if (held !== undefined) return held;
    const sending = upload(target, grid);
    grids.set(grid.values, sending);
    for (const [values, oldest] of grids) {
      if (grids.size <= heldGrids) break;
      grids.delete(values);
      void oldest.then((gridId) => {
        if (worker === target) target.postMessage({ type: "grid-drop", gridId } satisfies ToWorker);
      });
    }
    return sending;
  };

  const startWithHeldGrid = async (jobId: number, kind: JobKind, request: object, grid: RawGrid) => {
    const target = ensureWorker();
    const gridId = await heldGridId(target, grid);
    if (!pending.has(jobId)) return; // cancelled or failed while the grid was on its way
    if (worker !== target) {
      // The worker was replaced meanwhile (rare): the request carries the grid itself, as a small one does.
      ensureWorker().postMessage({ type: "start", jobId, kind, request } satisfies ToWorker);
      return;
    }
    const reference: GridReference = {
      gridId,
      ...(grid.firstRowNumber !== undefined ? { firstRowNumber: grid.firstRowNumber } : {}),
    };
    target.postMessage({
      type: "start",
      jobId,
      kind,
      request: { ...request, grid: reference },
    } satisfies ToWorker);
  };

  const settle = (jobId: number, action: (job: PendingJob) => void) => {
    const job = pending.get(jobId);
    if (job === undefined) return;
    pending.delete(jobId);
    action(job);
  };

  const ensureWorker = (): Worker => {
    if (worker !== null) return worker;
    const created = createWorker();
    created.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === "progress") pending.get(message.jobId)?.options.onProgress?.(message);
      else if (message.type === "result") settle(message.jobId, (job) => job.resolve(message.result));
      else if (message.type === "result-json") {
        settle(message.jobId, (job) => job.resolve(decodeResult(message.encoded)));
      } else settle(message.jobId, (job) => job.reject(new EngineError(message.error)));
    };
    created.onerror = (event) => {
      const error = new EngineError({
        code: "WORKER_FAILED",
        message: event.message || "The engine stopped.",
      });
      for (const jobId of [...pending.keys()]) settle(jobId, (job) => job.reject(error));
      created.terminate();
      worker = null;
    };
    worker = created;
    grids = new Map();
    return created;
  };

  const cancel = (jobId: number) => {
    const current = worker;
    current?.postMessage({ type: "cancel", jobId } satisfies ToWorker);
    settle(jobId, (job) => job.reject(new EngineError(CANCELLED)));
    setTimeout(() => {
      if (current !== null && current === worker && pending.size === 0) {
        current.terminate();
        worker = null;
      }
    }, cancelGraceMs);
  };

  return {
    run(kind: JobKind, request: unknown, options: RunOptions = {}) {
      return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
          reject(new EngineError(CANCELLED));
          return;
        }
        const jobId = nextJobId++;
        pending.set(jobId, { resolve, reject, options });
        options.signal?.addEventListener("abort", () => cancel(jobId), { once: true });
        const grid = largeGridOf(request);
        if (grid === null)
          ensureWorker().postMessage({ type: "start", jobId, kind, request } satisfies ToWorker);
        else {
          startWithHeldGrid(jobId, kind, request as object, grid).catch((error: unknown) =>
            settle(jobId, (job) => job.reject(error)),
          );
        }
      }) as never;
    },
  };
}

/** The request's `grid` when it has more than GRID_UPLOAD_MIN_ROWS rows, else null. */
function largeGridOf(request: unknown): RawGrid | null {
  if (typeof request !== "object" || request === null || !("grid" in request)) return null;
  const { grid } = request as { grid: unknown };
  if (typeof grid !== "object" || grid === null || !("values" in grid) || !Array.isArray(grid.values))
    return null;
  return grid.values.length > GRID_UPLOAD_MIN_ROWS ? (grid as RawGrid) : null;
}
