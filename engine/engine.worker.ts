/// <reference lib="webworker" />
import { runJob, serializeError } from "./run-job";
import type { FromWorker, ProgressCounts, ToWorker } from "./protocol";
import { createWorkerGrids } from "./worker-grids";

const cancelled = new Set<number>();
const grids = createWorkerGrids();
const scope = self as unknown as DedicatedWorkerGlobalScope;

function send(message: FromWorker): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === "cancel") {
    cancelled.add(message.jobId);
    return;
  }
  if (message.type === "grid-rows") {
    grids.append(message);
    return;
  }
  if (message.type === "grid-drop") {
    grids.drop(message.gridId);
    return;
  }
  const { jobId } = message;
  let lastProgressMs = 0;
  const context = {
    // Progress is throttled to ~20 messages a second so a tight loop does not flood the pane.
    progress(fraction: number, stage = "", counts: ProgressCounts = {}) {
      const nowMs = Date.now();
      if (nowMs - lastProgressMs < 50 && fraction < 1) return;
      lastProgressMs = nowMs;
      send({ type: "progress", jobId, fraction, stage, ...counts });
    },
    isCancelled: () => cancelled.has(jobId),
  };
  let request: unknown;
  try {
    request = grids.resolve(message.request);
  } catch (error) {
    send({ type: "error", jobId, error: serializeError(error) });
    return;
  }
  runJob(message.kind, request, context).then(
    (result) => send({ type: "result", jobId, result }),
    (error: unknown) => send({ type: "error", jobId, error: serializeError(error) }),
  );
};
