import { civilDateOfDaySerial, type CivilDate } from "./civil-date";

// The day, time of day and weekday of a serial, rounding the time to the second first (as Excel's display
// does).

const SECONDS_PER_DAY = 86400;

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
 * Calendar date of a serial's day (the time of day is dropped after rounding to the second, as in
 * {@link splitSerial}); valid from serial 61 (1900-03-01). Cost: O(1).
 *
 * @example civilDateOfSerial(44201.75) // { year: 2021, month: 1, day: 5 }
 */
export function civilDateOfSerial(serial: number): CivilDate {
  return civilDateOfDaySerial(splitSerial(serial).daySerial);
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
