import { sharedEngine } from "../../engine/shared-engine";
import { EngineError } from "../../engine/engine-error";
import type { Engine, JobKind, JobRequest, JobResult } from "../../engine/protocol";

/**
 * The engine the worksheet functions run their heavy work on (in the shared runtime a heavy function on
 * the main thread would block the pane, and Excel desktop restarts an add-in that is unresponsive for about 5 s): the task pane's own engine (one worker for both), a Web Worker in the browser, in-process where
 * Worker is undefined (Jest).
 */
export function getEngine(): Engine {
  return sharedEngine();
}

/**
 * Runs one job for a worksheet function. A job's failure arrives as an EngineError (name "CoreError", the core's
 * code and message), which toExcelError maps like the CoreError it was; an unexpected failure (code INTERNAL)
 * becomes a plain Error, shown as "Unexpected error: ..." as before.
 */
export async function runFunctionJob<K extends JobKind>(
  kind: K,
  request: JobRequest<K>,
): Promise<JobResult<K>> {
  try {
    return await getEngine().run(kind, request);
  } catch (error) {
    throw error instanceof EngineError && error.code === "INTERNAL" ? new Error(error.message) : error;
  }
}
