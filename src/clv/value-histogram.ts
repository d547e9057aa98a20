import { CoreError } from "../errors";

export interface HistogramBin {
  /** Inclusive lower edge. */
  readonly lowerBound: number;
  /** Exclusive upper edge, inclusive for the last bin. */
  readonly upperBound: number;
  readonly count: number;
}

/**
 * Equal-width histogram of values between their minimum and maximum (bins [lo, hi), the last [lo, hi]), for
 * the CLV distribution chart. When all values are equal there is one bin holding all of them.
 *
 * Cost: O(n + bins).
 *
 * @throws CoreError HISTOGRAM_EMPTY, HISTOGRAM_VALUE_INVALID, HISTOGRAM_BINS_INVALID (not a whole number ≥ 1)
 * @example valueHistogram([0, 1, 2, 3, 4], 2) // [{ lowerBound: 0, upperBound: 2, count: 2 }, { lowerBound: 2, upperBound: 4, count: 3 }]
 */
export function valueHistogram(values: readonly number[], binCount: number): HistogramBin[] {
  if (values.length === 0)
    throw new CoreError("HISTOGRAM_EMPTY", "At least one value is needed for the histogram");
  if (!Number.isInteger(binCount) || binCount < 1) {
    throw new CoreError(
      "HISTOGRAM_BINS_INVALID",
      `The histogram needs a whole number of bins ≥ 1 (got ${binCount})`,
    );
  }
  let lowest = Infinity;
  let highest = -Infinity;
  values.forEach((value, index) => {
    if (!Number.isFinite(value)) {
      throw new CoreError("HISTOGRAM_VALUE_INVALID", `A value is not a finite number (item ${index + 1})`);
    }
    lowest = Math.min(lowest, value);
    highest = Math.max(highest, value);
  });
  if (highest === lowest) return [{ lowerBound: lowest, upperBound: highest, count: values.length }];
  const width = (highest - lowest) / binCount;
  const counts = new Array<number>(binCount).fill(0);
  for (const value of values) {
    const index = Math.min(binCount - 1, Math.floor((value - lowest) / width));
    counts[index] = (counts[index] as number) + 1;
  }
  return counts.map((count, index) => ({
    lowerBound: lowest + index * width,
    upperBound: index === binCount - 1 ? highest : lowest + (index + 1) * width,
    count,
  }));
}
