import { CoreError } from "../errors";

/**
 * Sample quantiles by linear interpolation between order statistics: R's type 7, the same as Excel's
 * PERCENTILE.INC, numpy's default and simple-statistics' `quantile`. For sorted x of length n,
 * Q(p) = x[h] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) with h = (n − 1)p (0-based).
 *
 * Cost: one Float64Array copy and an O(n log n) numeric sort, then O(1) per probability.
 *
 * @throws CoreError QUANTILE_NO_VALUES, VALUE_NOT_FINITE, PROBABILITY_OUT_OF_RANGE
 * @example quantilesType7([3, 6, 7, 8, 8, 10, 13, 15, 16, 20], [0.25, 0.5, 0.75]) // [7.25, 9, 14.5]
 */
export function quantilesType7(values: ArrayLike<number>, probabilities: readonly number[]): number[] {
  if (values.length === 0) throw new CoreError("QUANTILE_NO_VALUES", "At least one value is needed");
  const sorted = Float64Array.from(values);
  for (let index = 0; index < sorted.length; index++) {
    if (!Number.isFinite(sorted[index])) {
      throw new CoreError("VALUE_NOT_FINITE", `Value ${index + 1} is not a finite number`);
    }
  }
  sorted.sort();
  return probabilities.map((probability) => quantileType7Sorted(sorted, probability));
}

/** As {@link quantilesType7}, one probability, for values already sorted ascending and finite. */
export function quantileType7Sorted(sorted: ArrayLike<number>, probability: number): number {
  if (sorted.length === 0) throw new CoreError("QUANTILE_NO_VALUES", "At least one value is needed");
  if (!(probability >= 0 && probability <= 1)) {
    throw new CoreError(
      "PROBABILITY_OUT_OF_RANGE",
      `A quantile must be between 0 and 1 (got ${probability})`,
    );
  }
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const lower = sorted[below] as number;
  if (below === position) return lower;
  return lower + (position - below) * ((sorted[below + 1] as number) - lower);
}
