import type { NumberCell } from "../promo/cells";
import { describePeriod, periodLengthDays, rowsInPeriod, type Period } from "./period";
import { isoDateFromSerial } from "./serial-date";

/** Which days of a period have data: the first and last day with a row (null when none has). */
export interface PeriodCoverage {
  readonly period: Period;
  readonly rowCount: number;
  readonly firstSerial: number | null;
  readonly lastSerial: number | null;
}

/** A reason the two periods may not be comparable; `message` is English, the report localises by code. */
export type PeriodWarning =
  | { readonly code: "PERIOD_EMPTY"; readonly which: "current" | "previous"; readonly message: string }
  | {
      readonly code: "PERIOD_LENGTH_MISMATCH";
      readonly currentDays: number;
      readonly previousDays: number;
      readonly message: string;
    }
  | {
      readonly code: "PARTIAL_PERIOD";
      /** Days from period start to the first day with data, and from the last day with data to period end. */
      readonly current: {
        readonly startOffsetDays: number;
        readonly endGapDays: number;
        readonly firstIso: string;
        readonly lastIso: string;
      };
      readonly previous: {
        readonly startOffsetDays: number;
        readonly endGapDays: number;
        readonly firstIso: string;
        readonly lastIso: string;
      } | null;
      /** Both periods trimmed to the span both cover (same offsets from each period's start and end). */
      readonly likeForLike: { readonly current: Period; readonly previous: Period | null };
      readonly message: string;
    };

/** The coverage of `period` by the dated rows. Cost: O(n). */
export function periodCoverage(dates: readonly NumberCell[], period: Period): PeriodCoverage {
  let firstSerial: number | null = null;
  let lastSerial: number | null = null;
  const rows = rowsInPeriod(dates, period);
  for (const row of rows) {
    const day = Math.floor(dates[row] as number);
    if (firstSerial === null || day < firstSerial) firstSerial = day;
    if (lastSerial === null || day > lastSerial) lastSerial = day;
  }
  return { period, rowCount: rows.length, firstSerial, lastSerial };
}

/**
 * The partial-period guard. Compares where the data starts and ends inside each period, in days from the
 * period's start and to its end (so 2017-06-30 and 2016-06-30 both end 184 days before 31 December, leap
 * year or not): a difference above `toleranceDays` warns PARTIAL_PERIOD, e.g. the current year has data only
 * to 2017-06-30 while the previous covers the whole of 2016, and suggests like-for-like periods. Periods of
 * different lengths (beyond the tolerance, which absorbs 29 February) warn PERIOD_LENGTH_MISMATCH. With no
 * previous coverage (last year's values pasted), the current period is checked against its own bounds.
 *
 * @example
 * import { yearPeriod } from "./period";
 * const dates = [42370, 42735, 42736, 42916];
 * partialPeriodWarnings(periodCoverage(dates, yearPeriod(2017)), periodCoverage(dates, yearPeriod(2016)))
 *   .map((warning) => (warning.code === "PARTIAL_PERIOD" ? warning.likeForLike : warning.code))
 * // [{ current: { fromSerial: 42736, toSerial: 42916 }, previous: { fromSerial: 42370, toSerial: 42551 } }]
 * // (2017's data end on 30 June, 2016's cover the year: compare 1 January – 30 June of both)
 */
export function partialPeriodWarnings(
  current: PeriodCoverage,
  previous: PeriodCoverage | null,
  toleranceDays = 1,
): PeriodWarning[] {
  const warnings: PeriodWarning[] = [];
  for (const [which, coverage] of [
    ["current", current],
    ["previous", previous],
  ] as const) {
    if (coverage !== null && coverage.rowCount === 0) {
      warnings.push({
        code: "PERIOD_EMPTY",
        which,
        message: `the ${which} period ${describePeriod(coverage.period)} has no rows`,
      });
    }
  }
  if (warnings.length > 0) return warnings;
  const currentDays = periodLengthDays(current.period);
  if (previous !== null && Math.abs(currentDays - periodLengthDays(previous.period)) > toleranceDays) {
    const previousDays = periodLengthDays(previous.period);
    warnings.push({
      code: "PERIOD_LENGTH_MISMATCH",
      currentDays,
      previousDays,
      message: `the periods have ${currentDays} and ${previousDays} days`,
    });
  }
  const currentSpan = span(current);
  const previousSpan = previous === null ? null : span(previous);
  const referenceStart = previousSpan?.startOffsetDays ?? 0;
  const referenceEnd = previousSpan?.endGapDays ?? 0;
  if (
    Math.abs(currentSpan.startOffsetDays - referenceStart) > toleranceDays ||
    Math.abs(currentSpan.endGapDays - referenceEnd) > toleranceDays
  ) {
    const startOffset = Math.max(currentSpan.startOffsetDays, referenceStart);
    const endGap = Math.max(currentSpan.endGapDays, referenceEnd);
    const trim = (period: Period): Period => ({
      fromSerial: period.fromSerial + startOffset,
      toSerial: period.toSerial - endGap,
    });
    const likeForLike = {
      current: trim(current.period),
      previous: previous === null ? null : trim(previous.period),
    };
    const previousText =
      previousSpan === null
        ? "its bounds"
        : `previous data ${previousSpan.firstIso} – ${previousSpan.lastIso}`;
    warnings.push({
      code: "PARTIAL_PERIOD",
      current: currentSpan,
      previous: previousSpan,
      likeForLike,
      message: `current data ${currentSpan.firstIso} – ${currentSpan.lastIso} does not cover the same span as ${previousText}; compare ${describePeriod(likeForLike.current)}${likeForLike.previous === null ? "" : ` with ${describePeriod(likeForLike.previous)}`}`,
    });
  }
  return warnings;
}

function span(coverage: PeriodCoverage): {
  startOffsetDays: number;
  endGapDays: number;
  firstIso: string;
  lastIso: string;
} {
  const first = coverage.firstSerial ?? coverage.period.fromSerial;
  const last = coverage.lastSerial ?? coverage.period.toSerial;
  return {
    startOffsetDays: first - coverage.period.fromSerial,
    endGapDays: coverage.period.toSerial - last,
    firstIso: isoDateFromSerial(first),
    lastIso: isoDateFromSerial(last),
  };
}
