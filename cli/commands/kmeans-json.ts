import type { KMeansAnalysisResult } from "../../src/analysis/kmeans";
import type { KMeansPoints, SkippedCells, SkippedExample } from "../../src/analysis/kmeans-points";
import type { KRecommendation } from "../../src/cluster";
import type { CommandRun } from "./analysis-input";

/** What `kmeans` ran; kmeansJson below and kmeans-text.ts turn it into JSON and text (the sheet is the core's). */
export type KMeansCliResult = CommandRun<KMeansAnalysisResult>;

export interface KMeansJson {
  readonly columns: readonly string[];
  readonly ignoredColumns: KMeansPoints["ignoredColumns"];
  readonly rows: {
    readonly read: number;
    readonly used: number;
    readonly skipped: SkippedCells;
    readonly skippedExamples: readonly SkippedExample[];
  };
  readonly standardize: boolean;
  readonly seed: number;
  readonly restarts: number;
  readonly kMin: number;
  readonly kMax: number;
  /** True when --k went past the number of distinct rows and was lowered to it. */
  readonly kMaxClamped: boolean;
  readonly constantColumns: readonly string[];
  readonly runs: readonly {
    readonly k: number;
    readonly inertia: number;
    readonly inertiaDrop: number | null;
    readonly iterations: number;
    readonly converged: boolean;
    readonly silhouette: number | null;
    readonly calinskiHarabasz: number | null;
    readonly daviesBouldin: number | null;
  }[];
  /** The k at the Kneedle elbow, or null. */
  readonly knee: number | null;
  /** Mean silhouette per run (same order as runs); null at k = 1 and where undefined. */
  readonly silhouette: readonly (number | null)[];
  readonly silhouetteSampled: boolean;
  readonly recommendedK: number | null;
  readonly recommendation: {
    readonly summary: string;
    readonly reasons: readonly string[];
    readonly warning: string | null;
    readonly votes: KRecommendation["votes"];
  } | null;
  /** With a single --k: cluster (1-based) per data row read (null where skipped), centres and sizes. */
  readonly assignment: {
    readonly k: number;
    readonly labels: readonly (number | null)[];
    readonly centroids: readonly (readonly number[])[];
    readonly sizes: readonly number[];
  } | null;
}

/** The --json document. */
export function kmeansJson({ run }: KMeansCliResult): KMeansJson {
  const { points, sweep, settings, recommendation, assignment } = run.result;
  return {
    columns: points.columns,
    ignoredColumns: points.ignoredColumns,
    rows: {
      read: points.readRowCount,
      used: points.matrix.rows,
      skipped: points.skipped,
      skippedExamples: points.skippedExamples,
    },
    seed: settings.seed,
    restarts: settings.restarts,
    standardize: settings.standardize,
    kMin: sweep.kMin,
    kMax: sweep.kMax,
    kMaxClamped: sweep.kMaxClamped,
    constantColumns: sweep.constantColumns.map((column) => points.columns[column] as string),
    runs: sweep.runs.map(
      ({ k, inertia, inertiaDrop, iterations, converged, silhouette, calinskiHarabasz, daviesBouldin }) => ({
        k,
        inertia,
        inertiaDrop,
        iterations,
        converged,
        silhouette,
        calinskiHarabasz,
        daviesBouldin,
      }),
    ),
    knee: sweep.knee?.x ?? null,
    silhouette: sweep.runs.map((run) => run.silhouette),
    silhouetteSampled: sweep.silhouetteSampleRows !== null,
    recommendedK: recommendation?.votes.recommendedK ?? null,
    recommendation:
      recommendation === null ? null : { ...recommendation.text, votes: recommendation.votes.votes },
    assignment:
      assignment === null
        ? null
        : {
            k: assignment.k,
            labels: assignment.rowClusters,
            centroids: assignment.centroids,
            sizes: assignment.sizes,
          },
  };
}
