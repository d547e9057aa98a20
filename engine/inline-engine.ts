import { EngineError } from "./engine-error";
import { CANCELLED, type Engine, type JobKind, type ProgressCounts, type RunOptions } from "./protocol";
import { runJob, serializeError } from "./run-job";

/**
 * The same jobs run in-process, for Jest (no Worker in jsdom) and for hosts without Worker support.
 * Cancel is cooperative here: the job sees isCancelled() and the promise rejects at once.
 */
export function createInlineEngine(): Engine {
  return {
    run(kind: JobKind, request: unknown, options: RunOptions = {}) {
      return new Promise((resolve, reject) => {
        let cancelled = options.signal?.aborted ?? false;
        const onAbort = () => {
          cancelled = true;
          reject(new EngineError(CANCELLED));
        };
        if (cancelled) {
          onAbort();
          return;
        }
        options.signal?.addEventListener("abort", onAbort, { once: true });
        const context = {
          progress: (fraction: number, stage = "", counts: ProgressCounts = {}) =>
            options.onProgress?.({ fraction, stage, ...counts }),
          isCancelled: () => cancelled,
        };
        // Start on a later task so the caller's UI can show "running" first, as with the real worker.
        setTimeout(() => {
          runJob(kind, request, context).then(
            (result) => (cancelled ? undefined : resolve(result)),
            (error: unknown) => (cancelled ? undefined : reject(new EngineError(serializeError(error)))),
          );
        }, 0);
      }) as never;
    },
  };
}
