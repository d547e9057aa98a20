import {
  civilDateOfDaySerial,
  daysInMonth,
  isCalendarSerial,
  isoFromCivilDate,
  serialFromCivilDate,
  type CivilDate,
} from "../dates/civil-date";
import { CoreError } from "../errors";

// Checked conversions for the dates a user types for a period (DATE_INVALID, DATE_OUT_OF_RANGE); the
// arithmetic is src/dates/civil-date.ts.

/**
 * Excel serial day (1900 date system) of a calendar date, by pure arithmetic (Hinnant's days_from_civil, no
 * time zones). Dates before 1900-03-01 are refused because Excel's serials there include the fictitious
 * 1900-02-29.
 *
 * @throws CoreError DATE_INVALID, DATE_OUT_OF_RANGE
 * @example serialFromDate({ year: 2017, month: 6, day: 30 }) // 42916
 */
export function serialFromDate(date: CivilDate): number {
  const { year, month, day } = date;
  if (
    ![year, month, day].every(Number.isInteger) ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    throw new CoreError("DATE_INVALID", `${year}-${month}-${day} is not a calendar date`);
  }
  const serial = serialFromCivilDate(year, month, day);
  checkRange("serialFromDate", serial);
  return serial;
}

/**
 * Calendar date of an Excel serial day; a fractional part (time of day) is ignored.
 *
 * @throws CoreError DATE_OUT_OF_RANGE
 * @example dateFromSerial(42916.75) // { year: 2017, month: 6, day: 30 }
 */
export function dateFromSerial(serial: number): CivilDate {
  const whole = Math.floor(serial);
  checkRange("dateFromSerial", whole);
  return civilDateOfDaySerial(whole);
}

/** "YYYY-MM-DD" of an Excel serial day. @throws CoreError DATE_OUT_OF_RANGE @example isoDateFromSerial(42916) // "2017-06-30" */
export function isoDateFromSerial(serial: number): string {
  return isoFromCivilDate(dateFromSerial(serial));
}

/**
 * Excel serial of an ISO date "YYYY-MM-DD".
 *
 * @throws CoreError DATE_INVALID, DATE_OUT_OF_RANGE
 * @example serialFromIsoDate("2016-01-01") // 42370
 */
export function serialFromIsoDate(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (match === null) throw new CoreError("DATE_INVALID", `A date must be written YYYY-MM-DD (got "${iso}")`);
  return serialFromDate({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

/** A whole serial outside 61 (1900-03-01) … 2958465 (9999-12-31) is refused. */
function checkRange(functionName: string, serial: number): void {
  if (!isCalendarSerial(serial)) {
    throw new CoreError("DATE_OUT_OF_RANGE", `Day number ${serial} is outside 1900-03-01 … 9999-12-31`);
  }
}
