/**
 * The error codes the simulator raises, spelled as `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes` spell
 * them (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling, "Error codes
 * and messages"; learn.microsoft.com/javascript/api/office/officeextension.errorcodes, which has
 * InvalidRequestContext).
 */
export const ErrorCodes = {
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidRequestContext: "InvalidRequestContext",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  propertyNotLoaded: "PropertyNotLoaded",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
} as const;

export type SimulatedErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/**
 * Shaped like `OfficeExtension.Error`: `code` (not localised), `message`, `debugInfo` with the code, the
 * message and where it happened. Its name is "RichApi.Error", as the real one prints.
 */
export class SimulatedExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function excelError(
  code: SimulatedErrorCode,
  message: string,
  errorLocation?: string,
): SimulatedExcelError {
  return new SimulatedExcelError(code, message, errorLocation);
}
