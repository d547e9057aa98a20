import { CoreError } from "../errors";

/** Labels relabelled densely (0..clusterCount-1 in order of first label value) with each cluster's total weight. */
export interface DenseLabels {
  readonly labels: Int32Array;
  readonly clusterCount: number;
  readonly clusterWeights: Float64Array;
  /** Total weight of all rows (the number of members when unweighted). */
  readonly totalWeight: number;
}

/**
 * Checks cluster labels (one whole number ≥ 0 per row) and renumbers the clusters that occur as
 * 0..clusterCount-1 in ascending label order, so empty label values do not count as clusters.
 *
 * Cost: O(rows + largest label).
 *
 * @throws CoreError LABELS_LENGTH_MISMATCH, LABEL_INVALID
 * @example
 * const dense = denseLabels(Int32Array.of(4, 0, 4), 3, "silhouette");
 * dense.labels // Int32Array [1, 0, 1]
 * dense.clusterCount // 2
 */
export function denseLabels(
  labels: ArrayLike<number>,
  rows: number,
  functionName: string,
  weights?: Float64Array,
): DenseLabels {
  if (labels.length !== rows) {
    throw new CoreError(
      "LABELS_LENGTH_MISMATCH",
      `${labels.length} segment labels for ${rows} rows: one label per row is needed`,
    );
  }
  let largest = 0;
  for (let row = 0; row < rows; row++) {
    const label = labels[row] as number;
    if (!Number.isInteger(label) || label < 0 || label > 0x7fffffff) {
      throw new CoreError(
        "LABEL_INVALID",
        `A segment label is not a whole number ≥ 0 (row ${row + 1}, label ${label})`,
      );
    }
    if (label > largest) largest = label;
  }
  const present = new Int32Array(largest + 1).fill(-1);
  for (let row = 0; row < rows; row++) present[labels[row] as number] = 0;
  let clusterCount = 0;
  for (let label = 0; label <= largest; label++) if (present[label] === 0) present[label] = clusterCount++;
  const dense = new Int32Array(rows);
  const clusterWeights = new Float64Array(clusterCount);
  let totalWeight = 0;
  for (let row = 0; row < rows; row++) {
    const cluster = present[labels[row] as number] as number;
    const weight = weights?.[row] ?? 1;
    dense[row] = cluster;
    clusterWeights[cluster] = (clusterWeights[cluster] as number) + weight;
    totalWeight += weight;
  }
  return { labels: dense, clusterCount, clusterWeights, totalWeight };
}

/**
 * Throws unless there are between 2 and (members − 1) clusters, the range where silhouette,
 * Calinski-Harabasz and Davies-Bouldin are defined (scikit-learn's check_number_of_labels); members = the
 * total weight.
 *
 * Cost: O(1).
 *
 * @throws CoreError CLUSTER_COUNT_INVALID
 *
 * @example assertScorableClusterCount(denseLabels([0, 0, 0], 3, "silhouette")) // throws CoreError CLUSTER_COUNT_INVALID
 */
export function assertScorableClusterCount(dense: DenseLabels): void {
  if (dense.clusterCount < 2 || dense.clusterCount > dense.totalWeight - 1) {
    throw new CoreError(
      "CLUSTER_COUNT_INVALID",
      `The quality scores need from 2 to members − 1 segments (got ${dense.clusterCount} segments for ${dense.totalWeight} members)`,
    );
  }
}
