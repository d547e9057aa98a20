import { isCoreError } from "../../src/errors";

/**
 * Maps a thrown error to the Excel error a cell shows. Only #VALUE! and #N/A carry a message in Excel, so
 * input problems become #VALUE! with the core's message; a missing lookup becomes #N/A; an arithmetic
 * impossibility keeps its own code (#DIV/0!, #NUM!) and loses the message, as Excel requires.
 */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (isCoreError(error)) {
    if (error.code === "DIVISION_BY_ZERO")
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    if (error.code === "NOT_FOUND") {
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, error.message);
    }
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Unexpected error: ${message}`);
}
