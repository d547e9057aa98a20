// A worker thread of the CLI's k-means pool (kmeans-pool.ts): holds one problem's restart solver (its rows
// copied once into the WebAssembly kernel) and runs the restart tasks it is sent, one at a time.
import { parentPort } from "node:worker_threads";
import { createRestartSolver, solveTask, type KMeansProblem, type RestartSolver } from "../../src/cluster";
import type { ToKMeansWorker } from "./kmeans-worker-protocol";

let solver: RestartSolver | null = null;

parentPort?.on("message", (message: ToKMeansWorker) => {
  try {
    if (message.type === "problem") {
      solver = createRestartSolver(message.problem as KMeansProblem);
      return;
    }
    if (solver === null) throw new Error("k-means worker: a task before its problem");
    const outcome = solveTask(solver, message.task);
    // solveTask's labels and centres are fresh copies: hand their buffers over instead of copying again.
    const transfer = [outcome.labels.buffer as ArrayBuffer, outcome.centers.buffer as ArrayBuffer];
    parentPort?.postMessage({ type: "outcome", outcome }, transfer);
  } catch (error) {
    parentPort?.postMessage({
      type: "error",
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
