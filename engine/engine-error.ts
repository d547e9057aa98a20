import type { CoreErrorDetails } from "../src/errors";
import type { SerializedError } from "./protocol";

/** A job's failure as the pane sees it: the core's code and message, after crossing the worker boundary. */
export class EngineError extends Error {
  readonly code: string;
  readonly details: CoreErrorDetails;
  constructor(error: SerializedError) {
    super(error.message);
    this.name = "CoreError";
    this.code = error.code;
    this.details = error.details ?? {};
  }
}
