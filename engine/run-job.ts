import { isCoreError, type CoreErrorDetails } from "../src/errors";
import { jobs } from "./jobs/registry";
import type { JobContext } from "./jobs/context";
import type { JobKind, SerializedError } from "./protocol";

/** Runs one job by kind; shared by the worker and the in-process engine so both behave the same. */
export async function runJob(kind: JobKind, request: unknown, context: JobContext): Promise<unknown> {
  const job = jobs[kind] as (request: unknown, context: JobContext) => unknown;
  if (typeof job !== "function") throw new Error(`Unknown job kind: ${String(kind)}`);
  return job(request, context);
}

/** Turns anything thrown by a job into the protocol's error shape, keeping core error codes. */
export function serializeError(error: unknown): SerializedError {
  if (isCoreError(error)) {
    // A CoreError that crossed a boundary as a plain object may carry no details.
    const details = (error as { details?: CoreErrorDetails }).details;
    const base = { code: error.code, message: error.message };
    return details === undefined || Object.keys(details).length === 0 ? base : { ...base, details };
  }
  if (error instanceof Error) return { code: "INTERNAL", message: error.message };
  return { code: "INTERNAL", message: String(error) };
}
