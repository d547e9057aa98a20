/**
 * The `code` of an error from Excel (`OfficeExtension.Error.code`, "not localized") or of a CoreError; undefined
 * for anything else. Errors are told apart by code, never by their message (application-specific-api-error-
 * handling: the message "isn't intended for consumption by end users").
 *
 * @example excelErrorCode({ code: "ItemNotFound" }) // "ItemNotFound"; excelErrorCode(new Error("x")) // undefined
 */
export function excelErrorCode(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}
