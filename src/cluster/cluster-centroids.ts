import type { DenseLabels } from "./cluster-labels";

/**
 * Weighted centroid of each (dense) cluster and the weighted mean of all rows.
 *
 * Cost: O(rows × columns).
 *
 * @example
 * import { denseLabels } from "./cluster-labels";
 * clusterCentroids(Float64Array.from([0, 2, 10]), 1, denseLabels([0, 0, 1], 3, "calinskiHarabasz"), undefined)
 * // { centroids: Float64Array [1, 10], overallMean: Float64Array [4] }
 */
export function clusterCentroids(
  data: Float64Array,
  columns: number,
  dense: DenseLabels,
  weights: Float64Array | undefined,
): { centroids: Float64Array; overallMean: Float64Array } {
  const { labels, clusterCount, clusterWeights, totalWeight } = dense;
  const centroids = new Float64Array(clusterCount * columns);
  const overallMean = new Float64Array(columns);
  for (let row = 0; row < labels.length; row++) {
    const weight = weights?.[row] ?? 1;
    const offset = (labels[row] as number) * columns;
    for (let column = 0; column < columns; column++) {
      const value = weight * (data[row * columns + column] as number);
      centroids[offset + column] = (centroids[offset + column] as number) + value;
      overallMean[column] = (overallMean[column] as number) + value;
    }
  }
  for (let index = 0; index < centroids.length; index++) {
    centroids[index] = (centroids[index] as number) / (clusterWeights[Math.floor(index / columns)] as number);
  }
  for (let column = 0; column < columns; column++)
    overallMean[column] = (overallMean[column] as number) / totalWeight;
  return { centroids, overallMean };
}
