import { assertScorableClusterCount } from "./cluster-labels";
import { summarizeClusters, type ClusterSummary } from "./cluster-summary";
import type { NumericMatrix } from "./matrix";
import { assertMatrix } from "./matrix";

/** A module constant: under Jest's vm context every global `Math.sqrt` lookup in a hot loop cost ~50×. */
const squareRoot = Math.sqrt;

/**
 * Davies-Bouldin index (Davies & Bouldin 1979), as scikit-learn's `davies_bouldin_score`: the mean over
 * clusters of max over other clusters of (s_i + s_j) / d(c_i, c_j), with s the mean (weighted) Euclidean
 * distance of a cluster's members to its centroid. Lower is better; 0 when every s is 0 or every centroid
 * coincides, and a pair of coinciding centroids counts 0 (scikit-learn's conventions).
 *
 * Cost: O(rows × columns + k² × columns).
 *
 * @throws CoreError the codes of assertMatrix, LABELS_LENGTH_MISMATCH, LABEL_INVALID, CLUSTER_COUNT_INVALID
 * @example daviesBouldin({ data: new Float64Array([0, 1, 10, 11]), rows: 4, columns: 1 }, [0, 0, 1, 1]) // 0.1
 */
export function daviesBouldin(matrix: NumericMatrix, labels: ArrayLike<number>): number {
  assertMatrix(matrix, "daviesBouldin");
  const clusters = summarizeClusters(matrix, labels, "daviesBouldin");
  assertScorableClusterCount(clusters.dense);
  return daviesBouldinOfClusters(matrix, clusters);
}

/**
 * {@link daviesBouldin} of a checked matrix from its clusters' summary, which it trusts (2 to members − 1
 * clusters): the sweep checks the matrix once and summarises each k once for every index.
 *
 * Cost: O(k² × columns).
 *
 * @example
 * import { summarizeClusters } from "./cluster-summary";
 * const matrix = { data: Float64Array.of(0, 1, 10, 11), rows: 4, columns: 1 };
 * daviesBouldinOfClusters(matrix, summarizeClusters(matrix, [0, 0, 1, 1], "daviesBouldin")) // 0.1
 * // (s = 0.5 in each cluster, centroids 10 apart: (0.5 + 0.5) / 10)
 */
export function daviesBouldinOfClusters(matrix: NumericMatrix, summary: ClusterSummary): number {
  const { columns } = matrix;
  const { dense, centroids, meanDistances: spread } = summary;
  const clusters = dense.clusterCount;
  let total = 0;
  for (let first = 0; first < clusters; first++) {
    let worst = 0;
    for (let second = 0; second < clusters; second++) {
      if (second === first) continue;
      let distanceSq = 0;
      for (let column = 0; column < columns; column++) {
        const difference =
          (centroids[first * columns + column] as number) - (centroids[second * columns + column] as number);
        distanceSq += difference * difference;
      }
      if (distanceSq === 0) continue;
      const ratio = ((spread[first] as number) + (spread[second] as number)) / squareRoot(distanceSq);
      if (ratio > worst) worst = ratio;
    }
    total += worst;
  }
  return total / clusters;
}
