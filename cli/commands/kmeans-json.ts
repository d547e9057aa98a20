import type { ElbowSweepResult, KMeansResult, KRecommendation, RecommendationText } from "../../src/cluster";
import type { KMeansInput, SkippedCells, SkippedExample } from "./kmeans-input";

/** What `kmeans` computed; kmeansJson below and kmeans-sheet.ts turn it into JSON, the elbow sheet and text. */
export interface KMeansCliResult {
  readonly input: KMeansInput;
  readonly settings: { readonly seed: number; readonly restarts: number; readonly standardize: boolean };
  readonly sweep: ElbowSweepResult;
  /** Null when no criterion could vote (a single k = 1, or too few rows for quality scores). */
  readonly recommendation: { readonly votes: KRecommendation; readonly text: RecommendationText } | null;
  /** The clustering at k when --k named a single k, else null. */
  readonly single: KMeansResult | null;
  readonly flags: Readonly<Record<string, unknown>>;
}

export interface KMeansJson {
  readonly columns: readonly string[];
  readonly ignoredColumns: KMeansInput["ignoredColumns"];
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
export function kmeansJson(result: KMeansCliResult): KMeansJson {
  const { input, sweep, settings, recommendation, single } = result;
  return {
    columns: input.columns,
    ignoredColumns: input.ignoredColumns,
    rows: {
      read: input.loaded.table.rowCount,
      used: input.matrix.rows,
      skipped: input.skipped,
      skippedExamples: input.skippedExamples,
    },
    ...settings,
    kMin: sweep.kMin,
    kMax: sweep.kMax,
    kMaxClamped: sweep.kMaxClamped,
    constantColumns: sweep.constantColumns.map((column) => input.columns[column] as string),
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
    assignment: single === null ? null : assignmentJson(result, single),
  };
}

function assignmentJson(
  result: KMeansCliResult,
  single: KMeansResult,
): NonNullable<KMeansJson["assignment"]> {
  const labels = new Array<number | null>(result.input.loaded.table.rowCount).fill(null);
  result.input.usedRows.forEach((row, index) => (labels[row] = (single.labels[index] as number) + 1));
  const columns = result.input.columns.length;
  return {
    k: single.k,
    labels,
    centroids: Array.from({ length: single.k }, (_, cluster) =>
      Array.from(single.centroids.subarray(cluster * columns, (cluster + 1) * columns)),
    ),
    sizes: Array.from(single.clusterWeights),
  };
}
