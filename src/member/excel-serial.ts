/**
 * Calendar arithmetic on Excel serial day numbers (1900 date system), in UTC and without `Date`, so the
 * result never depends on the machine's time zone.
 *
 * Serial 25569 is 1970-01-01; the integer part counts days, the fraction is the time of day. Excel's 1900
 * system counts a 1900-02-29 that never existed (serial 60), so serials map to real calendar dates only from
 * 61 (1900-03-01) on: that is the first serial these functions accept.
 */

/** First serial with a real calendar date (1900-03-01). */
export const FIRST_CALENDAR_SERIAL = 61;
/** One past the last serial Excel can show (9999-12-31 is 2958465). */
export const END_SERIAL = 2958466;
const UNIX_EPOCH_SERIAL = 25569;
const SECONDS_PER_DAY = 86400;

/** True for a finite serial in [61, 2958466): 1900-03-01 up to the end of 9999-12-31. */
export function isCalendarSerial(serial: number): boolean {
  return Number.isFinite(serial) && serial >= FIRST_CALENDAR_SERIAL && serial < END_SERIAL;
}

/**
 * Excel serial of a calendar date (proleptic Gregorian, valid from 1900-03-01): Excel's `DATE(year, month, day)`.
 * Uses Howard Hinnant's `days_from_civil` (https://howardhinnant.github.io/date_algorithms.html). Cost: O(1).
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

/** A calendar date; month and day start at 1. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Calendar date of a serial's day (the time of day is dropped after rounding to the second, as in
 * {@link splitSerial}): Hinnant's `civil_from_days`. Cost: O(1).
 *
 * @example civilDateOfSerial(44201.75) // { year: 2021, month: 1, day: 5 }
 */
export function civilDateOfSerial(serial: number): CivilDate {
  const shifted = splitSerial(serial).daySerial - UNIX_EPOCH_SERIAL + 719468;
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
 * Day of the week of a serial, 0 = Sunday … 6 = Saturday: `((day − 1) mod 7)`, which is Excel's
 * `WEEKDAY(serial, 1) − 1` (serial 1 is a Sunday in Excel's reckoning; real dates agree from serial 61 on,
 * e.g. 1970-01-01 = 25569 is a Thursday). Takes the day after rounding the time to the second, as
 * {@link splitSerial} does. Cost: O(1).
 *
 * @example weekdayOfSerial(44201) // 2 (2021-01-05 was a Tuesday)
 */
export function weekdayOfSerial(serial: number): number {
  const day = splitSerial(serial).daySerial;
  return (((day - 1) % 7) + 7) % 7;
}

/** A serial split into its day and the time of day in whole seconds. */
export interface SerialParts {
  /** Integer serial of the day. */
  readonly daySerial: number;
  /** Seconds since midnight, 0..86399. */
  readonly secondOfDay: number;
}

/**
 * Splits a serial into day and second of day, rounding the time to the nearest second first (Excel stores
 * 14:00 as 0.58333…, which times 24 is 13.99999…; rounding keeps it in hour 14, and 23:59:59.6 rolls over to
 * the next day, as Excel's own display does). Cost: O(1).
 *
 * @example splitSerial(44201.75) // { daySerial: 44201, secondOfDay: 64800 }
 */
export function splitSerial(serial: number): SerialParts {
  const totalSeconds = Math.round(serial * SECONDS_PER_DAY);
  const daySerial = Math.floor(totalSeconds / SECONDS_PER_DAY);
  return { daySerial, secondOfDay: totalSeconds - daySerial * SECONDS_PER_DAY };
}

/**
 * Month number of a serial, counted as `year × 12 + (month − 1)`, so consecutive calendar months differ by
 * one (2021-01 → 24252, 2021-02 → 24253). Cost: O(1).
 *
 * @example monthIndexOfSerial(44201) // 24252
 */
export function monthIndexOfSerial(serial: number): number {
  const { year, month } = civilDateOfSerial(serial);
  return year * 12 + month - 1;
}

/**
 * ISO label "YYYY-MM" of a month index from {@link monthIndexOfSerial}.
 *
 * @example monthLabel(24252) // "2021-01"
 */
export function monthLabel(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/**
 * Serial of the first day of a month index: the serial Excel shows as that month when formatted "yyyy-mm".
 *
 * @example serialOfMonthStart(24253) // 44228 (2021-02-01)
 */
export function serialOfMonthStart(monthIndex: number): number {
  const year = Math.floor(monthIndex / 12);
  return serialFromCivilDate(year, monthIndex - year * 12 + 1, 1);
}
