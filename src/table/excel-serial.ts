import {
  civilDateOfDaySerial,
  daysInMonth,
  FIRST_CALENDAR_SERIAL,
  isoFromCivilDate,
  MAX_EXCEL_SERIAL,
  padNumber,
  serialFromCivilDate,
  UNIX_EPOCH_SERIAL,
} from "../dates/civil-date";
import { CoreError } from "../errors";

// Excel's 1900 date system on top of the calendar arithmetic of src/dates: serials 1..60 (1900-01-01 up to
// the fictitious 1900-02-29, one lower than the real day count), time of day, JavaScript time values.

export { MAX_EXCEL_SERIAL } from "../dates/civil-date";

const MS_PER_DAY = 86_400_000;

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
  // Milliseconds to the whole minute (exact integers, what Date.UTC gives), then the seconds.
  const dayMs = (serialFromCivilDate(year, month, day) - UNIX_EPOCH_SERIAL) * MS_PER_DAY;
  const wholeMinuteMs = dayMs + hours * 3_600_000 + minutes * 60_000;
  return excelSerialFromEpochMs(wholeMinuteMs + seconds * 1000);
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
  const serial = unadjusted < FIRST_CALENDAR_SERIAL ? unadjusted - 1 : unadjusted;
  if (serial < 1 || serial >= MAX_EXCEL_SERIAL + 1) return null;
  // Round to the millisecond so that 13:45 is not 13:44:59.9999 after the division.
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

/**
 * True for a finite number inside Excel's date range 1 (1900-01-01) .. 2958465 (9999-12-31), time of day
 * allowed. Cost: O(1).
 *
 * @example isExcelSerialDay(0.5) // false
 */
export function isExcelSerialDay(value: unknown): value is number {
  return typeof value === "number" && value >= 1 && value < MAX_EXCEL_SERIAL + 1;
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
  if (!isExcelSerialDay(serial)) {
    throw new CoreError(
      "SERIAL_OUT_OF_RANGE",
      `A date must be a day number from 1 to ${MAX_EXCEL_SERIAL} (got ${String(serial)})`,
    );
  }
  const wholeDays = Math.floor(serial);
  const timeMs = Math.round((serial - wholeDays) * MS_PER_DAY);
  if (wholeDays === 60) return { year: 1900, month: 2, day: 29, ...timeParts(timeMs) };
  // A time that rounds up to 24:00 is midnight of the next day.
  const nextDay = timeMs === MS_PER_DAY ? 1 : 0;
  return { ...civilDateOfDaySerial(calendarDaySerial(wholeDays) + nextDay), ...timeParts(timeMs) };
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
  const date = isoFromCivilDate(parts);
  if (parts.hours === 0 && parts.minutes === 0 && parts.seconds === 0) return date;
  return `${date}T${padNumber(parts.hours, 2)}:${padNumber(parts.minutes, 2)}:${padNumber(Math.floor(parts.seconds), 2)}`;
}

/**
 * ISO date (yyyy-mm-dd) of an Excel serial day, time of day dropped. Serials below 61 are shifted by one day
 * because Excel counts the non-existent 1900-02-29 (serial 60, shown here as 1900-03-01), as Lotus 1-2-3 did.
 * No range check (the RFM reports print an as-of date of 0 as 1899-12-31).
 *
 * Cost: O(1).
 *
 * @example serialDayToIsoDate(39082) // "2006-12-31"
 */
export function serialDayToIsoDate(serialDay: number): string {
  return isoFromCivilDate(civilDateOfDaySerial(calendarDaySerial(Math.floor(serialDay))));
}

/** The real day count of a whole Excel serial: one more than Excel's below 61 (1900-03-01). */
function calendarDaySerial(wholeDays: number): number {
  return wholeDays < FIRST_CALENDAR_SERIAL ? wholeDays + 1 : wholeDays;
}

/** Hours, minutes and seconds (with milliseconds) of a time of day in whole ms; 24:00 wraps to 00:00. */
function timeParts(timeMs: number): Pick<DateTimeParts, "hours" | "minutes" | "seconds"> {
  const msOfDay = timeMs % MS_PER_DAY;
  const msOfMinute = msOfDay % 60_000;
  return {
    hours: Math.floor(msOfDay / 3_600_000),
    minutes: Math.floor((msOfDay % 3_600_000) / 60_000),
    seconds: Math.floor(msOfMinute / 1000) + (msOfMinute % 1000) / 1000,
  };
}
