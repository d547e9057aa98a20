import { quantileSorted } from "simple-statistics";
import { CoreError } from "../errors";

/** Count, mean and the five-number summary of a sample. */
export interface QuartileSummary {
  readonly count: number;
  /** Arithmetic mean. */
  readonly mean: number;
  readonly min: number;
  /** First quartile, R type 7 (Excel `QUARTILE.INC(range, 1)`). */
  readonly q1: number;
  readonly median: number;
  /** Third quartile, R type 7 (Excel `QUARTILE.INC(range, 3)`). */
  readonly q3: number;
  readonly max: number;
}

/**
 * Mean and quartiles of a sample. Quartiles use linear interpolation between order statistics, R's type 7 —
 * the same as Excel's `QUARTILE.INC` / `PERCENTILE.INC` and numpy's default (simple-statistics
 * `quantileSorted`, correct for this from 7.8.9 on). Cost: O(n log n) for the sort.
 *
 * @throws CoreError EMPTY_SAMPLE when there are no values, VALUE_NOT_FINITE for NaN or ±Infinity
 * @example quartileSummary([3, 6, 7, 8, 8, 10, 13, 15, 16, 20]) // { count: 10, mean: 10.6, min: 3, q1: 7.25, median: 9, q3: 14.5, max: 20 }
 */
export function quartileSummary(values: readonly number[]): QuartileSummary {
  if (values.length === 0) throw new CoreError("EMPTY_SAMPLE", "At least one value is needed");
  let total = 0;
  for (const value of values) {
    if (!Number.isFinite(value)) throw new CoreError("VALUE_NOT_FINITE", "A value is not a finite number");
    total += value;
  }
  const sorted = Float64Array.from(values).sort();
  const sortedList = Array.from(sorted);
  return {
    count: values.length,
    mean: total / values.length,
    min: sortedList[0] as number,
    q1: quantileSorted(sortedList, 0.25),
    median: quantileSorted(sortedList, 0.5),
    q3: quantileSorted(sortedList, 0.75),
    max: sortedList[sortedList.length - 1] as number,
  };
}
