import type { ClusterOrderKey } from "./kmeans-options";

/**
 * The stable numbering of clusters: sorts centroids by the keys (each descending unless "asc"), ties broken
 * by the order found, and returns `newIndexOf[old]`. Any increasing per-column transform (e.g. z-scores)
 * gives the same order, so centroids in either unit can be passed.
 *
 * Cost: O(k log k × keys).
 *
 * @example clusterOrder(new Float64Array([1, 5, 3]), 3, 1, [{ column: 0 }]) // Int32Array [2, 0, 1]
 */
export function clusterOrder(
  centroids: Float64Array,
  k: number,
  columns: number,
  orderBy: readonly ClusterOrderKey[],
): Int32Array {
  const oldIndices = Array.from({ length: k }, (_, index) => index);
  oldIndices.sort((first, second) => {
    for (const key of orderBy) {
      const firstValue = centroids[first * columns + key.column] as number;
      const secondValue = centroids[second * columns + key.column] as number;
      if (firstValue !== secondValue) {
        const ascending = firstValue < secondValue ? -1 : 1;
        return key.direction === "asc" ? ascending : -ascending;
      }
    }
    return first - second;
  });
  const newIndexOf = new Int32Array(k);
  oldIndices.forEach((oldIndex, newIndex) => {
    newIndexOf[oldIndex] = newIndex;
  });
  return newIndexOf;
}

/**
 * Applies a renumbering in place to labels and returns the centroids (k × columns) in the new order.
 *
 * Cost: O(rows + k × columns).
 *
 * @example renumberClusters(new Int32Array([0, 1]), new Float64Array([1, 5]), 1, new Int32Array([1, 0])).centroids // Float64Array [5, 1]
 */
export function renumberClusters(
  labels: Int32Array,
  centroids: Float64Array,
  columns: number,
  newIndexOf: Int32Array,
): { labels: Int32Array; centroids: Float64Array } {
  for (let row = 0; row < labels.length; row++) labels[row] = newIndexOf[labels[row] as number] as number;
  const reordered = new Float64Array(centroids.length);
  newIndexOf.forEach((newIndex, oldIndex) => {
    reordered.set(centroids.subarray(oldIndex * columns, (oldIndex + 1) * columns), newIndex * columns);
  });
  return { labels, centroids: reordered };
}
