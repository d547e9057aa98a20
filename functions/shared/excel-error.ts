import { isCoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import { coreErrorText } from "../../src/i18n/messages/core-errors";
import { displayLocale } from "./display-locale";

/**
 * Maps a thrown error to the Excel error a cell shows. Only #VALUE! and #N/A carry a message in Excel, so
 * input problems become #VALUE! with a message; a missing lookup becomes #N/A; an arithmetic impossibility
 * keeps its own code (#DIV/0!, #NUM!) and loses the message, as Excel requires.
 *
 * The message is worded in `locale` from the error's code and details where a shared wording exists
 * (coreErrorText), else it is the core's plain English message. `locale` is a function's [language] argument
 * when the user gave one (an explicit argument wins), else Excel's display language.
 */
export function toExcelError(error: unknown, locale: Locale = displayLocale()): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (isCoreError(error)) {
    if (error.code === "DIVISION_BY_ZERO")
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    const message = coreErrorText(locale, error) ?? error.message;
    if (error.code === "NOT_FOUND") {
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
    }
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Unexpected error: ${message}`);
}
