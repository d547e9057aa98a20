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
 * Runs one job for a worksheet function. With the invocation of a @cancelable function, Excel's cancel (a
 * recalculation, an edit of a referenced cell; learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json,
 * "options": cancelable) aborts the job: the engine posts `cancel` to the worker and stops a job that does not
 * notice (engine/worker-engine.ts), so a stale recalculation does not hold the worker the pane shares. A job's failure arrives as an EngineError (name "CoreError", the core's
 * code and message), which toExcelError maps like the CoreError it was; an unexpected failure (code INTERNAL)
 * becomes a plain Error, shown as "Unexpected error: ..." as before.
 */
export async function runFunctionJob<K extends JobKind>(
  kind: K,
  request: JobRequest<K>,
  invocation?: CustomFunctions.CancelableInvocation | null,
): Promise<JobResult<K>> {
  const cancel = new AbortController();
  if (invocation != null) invocation.onCanceled = () => cancel.abort();
  try {
    return await getEngine().run(kind, request, { signal: cancel.signal });
  } catch (error) {
    throw error instanceof EngineError && error.code === "INTERNAL" ? new Error(error.message) : error;
  }
}
