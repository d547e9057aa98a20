import type { ColumnScaling } from "./standardize";

/** A k-means solution. Clusters are numbered by the `orderBy` keys (cluster 0 = highest centroid by default). */
export interface KMeansResult {
  readonly k: number;
  /** Cluster 0..k-1 of each row. */
  readonly labels: Int32Array;
  /** k × columns, row-major, in the input's original units. */
  readonly centroids: Float64Array;
  /** k × columns in the units clustered: z-scores with `standardize`, else equal to `centroids`. */
  readonly scaledCentroids: Float64Array;
  /** Weighted sum of squared distances to the assigned centroid, in the units clustered (sklearn's inertia_). */
  readonly inertia: number;
  /** Lloyd iterations of the winning restart. */
  readonly iterations: number;
  /** False when the winning restart stopped at maxIterations. */
  readonly converged: boolean;
  /** Total weight (member count when unweighted) of each cluster. */
  readonly clusterWeights: Float64Array;
  /** 0-based index of the winning restart. */
  readonly bestRestart: number;
  /** Column means and sds used to standardise, or null without `standardize`. */
  readonly scaling: ColumnScaling | null;
  /** Constant columns kept at 0 by standardisation (for a data-quality note). */
  readonly constantColumns: readonly number[];
}

/** Progress of a k-means run, yielded after every Lloyd iteration (for a worker's progress bar). */
export interface KMeansProgress {
  readonly k: number;
  /** 0-based restart. */
  readonly restart: number;
  readonly restarts: number;
  /** 1-based iteration within the restart. */
  readonly iteration: number;
  /** Estimated share of this k's work done, 0..1, never decreasing. */
  readonly fractionDone: number;
}
