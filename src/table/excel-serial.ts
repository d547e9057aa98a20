import { CoreError } from "../errors";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Serial of 1900-03-01: Excel counts a fictitious 1900-02-29 (serial 60), so earlier dates are one lower. */
const FIRST_SERIAL_AFTER_LEAP_BUG = 61;
/** Serial of 9999-12-31, the last day Excel can show. */
export const MAX_EXCEL_SERIAL = 2_958_465;

export interface DateTimeParts {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  /** 1..31 */
  readonly day: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/**
 * Excel serial day number (1900 date system) of a calendar date and time of day, or null when the parts are
 * not a real date in 1900-01-01..9999-12-31 or not a real time (hours 0-23, minutes/seconds 0-59.999).
 *
 * Serial 1 = 1900-01-01, 25569 = 1970-01-01, and Excel's Lotus-compatible fictitious 1900-02-29 is serial 60
 * (so 1900-03-01 = 61); the time of day is the fraction. Pure UTC arithmetic: no time zone is involved.
 * Reference: Microsoft, "DATEVALUE function" / "Date systems in Excel".
 *
 * Cost: O(1).
 *
 * @example excelSerialFromParts({ year: 2021, month: 1, day: 5, hours: 12, minutes: 0, seconds: 0 }) // 44201.5
 */
export function excelSerialFromParts(parts: DateTimeParts): number | null {
  const { year, month, day, hours, minutes, seconds } = parts;
  if (!Number.isInteger(year) || year < 1900 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  if (!Number.isInteger(hours) || hours < 0 || hours > 23) return null;
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 59) return null;
  if (!(seconds >= 0 && seconds < 60)) return null;
  const epochMs = Date.UTC(year, month - 1, day, hours, minutes, 0) + seconds * 1000;
  return excelSerialFromEpochMs(epochMs);
}

/**
 * Excel serial of a JavaScript time value (milliseconds since 1970-01-01T00:00:00Z), read as UTC wall-clock
 * time, which is how exceljs and SheetJS represent a cell's date. Null outside 1900-01-01..9999-12-31.
 *
 * Cost: O(1).
 *
 * @example excelSerialFromEpochMs(Date.UTC(1970, 0, 1)) // 25569
 */
export function excelSerialFromEpochMs(epochMs: number): number | null {
  if (!Number.isFinite(epochMs)) return null;
  const unadjusted = epochMs / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  const serial = unadjusted < FIRST_SERIAL_AFTER_LEAP_BUG ? unadjusted - 1 : unadjusted;
  if (serial < 1 || serial >= MAX_EXCEL_SERIAL + 1) return null;
  // Round to the millisecond so that 13:45 is not 13:44:59.9999 after the division.
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

/**
 * Calendar parts of an Excel serial day number (1900 system; serial 60 is reported as 1900-02-29 like Excel).
 *
 * Cost: O(1).
 *
 * @throws CoreError SERIAL_OUT_OF_RANGE when the serial is not a finite number in 1..2958465.999
 * @example excelSerialToParts(44201.5) // { year: 2021, month: 1, day: 5, hours: 12, minutes: 0, seconds: 0 }
 */
export function excelSerialToParts(serial: number): DateTimeParts {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_EXCEL_SERIAL + 1) {
    throw new CoreError(
      "SERIAL_OUT_OF_RANGE",
      `excelSerialToParts requires a serial day number from 1 to ${MAX_EXCEL_SERIAL} (got ${String(serial)})`,
    );
  }
  const wholeDays = Math.floor(serial);
  const timeMs = Math.round((serial - wholeDays) * MS_PER_DAY);
  if (wholeDays === 60) return { year: 1900, month: 2, day: 29, ...timeParts(timeMs) };
  const epochDays = (wholeDays < FIRST_SERIAL_AFTER_LEAP_BUG ? wholeDays + 1 : wholeDays) - UNIX_EPOCH_SERIAL;
  const date = new Date(epochDays * MS_PER_DAY + timeMs);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hours: date.getUTCHours(),
    minutes: date.getUTCMinutes(),
    seconds: date.getUTCSeconds() + date.getUTCMilliseconds() / 1000,
  };
}

/**
 * ISO 8601 text of a serial: "yyyy-mm-dd", or "yyyy-mm-ddThh:mm:ss" when it has a time of day.
 *
 * Cost: O(1).
 *
 * @throws CoreError SERIAL_OUT_OF_RANGE (see excelSerialToParts)
 * @example isoFromExcelSerial(44201.5729166667) // "2021-01-05T13:45:00"
 */
export function isoFromExcelSerial(serial: number): string {
  const parts = excelSerialToParts(serial);
  const date = `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
  if (parts.hours === 0 && parts.minutes === 0 && parts.seconds === 0) return date;
  return `${date}T${pad(parts.hours, 2)}:${pad(parts.minutes, 2)}:${pad(Math.floor(parts.seconds), 2)}`;
}

function timeParts(timeMs: number): Pick<DateTimeParts, "hours" | "minutes" | "seconds"> {
  const date = new Date(timeMs);
  return {
    hours: date.getUTCHours(),
    minutes: date.getUTCMinutes(),
    seconds: date.getUTCSeconds() + date.getUTCMilliseconds() / 1000,
  };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian month length (a Date per call showed up in profiles at a million cells). */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
