import { isoFromExcelSerial } from "./excel-serial";
import { excelSerialFromEpochMs } from "./excel-serial";

/** Excel's error values, as Office.js `range.values` reports them. */
export const EXCEL_ERROR_VALUES: readonly string[] = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];
const ERROR_SET = new Set(EXCEL_ERROR_VALUES);

/**
 * A blank cell: null, undefined, or text that is empty after trimming (Office.js gives "" for empty cells;
 * 0 and FALSE are values, not blanks). Cost: O(length).
 *
 * @example isBlankCell("  ") // true
 */
export function isBlankCell(raw: unknown): boolean {
  return raw == null || (typeof raw === "string" && raw.trim() === "");
}

/**
 * The Excel error text of a cell ("#N/A"), or null when the cell is not an error. Accepts the error strings
 * Office.js `values` returns and error objects: exceljs's `{ error: "#N/A" }` and Office.js `valuesAsJson`'s
 * `{ type: "Error", basicValue: "#N/A" }`. Cost: O(1).
 *
 * @example excelErrorOf("#DIV/0!") // "#DIV/0!"
 */
export function excelErrorOf(raw: unknown): string | null {
  if (typeof raw === "string") {
    if (raw.length < 4 || raw.charCodeAt(0) !== 35 /* # */) return null;
    const trimmed = raw.trim().toUpperCase();
    return ERROR_SET.has(trimmed) ? trimmed : null;
  }
  if (typeof raw === "object" && raw !== null && !(raw instanceof Date)) {
    const { error, type, basicValue } = raw as { error?: unknown; type?: unknown; basicValue?: unknown };
    if (typeof error === "string") return error;
    // Office.js `valuesAsJson` (ExcelApi 1.16): { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }.
    if (type === "Error" && typeof basicValue === "string") return basicValue;
  }
  return null;
}

/**
 * Excel serial of a JS Date (read as UTC wall-clock time, as exceljs stores cell dates), or null for an invalid
 * or out-of-range Date. Cost: O(1).
 *
 * @example serialFromDateObject(new Date(Date.UTC(2021, 0, 5))) // 44201
 */
export function serialFromDateObject(date: Date): number | null {
  return excelSerialFromEpochMs(date.getTime());
}

/**
 * A raw cell as the user would read it, for quality examples and text columns: strings trimmed, numbers in
 * their shortest round-trip form, booleans "TRUE"/"FALSE", Dates as ISO text, blanks "". Cost: O(length).
 *
 * @example displayCell(new Date(Date.UTC(2021, 0, 5))) // "2021-01-05"
 */
export function displayCell(raw: unknown): string {
  if (raw == null) return "";
  if (typeof raw === "string") return raw.trim();
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : "";
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (raw instanceof Date) {
    const serial = serialFromDateObject(raw);
    return serial === null ? "" : isoFromExcelSerial(serial);
  }
  const error = excelErrorOf(raw);
  if (error !== null) return error;
  const text = (raw as { text?: unknown }).text;
  return typeof text === "string" ? text.trim() : String(raw);
}
