import { EngineError } from "./engine-error";
import {
  CANCELLED,
  type Engine,
  type FromWorker,
  type JobKind,
  type RunOptions,
  type ToWorker,
} from "./protocol";

interface PendingJob {
  resolve(result: unknown): void;
  reject(error: unknown): void;
  options: RunOptions;
}

/** How long a cancelled job may take to notice before its worker is terminated and replaced. */
const cancelGraceMs = 300;

/**
 * The engine in the browser: one dedicated Web Worker, jobs multiplexed by id. Cancel asks the job to stop;
 * a job that does not answer within the grace period (a tight numeric loop) is stopped by terminating the
 * worker, which is then recreated for the next job.
 */
export function createWorkerEngine(createWorker: () => Worker): Engine {
  let worker: Worker | null = null;
  let nextJobId = 1;
  const pending = new Map<number, PendingJob>();

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
      else settle(message.jobId, (job) => job.reject(new EngineError(message.error)));
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
        ensureWorker().postMessage({ type: "start", jobId, kind, request } satisfies ToWorker);
      }) as never;
    },
  };
}
