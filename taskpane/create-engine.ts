import { createInlineEngine } from "./worker/inline-engine";
import type { Engine } from "./worker/protocol";
import { createWorkerEngine } from "./worker/worker-engine";

/** The engine in a browser: a Web Worker (webpack emits its chunk from this `new URL`), else in-process. */
export function createBrowserEngine(): Engine {
  if (typeof Worker === "undefined") return createInlineEngine();
  return createWorkerEngine(() => new Worker(new URL("./worker/engine.worker.ts", import.meta.url)));
}

let shared: Engine | null = null;

/**
 * The one engine of the shared runtime: the task pane and the worksheet functions use the same worker
 * (DESIGN.md §4), created on first use. With webpack's single runtime chunk this module has one instance.
 */
export function sharedEngine(): Engine {
  shared ??= createBrowserEngine();
  return shared;
}
