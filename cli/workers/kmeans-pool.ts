import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { serialTaskRunner, type KMeansProblem, type KMeansTaskRunner } from "../../src/cluster";
import type { FromKMeansWorker, ToKMeansWorker } from "./kmeans-worker-protocol";

/** Tasks a worker holds at once: the next one is already there when it posts an outcome. */
const TASKS_IN_FLIGHT = 2;

/** A k-means task runner over worker threads, to close when the command is done. */
export interface KMeansPool extends KMeansTaskRunner {
  readonly workers: number;
  close(): Promise<void>;
}

/**
 * Starts `workers` worker threads (default: the cores, at most 2) for k-means restarts: call it before
 * reading the input, so the threads load while the file is read. With one core there are no threads and
 * tasks run here ({@link serialTaskRunner}). The rows go to the workers in SharedArrayBuffers, not copied;
 * each worker copies them once into its WebAssembly kernel. Results do not depend on the number of workers.
 *
 * @example const pool = startKMeansPool(); const sweep = await elbowSweepParallel(matrix, {}, pool); await pool.close();
 */
export function startKMeansPool(workers = Math.min(2, availableParallelism())): KMeansPool {
  if (workers <= 1) return { workers: 1, runTasks: serialTaskRunner.runTasks, close: async () => {} };
  const threads = Array.from({ length: workers }, () => {
    const thread = workerThread();
    thread.unref();
    return thread;
  });
  return {
    workers,
    async runTasks(problem, tasks, accept) {
      const shared = shareProblem(problem);
      const queue = [...tasks];
      await Promise.all(
        threads.map(
          (thread) =>
            new Promise<void>((resolve, reject) => {
              let inFlight = 0;
              const finish = (error?: Error): void => {
                thread.off("message", onMessage);
                thread.off("error", finish);
                if (error === undefined) resolve();
                else reject(error);
              };
              const send = (message: ToKMeansWorker): void => thread.postMessage(message);
              const feed = (): void => {
                while (inFlight < TASKS_IN_FLIGHT && queue.length > 0) {
                  send({ type: "task", task: queue.shift() as (typeof tasks)[number] });
                  inFlight++;
                }
              };
              const onMessage = (message: FromKMeansWorker): void => {
                if (message.type === "error") {
                  queue.length = 0;
                  finish(new Error(message.message));
                  return;
                }
                inFlight--;
                // The next task first: accept may score a whole k (~0.1 s on a million rows).
                feed();
                accept(message.outcome);
                if (inFlight === 0) finish();
              };
              thread.on("message", onMessage);
              thread.on("error", finish);
              send({ type: "problem", problem: shared });
              feed();
              if (inFlight === 0) finish();
            }),
        ),
      );
    },
    async close() {
      await Promise.all(threads.map((thread) => thread.terminate()));
    },
  };
}

/** The problem with its row arrays in SharedArrayBuffers, so posting it to each worker copies nothing. */
function shareProblem(problem: KMeansProblem): KMeansProblem {
  const share = (values: Float64Array): Float64Array => {
    const shared = new Float64Array(new SharedArrayBuffer(values.byteLength));
    shared.set(values);
    return shared;
  };
  return { ...problem, centred: share(problem.centred), weights: share(problem.weights) };
}

/**
 * A k-means worker thread. From the prebuilt bundle (scripts/build-cli.mjs: this module is then part of
 * dist/cli/commerce-analytics.cjs) the worker is the bundle's sibling kmeans-worker.cjs; from the TypeScript
 * sources (tsx, bin/commerce-analytics.cjs's fallback) the thread loads kmeans-worker.ts through tsx too.
 */
function workerThread(): Worker {
  if (path.extname(__filename) === ".cjs") return new Worker(path.join(__dirname, "kmeans-worker.cjs"));
  const entry = path.join(__dirname, "kmeans-worker.ts");
  return new Worker(`require("tsx/cjs"); require(${JSON.stringify(entry)});`, { eval: true });
}
