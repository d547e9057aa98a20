import { CoreError } from "../errors";
import type { NumberCell } from "../promo/cells";
import { isoDateFromSerial, serialFromDate, serialFromIsoDate } from "./serial-date";

/** A range of whole days, both ends included, as Excel serial days. */
export interface Period {
  readonly fromSerial: number;
  readonly toSerial: number;
}

/**
 * The period of a calendar year, 1 January to 31 December.
 *
 * @throws CoreError DATE_INVALID, DATE_OUT_OF_RANGE
 * @example yearPeriod(2017) // { fromSerial: 42736, toSerial: 43100 }
 */
export function yearPeriod(year: number): Period {
  return {
    fromSerial: serialFromDate({ year, month: 1, day: 1 }),
    toSerial: serialFromDate({ year, month: 12, day: 31 }),
  };
}

/**
 * A period from two ISO dates, both included.
 *
 * @throws CoreError DATE_INVALID, DATE_OUT_OF_RANGE, PERIOD_REVERSED
 * @example periodFromIsoDates("2017-01-01", "2017-06-30") // { fromSerial: 42736, toSerial: 42916 }
 */
export function periodFromIsoDates(fromIso: string, toIso: string): Period {
  return checkedPeriod({ fromSerial: serialFromIsoDate(fromIso), toSerial: serialFromIsoDate(toIso) });
}

/** Throws PERIOD_REVERSED / PERIOD_NOT_WHOLE_DAYS unless the period is whole days with from ≤ to. */
export function checkedPeriod(period: Period): Period {
  if (!Number.isInteger(period.fromSerial) || !Number.isInteger(period.toSerial)) {
    throw new CoreError("PERIOD_NOT_WHOLE_DAYS", "A period must start and end on whole days");
  }
  if (period.toSerial < period.fromSerial) {
    throw new CoreError(
      "PERIOD_REVERSED",
      `A period must start on or before its end (${describePeriod(period)})`,
    );
  }
  return period;
}

/** Days in the period, ends included. */
export function periodLengthDays(period: Period): number {
  return period.toSerial - period.fromSerial + 1;
}

/** "2017-01-01 – 2017-12-31". */
export function describePeriod(period: Period): string {
  const safeIso = (serial: number): string => {
    try {
      return isoDateFromSerial(serial);
    } catch {
      return String(serial);
    }
  };
  return `${safeIso(period.fromSerial)} – ${safeIso(period.toSerial)}`;
}

/**
 * Indexes of the rows whose date falls in the period (a serial with a time of day belongs to its day; blank
 * dates belong to no period).
 *
 * Cost: O(n).
 *
 * @example rowsInPeriod([42736.5, null, 43101], yearPeriod(2017)) // [0]
 */
export function rowsInPeriod(dates: readonly NumberCell[], period: Period): number[] {
  const rows: number[] = [];
  dates.forEach((date, row) => {
    if (date === null || !Number.isFinite(date)) return;
    const day = Math.floor(date);
    if (day >= period.fromSerial && day <= period.toSerial) rows.push(row);
  });
  return rows;
}
