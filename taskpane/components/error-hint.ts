import type { CoreErrorDetails } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import { coreErrorText } from "../../src/i18n/messages/core-errors";
import type { PaneTextKey } from "../i18n/pane-messages";

/** The code of an error from the core, the port or the engine, if it has one. */
export function errorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string") {
    return (error as { code: string }).code;
  }
  return "INTERNAL";
}

/** What to tell the user to do next, by error code (workbook failures have their own, excel/error-messages.ts). */
export function hintFor(error: unknown): PaneTextKey {
  switch (errorCode(error)) {
    case "EMPTY_INPUT":
    case "NO_DATA_ROWS":
      return "hintEmpty";
    case "MISSING_COLUMN":
      return "hintMissingColumn";
    default:
      return "hintDefault";
  }
}

/**
 * The message to show: a core error worded in the user's language from its code and details where a shared
 * wording exists (coreErrorText: a missing role, a column of the wrong type, a table of the wrong shape, …),
 * naming roles by name; else the core's message, which is plain English without internal names (issue 12).
 */
export function errorMessage(error: unknown, locale: Locale): string {
  if (typeof error === "object" && error !== null) {
    const { code, details, message } = error as {
      code?: unknown;
      details?: CoreErrorDetails;
      message?: unknown;
    };
    if (typeof code === "string") {
      // The message too: in English a core error's wording is its own message (coreErrorText).
      const worded = coreErrorText(locale, {
        code,
        ...(details === undefined ? {} : { details }),
        ...(typeof message === "string" ? { message } : {}),
      });
      if (worded !== null) return worded;
    }
  }
  if (error instanceof Error) return error.message;
  // A failure that crossed the worker is a plain { code, message, details } object.
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : String(error);
}
