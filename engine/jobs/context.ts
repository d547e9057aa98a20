import type { ProgressCounts } from "../protocol";

/** What a job gets besides its request: a way to report progress and to notice a cancel. */
export interface JobContext {
  progress(fraction: number, stage?: string, counts?: ProgressCounts): void;
  /** True once the client asked to cancel; long jobs check it between steps and stop. */
  isCancelled(): boolean;
}

/** A job: a pure function over the core, run in the worker (or in-process in tests). */
export type Job<Request, Result> = (request: Request, context: JobContext) => Result | Promise<Result>;
