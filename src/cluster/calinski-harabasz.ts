import { assertScorableClusterCount, denseLabels } from "./cluster-labels";
import { clusterCentroids } from "./cluster-centroids";
import type { NumericMatrix } from "./matrix";
import { assertMatrix } from "./matrix";

/**
 * Calinski-Harabasz index (variance ratio criterion; Calinski & Harabasz 1974), as scikit-learn's
 * `calinski_harabasz_score`: [B / (k − 1)] / [W / (n − k)], with B the between-cluster dispersion
 * Σ n_c‖c_c − mean‖², W the within-cluster sum of squares, n the members (total weight) and k the clusters.
 * Higher is better. 1 when W = 0 (every cluster a single point), as scikit-learn.
 *
 * Cost: O(rows × columns).
 *
 * @throws CoreError the codes of assertMatrix, LABELS_LENGTH_MISMATCH, LABEL_INVALID, CLUSTER_COUNT_INVALID
 * @example calinskiHarabasz({ data: new Float64Array([0, 1, 10, 11]), rows: 4, columns: 1 }, [0, 0, 1, 1]) // 200
 */
export function calinskiHarabasz(matrix: NumericMatrix, labels: ArrayLike<number>): number {
  assertMatrix(matrix, "calinskiHarabasz");
  const { data, rows, columns, weights } = matrix;
  const dense = denseLabels(labels, rows, "calinskiHarabasz", weights);
  assertScorableClusterCount(dense);
  const { centroids, overallMean } = clusterCentroids(data, columns, dense, weights);
  let within = 0;
  for (let row = 0; row < rows; row++) {
    const offset = (dense.labels[row] as number) * columns;
    for (let column = 0; column < columns; column++) {
      const difference = (data[row * columns + column] as number) - (centroids[offset + column] as number);
      within += (weights?.[row] ?? 1) * difference * difference;
    }
  }
  let between = 0;
  for (let cluster = 0; cluster < dense.clusterCount; cluster++) {
    for (let column = 0; column < columns; column++) {
      const difference = (centroids[cluster * columns + column] as number) - (overallMean[column] as number);
      between += (dense.clusterWeights[cluster] as number) * difference * difference;
    }
  }
  if (within === 0) return 1;
  const clusters = dense.clusterCount;
  return (between * (dense.totalWeight - clusters)) / (within * (clusters - 1));
}
