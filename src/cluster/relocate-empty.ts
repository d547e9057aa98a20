import { squaredDistance } from "./squared-distance";

/**
 * Re-seeds empty clusters as scikit-learn's `_relocate_empty_clusters_dense`: the m rows farthest from their
 * current centre (m = number of empty clusters) become the empty clusters' centres, in order (farthest row →
 * first empty cluster), and are taken out of their old cluster's sum. Labels are left alone; the next
 * assignment step moves rows. Ties in distance go to the lower row index, so the choice is deterministic.
 *
 * Cost: nothing when no cluster is empty; else O(rows × (columns + m)).
 *
 * @param sums weighted coordinate sums per cluster (k × columns), updated in place
 * @param clusterWeights total weight per cluster, updated in place
 *
 * @example
 * const sums = Float64Array.of(11, 0);
 * const clusterWeights = Float64Array.of(3, 0);
 * relocateEmptyClusters(Float64Array.of(0, 1, 10), 3, 1, Float64Array.of(1, 1, 1), Int32Array.of(0, 0, 0),
 *   Float64Array.of(0, 100), 2, sums, clusterWeights);
 * sums // Float64Array [1, 10] (row 3, the farthest from its centre, seeds the empty cluster)
 * clusterWeights // Float64Array [2, 1]
 */
export function relocateEmptyClusters(
  data: Float64Array,
  rows: number,
  columns: number,
  weights: Float64Array,
  labels: Int32Array,
  centers: Float64Array,
  k: number,
  sums: Float64Array,
  clusterWeights: Float64Array,
): void {
  const empty: number[] = [];
  for (let center = 0; center < k; center++) if (clusterWeights[center] === 0) empty.push(center);
  if (empty.length === 0) return;
  const farRows: number[] = [];
  const farDistances: number[] = [];
  for (let row = 0; row < rows; row++) {
    const distanceSq = squaredDistance(data, row, centers, (labels[row] as number) * columns, columns);
    if (farRows.length === empty.length && distanceSq <= (farDistances[farDistances.length - 1] as number))
      continue;
    let at = farRows.length;
    while (at > 0 && distanceSq > (farDistances[at - 1] as number)) at--;
    farRows.splice(at, 0, row);
    farDistances.splice(at, 0, distanceSq);
    if (farRows.length > empty.length) {
      farRows.pop();
      farDistances.pop();
    }
  }
  empty.forEach((center, index) => {
    const row = farRows[index] as number;
    const oldCluster = labels[row] as number;
    const weight = weights[row] as number;
    for (let column = 0; column < columns; column++) {
      const value = weight * (data[row * columns + column] as number);
      sums[oldCluster * columns + column] = (sums[oldCluster * columns + column] as number) - value;
      sums[center * columns + column] = value;
    }
    clusterWeights[oldCluster] = (clusterWeights[oldCluster] as number) - weight;
    clusterWeights[center] = weight;
  });
}
