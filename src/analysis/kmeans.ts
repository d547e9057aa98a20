import {
  sweepRecommendation,
  type ElbowSweepResult,
  type KMeansResult,
  type KMeansTaskRunner,
  type SweepRecommendation,
} from "../cluster";
import { kmeansSheet } from "../report/kmeans-sheet";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";
import type { KMeansPoints } from "./kmeans-points";
import {
  kmeansAt,
  kmeansSweep,
  kmeansSweepWith,
  resolveKMeansSettings,
  type KMeansSettings,
} from "./kmeans-settings";

/** The clusters at one k, per data row of the table. */
export interface KMeansAssignment {
  readonly k: number;
  readonly result: KMeansResult;
  /** Cluster (1 to k) of each data row read, null where the row was skipped. */
  readonly rowClusters: readonly (number | null)[];
  /** Centre of each cluster, one value per column, in the columns' own units. */
  readonly centroids: readonly (readonly number[])[];
  /** Rows per cluster. */
  readonly sizes: readonly number[];
}

export interface KMeansAnalysisResult {
  readonly points: KMeansPoints;
  readonly settings: Required<KMeansSettings>;
  readonly sweep: ElbowSweepResult;
  /** Null when no criterion could vote (a single k, or too few rows for quality scores). */
  readonly recommendation: SweepRecommendation | null;
  /** The clusters at k when kMin = kMax, else null. */
  readonly assignment: KMeansAssignment | null;
}

/**
 * k-means on a numeric table (rows = points): the elbow sweep kMin..kMax with the knee, the quality scores and
 * the recommended k, and, when one k is asked for, the clusters with their centres; the result sheet is the
 * elbow table with the scores and notes, and the centres at that k.
 *
 * Cost: the sweep (see elbowSweep) plus one k-means run for a single k.
 *
 * @throws CoreError the codes of kmeansSweep and kmeansAt (TOO_FEW_ROWS, K_EXCEEDS_DISTINCT_ROWS with details
 *   argument "kMin", …)
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * import { kmeansPoints } from "./kmeans-points";
 * kmeansAnalysis(kmeansPoints(tableFromGrid({ values: [["x"], [0], [1], [10], [11]] }), { grid: { values: [] } }), { kMin: 2, kMax: 2 }, { locale: "en", runRecord: { inputAddress: "x.csv", rowCount: 4, parameters: {}, engineVersion: "test", timestampIso: "" } }).result.assignment?.rowClusters // [2, 2, 1, 1]
 */
export function kmeansAnalysis(
  points: KMeansPoints,
  settings: KMeansSettings,
  context: AnalysisContext,
): AnalysisRun<KMeansAnalysisResult> {
  const resolved = resolveKMeansSettings(settings);
  return kmeansRunOf(points, resolved, kmeansSweep(points.matrix, resolved), context);
}

/**
 * {@link kmeansAnalysis} with the sweep's restarts and k values run by `runner` (the command line's worker
 * threads): the same result whatever the runner.
 *
 * Cost: as kmeansAnalysis, the sweep spread over the runner's workers.
 *
 * @throws CoreError as kmeansAnalysis
 * @example
 * import { serialTaskRunner } from "../cluster";
 * import { tableFromGrid } from "../table/table-from-grid";
 * import { kmeansPoints } from "./kmeans-points";
 * (await kmeansAnalysisWith(kmeansPoints(tableFromGrid({ values: [["x"], [0], [1], [10], [11]] }), { grid: { values: [] } }), { kMin: 2, kMax: 2 }, { locale: "en", runRecord: { inputAddress: "x.csv", rowCount: 4, parameters: {}, engineVersion: "test", timestampIso: "" } }, serialTaskRunner)).result.assignment?.rowClusters // [2, 2, 1, 1]
 */
export async function kmeansAnalysisWith(
  points: KMeansPoints,
  settings: KMeansSettings,
  context: AnalysisContext,
  runner: KMeansTaskRunner,
): Promise<AnalysisRun<KMeansAnalysisResult>> {
  const resolved = resolveKMeansSettings(settings);
  return kmeansRunOf(points, resolved, await kmeansSweepWith(points.matrix, resolved, runner), context);
}

function kmeansRunOf(
  points: KMeansPoints,
  resolved: Required<KMeansSettings>,
  sweep: ElbowSweepResult,
  context: AnalysisContext,
): AnalysisRun<KMeansAnalysisResult> {
  const single = resolved.kMin === resolved.kMax ? kmeansAt(points.matrix, resolved.kMin, resolved) : null;
  const result: KMeansAnalysisResult = {
    points,
    settings: resolved,
    sweep,
    recommendation: sweepRecommendation(sweep, context.locale),
    assignment: single === null ? null : assignmentOf(points, single),
  };
  const runRecord = {
    ...analysisRunRecord({ rowCount: points.readRowCount }, context, "kmeans", {
      columns: points.columns.join(", "),
      standardize: resolved.standardize,
      restarts: resolved.restarts,
    }),
    seed: resolved.seed,
  };
  return { result, sheets: lazily(() => [kmeansSheet(result, context.locale, runRecord)]) };
}

function assignmentOf(points: KMeansPoints, single: KMeansResult): KMeansAssignment {
  const rowClusters = new Array<number | null>(points.readRowCount).fill(null);
  points.usedRows.forEach((row, index) => (rowClusters[row] = (single.labels[index] as number) + 1));
  const columns = points.columns.length;
  return {
    k: single.k,
    result: single,
    rowClusters,
    centroids: Array.from({ length: single.k }, (_, cluster) =>
      Array.from(single.centroids.subarray(cluster * columns, (cluster + 1) * columns)),
    ),
    sizes: Array.from(single.clusterWeights),
  };
}
