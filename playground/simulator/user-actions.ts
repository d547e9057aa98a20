import { ErrorCodes, excelError } from "./errors";
import type { SimulatorState } from "./simulator-state";

/**
 * What a user does while a request is on its way, applied before the request runs:
 * - In cell edit mode "the batch automatically fails" (Excel.RunOptions, delayForCellEdit), with
 *   InvalidOperationInCellEditMode (application-specific-api-error-handling, "Excel-specific error codes"), before
 *   anything of it applies; the request can be sent again once the user leaves the cell.
 * - A sheet deleted while a request runs makes Excel on the web fail that request with InvalidRequestContext,
 *   "The request cannot be processed because the specified worksheet cannot be found. Please try again.", even
 *   when the request never touches that sheet (OfficeDev/office-js issue 6964); on the desktop the request runs
 *   on without the sheet. Either way the sheet is gone.
 */
export function applyUserActions(state: SimulatorState, syncNumber: number, web: boolean): void {
  if (state.cellEditMode) {
    throw excelError(
      ErrorCodes.invalidOperationInCellEditMode,
      "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
    );
  }
  const deleted = state.sheetDeletions.get(syncNumber);
  if (deleted === undefined) return;
  state.sheetDeletions.delete(syncNumber);
  const sheet = state.model.findSheet(deleted);
  if (sheet !== undefined) state.model.deleteSheet(sheet);
  if (web) {
    throw excelError(
      ErrorCodes.invalidRequestContext,
      "The request cannot be processed because the specified worksheet cannot be found. Please try again.",
    );
  }
}
