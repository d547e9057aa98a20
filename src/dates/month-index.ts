import { padNumber, serialFromCivilDate } from "./civil-date";
import { civilDateOfSerial } from "./serial-day";

// Calendar months as consecutive integers, for monthly activity and cohorts.

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
  return `${padNumber(year, 4)}-${padNumber(month, 2)}`;
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
