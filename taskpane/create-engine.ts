import { createInlineEngine } from "./worker/inline-engine";
import type { Engine } from "./worker/protocol";
import { createWorkerEngine } from "./worker/worker-engine";

/** The engine in a browser: a Web Worker (webpack emits its chunk from this `new URL`), else in-process. */
export function createBrowserEngine(): Engine {
  if (typeof Worker === "undefined") return createInlineEngine();
  return createWorkerEngine(() => new Worker(new URL("./worker/engine.worker.ts", import.meta.url)));
}
