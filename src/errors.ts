import type { CoreErrorCode } from "./error-codes";

export type { CoreErrorCode } from "./error-codes";

/**
 * The one error type the analytics core throws. Every front door maps it: worksheet functions to an Excel
 * error with the message, the task pane to a MessageBar, the command line to exit status 2 and one line.
 *
 * Codes are SCREAMING_SNAKE_CASE and stable (tests assert them). Messages are plain English a user can read
 * as they stand, since a door shows them for every code it does not word itself: they name what the user sees
 * ("At least one member row is needed", "Breakpoint 2 is not a number"), never a core function, an argument key
 * or a role key (issue 12, item 5; test/src/plain-core-messages.test.ts). Keys reach a message only through
 * plainName (src/plain-name.ts); the values a door needs to word its own text go in `details`.
 */
export class CoreError extends Error {
  readonly code: CoreErrorCode;
  /** What the failure is about, so a door can word its own message without reading this one. */
  readonly details: CoreErrorDetails;

  constructor(code: CoreErrorCode, message: string, details: CoreErrorDetails = {}) {
    super(message);
    this.name = "CoreError";
    this.code = code;
    this.details = details;
  }
}

/** Structured facts about a failure: plain values only, so they cross postMessage unchanged. */
export interface CoreErrorDetails {
  /** The argument, option or role at fault ("asOfSerial", "k", "orderDate"). */
  readonly argument?: string;
  /** Zero-based row of the input table, where one row is at fault. */
  readonly row?: number;
  /** The column's header as the user wrote it, where one column is at fault. */
  readonly column?: string;
  /** The offending value, as text or a number. */
  readonly value?: string | number | boolean | null;
  /** The limit the value broke (the latest order date for an as-of date before it). */
  readonly bound?: string | number;
  /** Which of a use case's several input tables is at fault ("lines", "products", "traffic"). */
  readonly input?: string;
}

/**
 * The message in a door's terms: a core function leading the message (the format core messages had before
 * issue 12) is replaced by the operation the user started, such as a worksheet function's name. Core messages
 * no longer lead with a function, so today every core message is returned as it is; the function stays so a
 * door never parses a message itself.
 *
 * @example messageInTermsOf(new CoreError("NO_ORDER_ROWS", "rfmFromOrders requires at least one order line"), "RFM.TABLE") // "RFM.TABLE requires at least one order line"
 * @example messageInTermsOf(new CoreError("K_INVALID", "kmeans: k = 0 is not allowed"), "KMEANS.LABELS") // "KMEANS.LABELS: k = 0 is not allowed"
 */
export function messageInTermsOf(error: Pick<CoreError, "message">, operation: string): string {
  const subject = LEADING_FUNCTION.exec(error.message);
  if (subject === null) return error.message;
  return `${operation}${error.message.slice((subject[1] as string).length)}`;
}

/** "<function>: …" or "<function> requires …", where <function> is a core identifier (camelCase). */
const LEADING_FUNCTION = /^([a-z][A-Za-z0-9]*)(?=: | requires )/;

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
