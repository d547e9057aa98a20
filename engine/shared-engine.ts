import { createInlineEngine } from "./inline-engine";
import type { Engine } from "./protocol";
import { createWorkerEngine } from "./worker-engine";

/**
 * The engine in a browser: a Web Worker (webpack emits its chunk from this `new URL`, named "engine" by the
 * `name` option, and hashes its file name by content, so a cached old worker never meets new pane code),
 * else in-process.
 */
export function createBrowserEngine(): Engine {
  if (typeof Worker === "undefined") return createInlineEngine();
  return createWorkerEngine(
    () => new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "engine" }),
  );
}

let shared: Engine | null = null;

/**
 * The one engine of the shared runtime: the task pane and the worksheet functions use the same worker,
 * created on first use, so one queue serves both and the functions never block the pane. With webpack's single runtime chunk this module has one instance.
 */
export function sharedEngine(): Engine {
  shared ??= createBrowserEngine();
  return shared;
}
