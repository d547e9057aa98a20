import { sharedEngine } from "../../engine/shared-engine";
import { EngineError } from "../../engine/engine-error";
import type { JobContext } from "../../engine/jobs/context";
import { jobs } from "../../engine/jobs/registry";
import type { Engine, JobKind, JobRequest, JobResult } from "../../engine/protocol";

/**
 * The engine the worksheet functions run their heavy work on: in the shared runtime a heavy function on the main
 * thread blocks the pane (OfficeDev/Office-Add-in-samples, Excel-custom-functions/web-worker: "When using the
 * shared runtime, custom functions block the UI of your Office Add-in when they run"), and Excel desktop restarts
 * an add-in that is unresponsive for about 5 s. It is the task pane's own engine (one worker for both): a Web
 * Worker in the browser, in-process where Worker is undefined (Jest).
 */
export function getEngine(): Engine {
  return sharedEngine();
}

/**
 * Runs one job for a worksheet function. With the invocation of a @cancelable function, Excel's cancel (a
 * recalculation, an edit of a referenced cell; learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json,
 * "options": cancelable) aborts the job: the engine posts `cancel` to the worker and stops a job that does not
 * notice (engine/worker-engine.ts), so a stale recalculation does not hold the worker the pane shares. A job's
 * failure arrives as an EngineError (name "CoreError", the core's code and message), which toExcelError maps
 * like the CoreError it was; an unexpected failure (code INTERNAL) becomes a plain Error, shown as
 * "Unexpected error: ..." as before.
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

/** An inline job is never cancelled half-way (it runs to the end in one task) and reports no progress. */
const INLINE_CONTEXT: JobContext = { progress: () => {}, isCancelled: () => false };

/**
 * Runs a job inline when the input is small, else on the engine: `size` (the rows or cells the job works on) below
 * `engineFrom` runs the job's own function here, at once, where posting to the worker would cost about as much
 * as the work (functions/shared/engine-thresholds.ts); from `engineFrom` on it goes to the worker, cancelable. Both
 * paths run the same job function, so they give one answer.
 */
export async function runSizedFunctionJob<K extends JobKind>(
  kind: K,
  request: JobRequest<K>,
  sizing: { readonly size: number; readonly engineFrom: number },
  invocation?: CustomFunctions.CancelableInvocation | null,
): Promise<JobResult<K>> {
  if (sizing.size >= sizing.engineFrom) return runFunctionJob(kind, request, invocation);
  const job = jobs[kind] as (request: JobRequest<K>, context: JobContext) => JobResult<K>;
  return job(request, INLINE_CONTEXT);
}
