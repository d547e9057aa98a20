import type { SerializedError } from "./protocol";

/** A job's failure as the pane sees it: the core's code and message, after crossing the worker boundary. */
export class EngineError extends Error {
  readonly code: string;
  constructor(error: SerializedError) {
    super(error.message);
    this.name = "CoreError";
    this.code = error.code;
  }
}
