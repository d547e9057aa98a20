import type { Locale } from "../../src/i18n/locale";
import { sheetList } from "../i18n/result-sheets-messages";
import { workbookErrorText, type WorkbookErrorTextKey } from "./error-messages";
import { excelErrorCode } from "./excel-error-code";
import { SHEET_LIST_SEPARATOR } from "./write-failure";

/** A code the pane words itself: an Excel error code the port can meet, or one of the port's CoreError codes. */
export type WorkbookErrorCode = Exclude<WorkbookErrorTextKey, `todo.${string}`>;
type TodoKey = Extract<WorkbookErrorTextKey, `todo.${string}`>;

/** What to do after each failure. */
const TODO: Readonly<Record<WorkbookErrorCode, TodoKey>> = {
  AccessDenied: "todo.unprotect",
  ActivityLimitReached: "todo.waitAndRetry",
  ApiNotFound: "todo.updateExcel",
  Conflict: "todo.runAgain",
  GeneralException: "todo.runAgain",
  InactiveWorkbook: "todo.focus",
  InvalidArgument: "todo.runAgain",
  InvalidOperation: "todo.runAgain",
  InvalidOperationInCellEditMode: "todo.leaveCell",
  InvalidRequestContext: "todo.runAgain",
  InvalidSelection: "todo.selectOneBlock",
  ItemAlreadyExists: "todo.renameSheets",
  ItemNotFound: "todo.runAgain",
  MemoryLimitReached: "todo.smaller",
  MergedRangeConflict: "todo.clearOverlap",
  NotImplemented: "todo.updateExcel",
  RangeExceedsLimit: "todo.smaller",
  RequestAborted: "todo.runAgain",
  RequestPayloadSizeLimitExceeded: "todo.smaller",
  ResponsePayloadSizeLimitExceeded: "todo.smaller",
  ServiceNotAvailable: "todo.waitAndRetry",
  UnsupportedOperation: "todo.updateExcel",
  UnsupportedSheet: "todo.selectOneBlock",
  EMPTY_SELECTION: "todo.selectOneBlock",
  MULTI_AREA_SELECTION: "todo.selectOneBlock",
  REPLACE_INCOMPLETE: "todo.runAgain",
  REPLACE_NOT_ADDIN_SHEET: "todo.chooseSheet",
  REPLACE_UNSUPPORTED: "todo.updateExcel",
  RESULT_TOO_LARGE: "todo.smaller",
  TOO_MANY_SERIES: "todo.fewerGroups",
  SHEET_NOT_FOUND: "todo.runAgain",
  WRITE_CANCELLED: "todo.none",
  WRITE_NOT_CLEANED_UP: "todo.deleteByHand",
};

/** Every code the pane words itself. */
export const WORKBOOK_ERROR_CODES = Object.keys(TODO) as WorkbookErrorCode[];

export interface WorkbookErrorWording {
  /** What happened. */
  readonly what: string;
  /** What the user can do about it. */
  readonly todo: string;
}

/**
 * The pane's wording of a failure of the workbook port, in the user's language, from the error's code and
 * details (the sheet's name, or several joined by SHEET_LIST_SEPARATOR), or null for an error the port does not word (the core's, the engine's).
 *
 * @example describeWorkbookError("en", { code: "InvalidOperationInCellEditMode" })?.todo // "Press Enter or Esc to finish editing the cell, then run again."
 */
export function describeWorkbookError(locale: Locale, error: unknown): WorkbookErrorWording | null {
  const code = WORKBOOK_ERROR_CODES.find((known) => known === excelErrorCode(error));
  if (code === undefined) return null;
  const details = (error as { details?: { value?: unknown } }).details;
  const names = typeof details?.value === "string" ? details.value.split(SHEET_LIST_SEPARATOR) : [];
  const values = { sheet: sheetList(locale, names) };
  return {
    what: workbookErrorText(locale, code, values),
    todo: workbookErrorText(locale, TODO[code], values),
  };
}
