import { clusterCentroids } from "./cluster-centroids";
import { denseLabels, type DenseLabels } from "./cluster-labels";
import type { NumericMatrix } from "./matrix";

/** A module constant: under Jest's vm context every global `Math.sqrt` lookup in a hot loop cost ~50×. */
const squareRoot = Math.sqrt;

/** One labelling's clusters as the quality indices read them. */
export interface ClusterSummary {
  readonly dense: DenseLabels;
  /** Weighted centroid of each dense cluster, row-major (clusterCount × columns). */
  readonly centroids: Float64Array;
  /** Weighted mean of all rows. */
  readonly overallMean: Float64Array;
  /** Σ weight × squared distance of each row to its centroid (Calinski-Harabasz's W). */
  readonly withinSumOfSquares: number;
  /** Weighted mean Euclidean distance of each cluster's rows to its centroid (Davies-Bouldin's s). */
  readonly meanDistances: Float64Array;
}

/**
 * Dense labels, centroids and the spread around them of one labelling, computed once and shared by
 * Calinski-Harabasz and Davies-Bouldin (and the silhouette's dense labels): the sweep used to redo them for
 * each index, five passes over a million rows per k where two do (issue 14). The sums run in the order each
 * index ran them alone, so the scores are the same to the last bit.
 *
 * Cost: O(rows × columns + largest label).
 *
 * @param functionName the public function, for the error message
 * @throws CoreError LABELS_LENGTH_MISMATCH, LABEL_INVALID
 * @example
 * const summary = summarizeClusters({ data: Float64Array.of(0, 2, 10), rows: 3, columns: 1 }, [5, 5, 7], "calinskiHarabasz");
 * summary.dense.labels // Int32Array [0, 0, 1]
 * summary.centroids // Float64Array [1, 10]
 * summary.overallMean // Float64Array [4]
 * summary.withinSumOfSquares // 2 (1² + 1² + 0²)
 * summary.meanDistances // Float64Array [1, 0]
 */
export function summarizeClusters(
  matrix: NumericMatrix,
  labels: ArrayLike<number>,
  functionName: string,
): ClusterSummary {
  const dense = denseLabels(labels, matrix.rows, functionName, matrix.weights);
  const { centroids, overallMean } = clusterCentroids(matrix.data, matrix.columns, dense, matrix.weights);
  const { data, rows, columns, weights } = matrix;
  let withinSumOfSquares = 0;
  const meanDistances = new Float64Array(dense.clusterCount);
  for (let row = 0; row < rows; row++) {
    const cluster = dense.labels[row] as number;
    const weight = weights?.[row] ?? 1;
    let distanceSq = 0;
    for (let column = 0; column < columns; column++) {
      const difference =
        (data[row * columns + column] as number) - (centroids[cluster * columns + column] as number);
      withinSumOfSquares += weight * difference * difference;
      distanceSq += difference * difference;
    }
    meanDistances[cluster] = (meanDistances[cluster] as number) + weight * squareRoot(distanceSq);
  }
  for (let cluster = 0; cluster < dense.clusterCount; cluster++) {
    meanDistances[cluster] = (meanDistances[cluster] as number) / (dense.clusterWeights[cluster] as number);
  }
  return { dense, centroids, overallMean, withinSumOfSquares, meanDistances };
}
