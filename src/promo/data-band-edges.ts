import { ckmeans, quantileSorted } from "simple-statistics";
import { CoreError } from "../errors";
import { validateBandEdges } from "./band-edges";
import { numberOrNull, type NumberCell } from "./cells";

/**
 * Equal-frequency band edges, as pandas.qcut: the quantiles at 0, 1/q, …, 1 of the non-blank values with
 * linear interpolation (R type 7 = numpy's default = Excel PERCENTILE.INC). Use them with the default cut
 * options (right-closed, lowest included), as qcut does. Repeated values can make two quantiles equal;
 * like qcut (duplicates="raise") that is an error — ask for fewer bands.
 *
 * Cost: O(n log n).
 *
 * @throws CoreError BAND_COUNT_INVALID, BAND_VALUES_EMPTY, BAND_EDGES_DUPLICATE
 * @example quantileBandEdges([1, 2, 3, 4, 5], 2) // [1, 3, 5]
 */
export function quantileBandEdges(values: readonly NumberCell[], bandCount: number): number[] {
  const sorted = sortedFinite("quantileBandEdges", values, bandCount);
  const edges: number[] = [];
  for (let k = 0; k <= bandCount; k++) edges.push(quantileSorted(sorted, k / bandCount));
  validateBandEdges(edges);
  return edges;
}

/**
 * Natural-break band edges from Ckmeans.1d.dp (simple-statistics `ckmeans`: optimal 1-D k-means, Wang & Song
 * 2011): [min of cluster 1, max of cluster 1, max of cluster 2, …, max of cluster k]. With the default cut
 * options (right-closed, lowest included) every value lands in the band of its cluster.
 *
 * Cost: O(k n log n) (ckmeans).
 *
 * @throws CoreError BAND_COUNT_INVALID, BAND_VALUES_EMPTY, BAND_COUNT_TOO_LARGE, BAND_EDGES_DUPLICATE
 * @example naturalBreakBandEdges([1, 2, 3, 10, 11, 12], 2) // [1, 3, 12]
 */
export function naturalBreakBandEdges(values: readonly NumberCell[], bandCount: number): number[] {
  const sorted = sortedFinite("naturalBreakBandEdges", values, bandCount);
  const distinctCount = new Set(sorted).size;
  if (bandCount > distinctCount) {
    throw new CoreError(
      "BAND_COUNT_TOO_LARGE",
      `${bandCount} bands need at least ${bandCount} distinct values (got ${distinctCount})`,
    );
  }
  const clusters = ckmeans(sorted, bandCount);
  const edges = [sorted[0] as number];
  for (const cluster of clusters) edges.push(cluster[cluster.length - 1] as number);
  validateBandEdges(edges);
  return edges;
}

function sortedFinite(functionName: string, values: readonly NumberCell[], bandCount: number): number[] {
  if (!Number.isInteger(bandCount) || bandCount < 1) {
    throw new CoreError(
      "BAND_COUNT_INVALID",
      `The number of bands must be a whole number ≥ 1 (got ${bandCount})`,
    );
  }
  const finite: number[] = [];
  for (const value of values) {
    const number = numberOrNull(value);
    if (number !== null) finite.push(number);
  }
  if (finite.length === 0)
    throw new CoreError("BAND_VALUES_EMPTY", "At least one non-blank value is needed for the bands");
  return finite.sort((a, b) => a - b);
}
