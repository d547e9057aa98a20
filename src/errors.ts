/**
 * The one error type the analytics core throws. Every front door maps it: worksheet functions to an Excel
 * error with the message, the task pane to a MessageBar, the command line to exit status 2 and one line.
 *
 * Codes are SCREAMING_SNAKE_CASE and stable (tests assert them); messages follow one format:
 * "<function> requires <what>" or "<function>: <what is wrong> (<where>)".
 */
export class CoreError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "CoreError";
    this.code = code;
  }
}

/** True for a CoreError, including one that crossed a worker boundary as a plain object. */
export function isCoreError(error: unknown): error is CoreError {
  return (
    error instanceof CoreError ||
    (typeof error === "object" &&
      error !== null &&
      (error as { name?: unknown }).name === "CoreError" &&
      typeof (error as { code?: unknown }).code === "string")
  );
}
