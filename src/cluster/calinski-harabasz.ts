import { assertScorableClusterCount } from "./cluster-labels";
import { summarizeClusters, type ClusterSummary } from "./cluster-summary";
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
  const clusters = summarizeClusters(matrix, labels, "calinskiHarabasz");
  assertScorableClusterCount(clusters.dense);
  return calinskiHarabaszOfClusters(matrix, clusters);
}

/**
 * {@link calinskiHarabasz} of a checked matrix from its clusters' summary, which it trusts (2 to members − 1
 * clusters): the sweep checks the matrix once and summarises each k once for every index.
 *
 * Cost: O(k × columns).
 *
 * @example
 * import { summarizeClusters } from "./cluster-summary";
 * const matrix = { data: Float64Array.of(0, 1, 10, 11), rows: 4, columns: 1 };
 * calinskiHarabaszOfClusters(matrix, summarizeClusters(matrix, [0, 0, 1, 1], "calinskiHarabasz")) // 200
 * // (B = 2 · 5² + 2 · 5² = 100, W = 4 · 0.5² = 1: (100 / 1) / (1 / 2))
 */
export function calinskiHarabaszOfClusters(matrix: NumericMatrix, clusters: ClusterSummary): number {
  const { columns } = matrix;
  const { dense, centroids, overallMean, withinSumOfSquares } = clusters;
  let between = 0;
  for (let cluster = 0; cluster < dense.clusterCount; cluster++) {
    for (let column = 0; column < columns; column++) {
      const difference = (centroids[cluster * columns + column] as number) - (overallMean[column] as number);
      between += (dense.clusterWeights[cluster] as number) * difference * difference;
    }
  }
  if (withinSumOfSquares === 0) return 1;
  const clusterCount = dense.clusterCount;
  return (between * (dense.totalWeight - clusterCount)) / (withinSumOfSquares * (clusterCount - 1));
}
