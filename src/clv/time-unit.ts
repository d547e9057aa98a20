import { CoreError } from "../errors";

/** A time unit for BTYD summaries, model parameters, horizons and discount rates. */
export type TimeUnit = "days" | "weeks" | "months" | "years";

export const TIME_UNITS: readonly TimeUnit[] = ["days", "weeks", "months", "years"];

/**
 * Days per unit. A year is the Julian year of 365.25 days and a month a twelfth of it (30.4375 days), the
 * usual convention for converting between calendar-free units; a week is 7 days.
 */
const DAYS_PER_UNIT: Readonly<Record<TimeUnit, number>> = {
  days: 1,
  weeks: 7,
  months: 365.25 / 12,
  years: 365.25,
};

/**
 * Length of one `unit` in days (days 1, weeks 7, months 30.4375, years 365.25).
 *
 * Cost: O(1).
 *
 * @throws CoreError TIME_UNIT_UNKNOWN
 * @example daysPerTimeUnit("months") // 30.4375
 */
export function daysPerTimeUnit(unit: TimeUnit): number {
  const days = (DAYS_PER_UNIT as Readonly<Record<string, number>>)[unit];
  if (days === undefined) {
    throw new CoreError(
      "TIME_UNIT_UNKNOWN",
      `The time unit must be one of ${TIME_UNITS.join(", ")} (got ${String(unit)})`,
    );
  }
  return days;
}

/**
 * Converts a duration between units: `convertDuration(1, "months", "weeks")` is the number of weeks in a month.
 *
 * Cost: O(1).
 *
 * @throws CoreError TIME_UNIT_UNKNOWN, DURATION_NOT_FINITE
 * @example convertDuration(14, "days", "weeks") // 2
 */
export function convertDuration(value: number, fromUnit: TimeUnit, toUnit: TimeUnit): number {
  if (!Number.isFinite(value)) {
    throw new CoreError("DURATION_NOT_FINITE", `A duration must be a finite number (got ${String(value)})`);
  }
  return (value * daysPerTimeUnit(fromUnit)) / daysPerTimeUnit(toUnit);
}

/**
 * The discount rate per `periodUnit` equivalent to `rate` per `rateUnit` under compound interest:
 * (1 + rate)^(period length / rate length) − 1. An annual 12.68 % is 1 % a month; dividing the annual rate by
 * 12 (simple interest) or applying a monthly rate to weekly steps are the errors this avoids.
 *
 * Cost: O(1).
 *
 * @throws CoreError DISCOUNT_RATE_INVALID (not finite or ≤ −1), TIME_UNIT_UNKNOWN
 * @example discountRateForPeriod(0.1268250301319698, "years", "months") // 0.010000000000000005
 */
export function discountRateForPeriod(rate: number, rateUnit: TimeUnit, periodUnit: TimeUnit): number {
  if (!Number.isFinite(rate) || rate <= -1) {
    throw new CoreError("DISCOUNT_RATE_INVALID", `The discount rate must be above −1 (got ${String(rate)})`);
  }
  const exponent = daysPerTimeUnit(periodUnit) / daysPerTimeUnit(rateUnit);
  return Math.expm1(exponent * Math.log1p(rate));
}
