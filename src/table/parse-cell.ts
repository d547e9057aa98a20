import { displayCell, serialFromDateObject } from "./cell-value";
import { isoFromExcelSerial, MAX_EXCEL_SERIAL } from "./excel-serial";
import { isDateNumberFormat } from "./number-format";
import type { DayOrder } from "./parse-date";
import { parseDateText, serialFromCompactDate } from "./parse-date";
import { numberUnderReading, type NumberReading } from "./number-style";

/** How a column's cells are read as dates; chosen once per column by inferColumnType. */
export interface DateReading {
  /** Reading of "a/b/yyyy" text. */
  readonly dayOrder: DayOrder;
  /** Accept yyyymmdd numbers and text (1900..2100). */
  readonly allowCompact: boolean;
  /** Read a number without a date format as a serial (the column has a date role). */
  readonly plainNumbersAreSerials: boolean;
}

const dateFormatCache = new Map<string, boolean>();

/** isDateNumberFormat, memoised: a sheet has few distinct formats and many cells. Cost: O(1) amortised. */
export function isDateFormatCached(format: string | undefined): boolean {
  if (format === undefined || format === "General") return false;
  let known = dateFormatCache.get(format);
  if (known === undefined) {
    known = isDateNumberFormat(format);
    if (dateFormatCache.size < 1000) dateFormatCache.set(format, known);
  }
  return known;
}

/**
 * A non-blank, non-error cell read as a number (see parseNumberText) in the column's `reading` (see
 * numberStyleOfCells), or null when it is not one; a date-formatted serial stays a number.
 * Cost: O(length).
 *
 * @example numberOfCell("NT$1,200") // 1200
 * @example numberOfCell("1.234,50", "comma") // 1234.5
 */
export function numberOfCell(raw: unknown, reading: NumberReading = "dot"): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  return typeof raw === "string" ? numberUnderReading(raw, reading) : null;
}

/**
 * A non-blank, non-error cell read as an Excel serial date under a column's reading, or null when it is not
 * one: a Date, a number with a date format (or any serial in a date-role column, or yyyymmdd when allowed),
 * or date text (see parseDateText). Cost: O(length).
 *
 * @example
 * const reading = { dayOrder: "mdy", allowCompact: true, plainNumbersAreSerials: false } as const;
 * dateOfCell(44201, "yyyy-mm-dd", reading) // 44201 (a serial with a date format)
 * dateOfCell(20210105, undefined, reading) // 44201 (yyyymmdd)
 * dateOfCell("1/5/2021", undefined, reading) // 44201
 * dateOfCell(44201, undefined, reading) // null (a plain number in a column without a date role)
 */
export function dateOfCell(raw: unknown, format: string | undefined, reading: DateReading): number | null {
  if (raw instanceof Date) return serialFromDateObject(raw);
  if (typeof raw === "number") {
    if (isDateFormatCached(format) || (reading.plainNumbersAreSerials && raw < MAX_EXCEL_SERIAL + 1)) {
      return raw >= 1 && raw < MAX_EXCEL_SERIAL + 1 ? raw : null;
    }
    return reading.allowCompact ? serialFromCompactDate(raw) : null;
  }
  if (typeof raw !== "string") return null;
  return parseDateText(raw, { dayOrder: reading.dayOrder, allowCompact: reading.allowCompact });
}

/**
 * A non-blank, non-error cell read as a boolean: true/false, or the text TRUE/FALSE in any case; else null.
 * Cost: O(length).
 *
 * @example booleanOfCell(" false ") // false
 */
export function booleanOfCell(raw: unknown): boolean | null {
  if (typeof raw === "boolean") return raw;
  if (typeof raw !== "string") return null;
  const lower = raw.trim().toLowerCase();
  return lower === "true" ? true : lower === "false" ? false : null;
}

/**
 * A non-blank cell as text; a date-formatted number is shown as its ISO date, as Excel would show a date.
 * Cost: O(length).
 *
 * @example textOfCell(44201, "yyyy-mm-dd") // "2021-01-05"
 */
export function textOfCell(raw: unknown, format: string | undefined): string {
  if (typeof raw === "number" && isDateFormatCached(format) && raw >= 1 && raw < MAX_EXCEL_SERIAL + 1) {
    return isoFromExcelSerial(raw);
  }
  return displayCell(raw);
}
