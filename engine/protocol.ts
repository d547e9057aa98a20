import type { CoreErrorDetails } from "../src/errors";
/**
 * The typed message protocol between the pane (or the custom functions) and the engine worker.
 * One job = one `start`; the worker answers with any number of `progress` messages, then exactly one
 * `result` or `error`. `cancel` stops a job (the client also terminates a worker that does not stop).
 */
import type { JobKinds } from "./jobs/registry";
import type { EncodedResult } from "./result-json";

export type JobKind = keyof JobKinds;
export type JobRequest<K extends JobKind> = JobKinds[K]["request"];
export type JobResult<K extends JobKind> = JobKinds[K]["result"];

export interface JobProgress {
  /** 0..1 */
  readonly fraction: number;
  /** A short stage key, e.g. "reading" or "k"; the pane words it in the user's language. */
  readonly stage: string;
  /** The stage's own counter, when it has one: k (stage "k"), or the rows being read (stage "reading"). */
  readonly count?: number;
  /** What `count` runs up to: the largest k of the sweep. */
  readonly total?: number;
}

/** The counter part of a progress message. */
export type ProgressCounts = Pick<JobProgress, "count" | "total">;

export interface SerializedError {
  readonly code: string;
  readonly message: string;
  /** The core error's structured details (plain values), so a door can word its own message. */
  readonly details?: CoreErrorDetails;
}

export type ToWorker =
  | { readonly type: "start"; readonly jobId: number; readonly kind: JobKind; readonly request: unknown }
  | { readonly type: "cancel"; readonly jobId: number }
  | GridRowsMessage
  | { readonly type: "grid-drop"; readonly gridId: number };

/**
 * Rows of a large input grid, sent ahead of the jobs that read it in messages of a few thousand rows each (each
 * one's structured clone costs the pane a few ms, where the whole grid at once held its thread for hundreds), and
 * kept by the worker: a job's request then names the grid (`GridReference`) instead of carrying it again.
 */
export interface GridRowsMessage {
  readonly type: "grid-rows";
  readonly gridId: number;
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormats?: readonly (readonly string[])[];
}

/** In a `start` request, in place of `grid`: the grid the worker already holds (its rows sent as `grid-rows`). */
export interface GridReference {
  readonly gridId: number;
  readonly firstRowNumber?: number;
}

export type FromWorker =
  | ({ readonly type: "progress"; readonly jobId: number } & JobProgress)
  | { readonly type: "result"; readonly jobId: number; readonly result: unknown }
  /** A large result as UTF-8 JSON in a transferred buffer (result-json.ts). */
  | { readonly type: "result-json"; readonly jobId: number; readonly encoded: EncodedResult }
  | { readonly type: "error"; readonly jobId: number; readonly error: SerializedError };

export interface RunOptions {
  readonly onProgress?: (progress: JobProgress) => void;
  readonly signal?: AbortSignal;
}

/** What features call: the worker in the browser, an in-process runner in tests. */
export interface Engine {
  run<K extends JobKind>(kind: K, request: JobRequest<K>, options?: RunOptions): Promise<JobResult<K>>;
}

/** The error a cancelled job rejects with. */
export const CANCELLED: SerializedError = { code: "CANCELLED", message: "The run was cancelled." };
