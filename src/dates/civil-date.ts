/**
 * Proleptic Gregorian calendar arithmetic on Excel serial day numbers (1900 date system), in UTC and without
 * `Date`, so no result depends on the machine's time zone.
 *
 * Serial 25569 is 1970-01-01; the integer part counts days, the fraction is the time of day. Excel's 1900
 * system counts a 1900-02-29 that never existed (serial 60), so serials are real calendar dates only from
 * 61 (1900-03-01) on. The functions here count real days; Excel's serials 1..60 are handled on top of them in
 * src/table/excel-serial.ts.
 */

/** Serial of 1970-01-01 (the Unix epoch) in Excel's 1900 date system. */
export const UNIX_EPOCH_SERIAL = 25_569;
/** First serial with a real calendar date (1900-03-01): Excel's fictitious 1900-02-29 is serial 60. */
export const FIRST_CALENDAR_SERIAL = 61;
/** Serial of 9999-12-31, the last day Excel can show. */
export const MAX_EXCEL_SERIAL = 2_958_465;

/** A calendar date; month and day start at 1. */
export interface CivilDate {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  /** 1..31 */
  readonly day: number;
}

/**
 * True for a finite serial in [61, 2958466): 1900-03-01 up to the end of 9999-12-31, where Excel's serials
 * are real calendar dates. Cost: O(1).
 *
 * @example isCalendarSerial(60) // false (Excel's fictitious 1900-02-29)
 */
export function isCalendarSerial(serial: number): boolean {
  return Number.isFinite(serial) && serial >= FIRST_CALENDAR_SERIAL && serial < MAX_EXCEL_SERIAL + 1;
}

/**
 * Serial of a calendar date, Excel's `DATE(year, month, day)` from 1900-03-01 on (earlier dates count real
 * days, one more than Excel's serial). No validation: an impossible date such as 2021-02-30 rolls over.
 * Reference: Howard Hinnant's `days_from_civil` (https://howardhinnant.github.io/date_algorithms.html).
 *
 * Cost: O(1).
 *
 * @example serialFromCivilDate(2021, 1, 5) // 44201
 */
export function serialFromCivilDate(year: number, month: number, day: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468 + UNIX_EPOCH_SERIAL;
}

/**
 * Calendar date of a whole day serial (the inverse of serialFromCivilDate; the caller drops or rounds the
 * time of day first). Reference: Hinnant's `civil_from_days` (same page as above).
 *
 * Cost: O(1).
 *
 * @example civilDateOfDaySerial(44201) // { year: 2021, month: 1, day: 5 }
 */
export function civilDateOfDaySerial(daySerial: number): CivilDate {
  const shifted = daySerial - UNIX_EPOCH_SERIAL + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthPart = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthPart + 2) / 5) + 1;
  const month = monthPart < 10 ? monthPart + 3 : monthPart - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * ISO 8601 text "yyyy-mm-dd" of a calendar date (year padded to four digits).
 *
 * Cost: O(1).
 *
 * @example isoFromCivilDate({ year: 2017, month: 6, day: 30 }) // "2017-06-30"
 */
export function isoFromCivilDate(date: CivilDate): string {
  return `${padNumber(date.year, 4)}-${padNumber(date.month, 2)}-${padNumber(date.day, 2)}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Gregorian month length in days (a Date per call showed up in profiles at a million cells); 0 for a month
 * outside 1..12.
 *
 * Cost: O(1).
 *
 * @example daysInMonth(2000, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** `value` as decimal text left-padded with zeros to `width` digits. @example padNumber(7, 2) // "07" */
export function padNumber(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
