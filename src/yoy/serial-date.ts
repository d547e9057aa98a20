import { CoreError } from "../errors";

/** Excel serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Serial 61 = 1900-03-01, the first day after Excel's fictitious 1900-02-29 (serial 60). */
const FIRST_SUPPORTED_SERIAL = 61;
/** 9999-12-31, Excel's last date. */
const LAST_SUPPORTED_SERIAL = 2958465;

export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

/**
 * Excel serial day (1900 date system) of a calendar date, by pure arithmetic (Hinnant's days_from_civil, no
 * time zones). Dates before 1900-03-01 are refused because Excel's serials there include the fictitious
 * 1900-02-29.
 *
 * @throws CoreError DATE_INVALID, DATE_OUT_OF_RANGE
 * @example serialFromDate({ year: 2017, month: 6, day: 30 }) // 42916
 */
export function serialFromDate(date: CalendarDate): number {
  const { year, month, day } = date;
  if (
    ![year, month, day].every(Number.isInteger) ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    throw new CoreError("DATE_INVALID", `serialFromDate: ${year}-${month}-${day} is not a calendar date`);
  }
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const serial = era * 146097 + dayOfEra - 719468 + UNIX_EPOCH_SERIAL;
  checkRange("serialFromDate", serial);
  return serial;
}

/**
 * Calendar date of an Excel serial day; a fractional part (time of day) is ignored.
 *
 * @throws CoreError DATE_OUT_OF_RANGE
 * @example dateFromSerial(42916.75) // { year: 2017, month: 6, day: 30 }
 */
export function dateFromSerial(serial: number): CalendarDate {
  const whole = Math.floor(serial);
  checkRange("dateFromSerial", whole);
  const days = whole - UNIX_EPOCH_SERIAL + 719468;
  const era = Math.floor(days / 146097);
  const dayOfEra = days - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** "YYYY-MM-DD" of an Excel serial day. @example isoDateFromSerial(42916) // "2017-06-30" */
export function isoDateFromSerial(serial: number): string {
  const { year, month, day } = dateFromSerial(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Excel serial of an ISO date "YYYY-MM-DD".
 *
 * @throws CoreError DATE_INVALID, DATE_OUT_OF_RANGE
 * @example serialFromIsoDate("2016-01-01") // 42370
 */
export function serialFromIsoDate(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (match === null)
    throw new CoreError("DATE_INVALID", `serialFromIsoDate requires a YYYY-MM-DD date (got "${iso}")`);
  return serialFromDate({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function checkRange(functionName: string, serial: number): void {
  if (!Number.isFinite(serial) || serial < FIRST_SUPPORTED_SERIAL || serial > LAST_SUPPORTED_SERIAL) {
    throw new CoreError(
      "DATE_OUT_OF_RANGE",
      `${functionName}: serial ${serial} is outside 1900-03-01 … 9999-12-31`,
    );
  }
}
