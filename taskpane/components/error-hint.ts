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

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
