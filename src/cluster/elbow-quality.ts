import { isCoreError } from "../errors";
import { calinskiHarabaszOfClusters } from "./calinski-harabasz";
import { assertScorableClusterCount } from "./cluster-labels";
import { summarizeClusters } from "./cluster-summary";
import { daviesBouldinOfClusters } from "./davies-bouldin";
import type { PreparedMatrix } from "./prepare-matrix";
import type { SilhouetteOptions, SilhouetteScore } from "./silhouette";
import { silhouetteScoreOfDense } from "./silhouette";

/** The quality scores of one k of a sweep. */
export interface ElbowQuality {
  readonly silhouette: number | null;
  /** Rows the silhouette was computed on when sampled, else null (exact). */
  readonly silhouetteSampleRows: number | null;
  readonly calinskiHarabasz: number;
  readonly daviesBouldin: number;
}

/**
 * Silhouette (on at most 5,000 sampled rows by default), Calinski-Harabasz and Davies-Bouldin of one k's
 * labels on the rows clustered (collapsed and weighted, standardised when asked); null where they are not
 * defined (k = 1 or k = members). The rows were checked once when prepared (prepareMatrix), and the labels
 * are made dense and the centroids computed once for the three indices (issue 14: checking and summarising
 * per index cost ~1.1 s of a 1,000,000-row sweep's 1.8 s of scores).
 *
 * Cost: O(s² × columns) for the silhouette on s rows plus O(rows × columns).
 *
 * @example
 * import { prepareMatrix } from "./prepare-matrix";
 * const matrix = { data: Float64Array.of(0, 1, 10, 11), rows: 4, columns: 1 };
 * const prepared = prepareMatrix(matrix, { standardize: false, onConstantColumn: "keep", collapseDuplicates: false }, "elbowSweep");
 * scoreQuality(prepared, Int32Array.of(0, 0, 1, 1), 2, {}, 0)
 * // { silhouette: 0.8997…, silhouetteSampleRows: null, calinskiHarabasz: 200, daviesBouldin: 0.1 }
 * scoreQuality(prepared, Int32Array.of(0, 0, 0, 0), 1, {}, 0) // null (k = 1)
 */
export function scoreQuality(
  prepared: PreparedMatrix,
  labels: Int32Array,
  k: number,
  silhouette: SilhouetteOptions,
  seed: number,
): ElbowQuality | null {
  if (k < 2) return null;
  const { clustered } = prepared;
  const clusters = summarizeClusters(clustered, labels, "elbowSweep");
  // The members (total weight) summed in row order, as the weights were before (same float sum).
  if (k > clusters.dense.totalWeight - 1) return null;
  let score: SilhouetteScore | null = null;
  try {
    score = silhouetteScoreOfDense(clustered, clusters.dense, {
      exactMaxRows: 5000,
      sampleSize: 5000,
      seed,
      ...silhouette,
    });
  } catch (error) {
    // A sample can miss every small cluster (one outlier row of a million at k = 2): no silhouette then.
    if (!(isCoreError(error) && error.code === "CLUSTER_COUNT_INVALID")) throw error;
  }
  assertScorableClusterCount(clusters.dense);
  return {
    silhouette: score?.mean ?? null,
    silhouetteSampleRows: score === null || !score.sampled ? null : score.rowsScored,
    calinskiHarabasz: calinskiHarabaszOfClusters(clustered, clusters),
    daviesBouldin: daviesBouldinOfClusters(clustered, clusters),
  };
}
