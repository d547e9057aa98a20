/**
 * Weighted coordinate sums and total weight per cluster: `sums[label × columns + column]` and
 * `clusterWeights[label]` (both overwritten). The shared first half of a centroid computation.
 *
 * Cost: O(rows × columns).
 *
 * @example
 * const sums = new Float64Array(2);
 * const clusterWeights = new Float64Array(2);
 * clusterSums(Float64Array.of(1, 3, 10), 3, 1, Float64Array.of(1, 1, 1), Int32Array.of(0, 0, 1), sums, clusterWeights);
 * sums // Float64Array [4, 10]
 * clusterWeights // Float64Array [2, 1]
 */
export function clusterSums(
  data: Float64Array,
  rows: number,
  columns: number,
  weights: Float64Array,
  labels: Int32Array,
  sums: Float64Array,
  clusterWeights: Float64Array,
): void {
  sums.fill(0);
  clusterWeights.fill(0);
  for (let row = 0; row < rows; row++) {
    const label = labels[row] as number;
    const weight = weights[row] as number;
    clusterWeights[label] = (clusterWeights[label] as number) + weight;
    for (let column = 0; column < columns; column++) {
      const at = label * columns + column;
      sums[at] = (sums[at] as number) + weight * (data[row * columns + column] as number);
    }
  }
}

/**
 * Turns cluster sums into means in place; a cluster without weight takes `fallback`'s point instead.
 *
 * Cost: O(k × columns).
 *
 * @example
 * const sums = Float64Array.of(4, 10);
 * sumsToMeans(sums, Float64Array.of(2, 0), 1, Float64Array.of(0, 7));
 * sums // Float64Array [2, 7] (cluster 1 has no weight: it takes the fallback's 7)
 */
export function sumsToMeans(
  sums: Float64Array,
  clusterWeights: Float64Array,
  columns: number,
  fallback: Float64Array,
): void {
  clusterWeights.forEach((weight, cluster) => {
    for (let column = 0; column < columns; column++) {
      const at = cluster * columns + column;
      sums[at] = weight > 0 ? (sums[at] as number) / weight : (fallback[at] as number);
    }
  });
}
