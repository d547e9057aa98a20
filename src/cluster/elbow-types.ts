import type { KMeansOptions } from "./kmeans-options";
import type { KMeansProgress } from "./kmeans-run";
import type { KneePoint } from "./kneedle";
import type { SilhouetteOptions } from "./silhouette";
import type { ColumnScaling } from "./standardize";

export interface ElbowOptions extends KMeansOptions {
  /** @default 1 */
  readonly kMin?: number;
  /** Lowered to the number of distinct rows when there are fewer (see `kMaxClamped`). @default 10 */
  readonly kMax?: number;
  /** Score each k ≥ 2 by silhouette, Calinski-Harabasz and Davies-Bouldin. @default true */
  readonly quality?: boolean;
  /**
   * Silhouette sampling for the sweep. It costs O(n²) per k, so the sweep scores a seeded sample of 5,000
   * rows (the same rows for every k) when more rows are clustered. @default { exactMaxRows: 5000, sampleSize: 5000 }
   */
  readonly silhouette?: SilhouetteOptions;
}

/** One k of the sweep. Quality scores are null where undefined: k = 1, or k = members. */
export interface ElbowRun {
  readonly k: number;
  /** Within-cluster sum of squares (SSE, sklearn's inertia_), in the units clustered. */
  readonly inertia: number;
  /** Inertia of the previous k minus this one (the study's first difference, positive when it drops); null for kMin. */
  readonly inertiaDrop: number | null;
  readonly iterations: number;
  readonly converged: boolean;
  readonly silhouette: number | null;
  readonly calinskiHarabasz: number | null;
  readonly daviesBouldin: number | null;
  /** Members per cluster (total weight), clusters numbered as kmeans numbers them. */
  readonly clusterWeights: Float64Array;
}

export interface ElbowSweepResult {
  readonly runs: readonly ElbowRun[];
  /** Kneedle elbow of inertia against k (convex, decreasing, S = 1), or null (fewer than 3 k, or none). */
  readonly knee: KneePoint | null;
  readonly kMin: number;
  readonly kMax: number;
  /** True when kMax was lowered to the number of distinct rows. */
  readonly kMaxClamped: boolean;
  /** Rows of the seeded sample silhouettes were computed on, or null when they are exact. */
  readonly silhouetteSampleRows: number | null;
  /** The seed used (k-means restarts and the silhouette sample). */
  readonly seed: number;
  readonly scaling: ColumnScaling | null;
  readonly constantColumns: readonly number[];
}

/** Progress of a sweep: the k-means progress of the current k plus where the sweep is overall. */
export interface ElbowProgress extends KMeansProgress {
  /** 0-based position of k in kMin..kMax. */
  readonly kIndex: number;
  readonly kCount: number;
  readonly phase: "kmeans" | "quality";
  /** Share of the whole sweep done, 0..1, never decreasing. */
  readonly sweepFractionDone: number;
}
