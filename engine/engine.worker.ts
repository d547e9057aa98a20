/// <reference lib="webworker" />
import { encodeResult } from "./result-json";
import { runJob, serializeError } from "./run-job";
import type { FromWorker, ProgressCounts, ToWorker } from "./protocol";
import { createWorkerGrids } from "./worker-grids";

const cancelled = new Set<number>();
const grids = createWorkerGrids();
const scope = self as unknown as DedicatedWorkerGlobalScope;

function send(message: FromWorker): void {
  scope.postMessage(message);
}

/** A large result goes as JSON in a transferred buffer: the pane parses it in a fraction of a clone's time. */
function sendResult(jobId: number, result: unknown): void {
  const encoded = encodeResult(result);
  if (encoded === null) send({ type: "result", jobId, result });
  else scope.postMessage({ type: "result-json", jobId, encoded } satisfies FromWorker, [encoded.bytes]);
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
    (result) => sendResult(jobId, result),
    (error: unknown) => send({ type: "error", jobId, error: serializeError(error) }),
  );
};
