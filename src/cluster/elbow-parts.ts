import { CoreError } from "../errors";
import { scoreQuality, type ElbowQuality } from "./elbow-quality";
import type { ElbowOptions, ElbowRun, ElbowSweepResult } from "./elbow-types";
import { resolveKMeansOptions, type ResolvedKMeansOptions } from "./kmeans-options";
import type { KMeansResult } from "./kmeans-types";
import { kneedle } from "./kneedle";
import type { NumericMatrix } from "./matrix";
import { assertMatrix } from "./matrix";
import { prepareMatrix, type PreparedMatrix } from "./prepare-matrix";

/** A checked sweep before any k-means: options merged, matrix prepared, the k range clamped. */
export interface ElbowStart {
  readonly options: ElbowOptions;
  readonly resolved: ResolvedKMeansOptions;
  readonly prepared: PreparedMatrix;
  readonly kMin: number;
  readonly kMax: number;
  readonly kMaxAsked: number;
}

/**
 * Checks a sweep's input and options and prepares the matrix once for every k (shared by the serial sweep
 * and the parallel one, so both check and clamp alike).
 *
 * Cost: as prepareMatrix, plus counting distinct rows up to kMax.
 *
 * @throws CoreError K_RANGE_INVALID, K_EXCEEDS_DISTINCT_ROWS (kMin), and the codes of kmeans
 * @example startElbowSweep({ data: new Float64Array([0, 1, 5]), rows: 3, columns: 1 }, { kMax: 10 }).kMax // 3
 */
export function startElbowSweep(input: NumericMatrix, options: ElbowOptions): ElbowStart {
  assertMatrix(input, "elbowSweep");
  const resolved = resolveKMeansOptions(options, input.columns);
  const kMin = options.kMin ?? 1;
  const kMaxAsked = options.kMax ?? 10;
  if (!Number.isSafeInteger(kMin) || !Number.isSafeInteger(kMaxAsked) || kMin < 1 || kMaxAsked < kMin) {
    throw new CoreError(
      "K_RANGE_INVALID",
      `The range of k must be whole numbers with 1 ≤ smallest k ≤ largest k (got ${kMin} to ${kMaxAsked})`,
    );
  }
  const prepared = prepareMatrix(input, resolved, "elbowSweep");
  const distinct = prepared.distinctRowsAtLeast(kMaxAsked);
  if (distinct < kMin) {
    throw new CoreError(
      "K_EXCEEDS_DISTINCT_ROWS",
      `The smallest k, ${kMin}, is more than the ${distinct} distinct rows`,
      { argument: "kMin", value: kMin, bound: distinct },
    );
  }
  return { options, resolved, prepared, kMin, kMax: Math.min(kMaxAsked, distinct), kMaxAsked };
}

/**
 * The quality scores of one k's best k-means result (null with `quality: false`, and where undefined): the
 * heavy part of a k's row of the sweep, apart so the parallel sweep can compute it as soon as the k is done.
 *
 * Cost: O(s² × columns) for the silhouette on s ≤ 5,000 rows plus O(rows × columns).
 *
 * @example
 * import { kmeans } from "./kmeans";
 * const matrix = { data: Float64Array.of(0, 1, 10, 11), rows: 4, columns: 1 };
 * elbowQualityOf(startElbowSweep(matrix, { kMax: 2 }), kmeans(matrix, 2))
 * // { silhouette: 0.8997…, silhouetteSampleRows: null, calinskiHarabasz: 200, daviesBouldin: 0.1 }
 */
export function elbowQualityOf(start: ElbowStart, result: KMeansResult): ElbowQuality | null {
  const { options, prepared, resolved } = start;
  return options.quality === false
    ? null
    : scoreQuality(prepared, result.labels, result.k, options.silhouette ?? {}, resolved.seed);
}

/**
 * One k's row of the sweep from its best k-means result: inertia, first difference, and the quality scores
 * (computed here unless given, see {@link elbowQualityOf}).
 *
 * Cost: as {@link elbowQualityOf}, O(1) when the scores are given.
 *
 * @example
 * import { kmeans } from "./kmeans";
 * const matrix = { data: Float64Array.of(0, 1, 10, 11), rows: 4, columns: 1 };
 * const start = startElbowSweep(matrix, { kMax: 2 });
 * const first = elbowRunOf(start, kmeans(matrix, 1), null).run;
 * first // { k: 1, inertia: 101, inertiaDrop: null, silhouette: null, calinskiHarabasz: null, daviesBouldin: null, … }
 * elbowRunOf(start, kmeans(matrix, 2), first).run
 * // { k: 2, inertia: 1, inertiaDrop: 100, silhouette: 0.8997…, calinskiHarabasz: 200, daviesBouldin: 0.1, … }
 * // (clusters {0, 1} and {10, 11}: 0.5 + 0.5; the scores as in elbow-quality.ts)
 */
export function elbowRunOf(
  start: ElbowStart,
  result: KMeansResult,
  previous: ElbowRun | null,
  quality: ElbowQuality | null = elbowQualityOf(start, result),
): { readonly run: ElbowRun; readonly silhouetteSampleRows: number | null } {
  return {
    run: {
      k: result.k,
      inertia: result.inertia,
      inertiaDrop: previous === null ? null : previous.inertia - result.inertia,
      iterations: result.iterations,
      converged: result.converged,
      silhouette: quality?.silhouette ?? null,
      calinskiHarabasz: quality?.calinskiHarabasz ?? null,
      daviesBouldin: quality?.daviesBouldin ?? null,
      clusterWeights: result.clusterWeights,
    },
    silhouetteSampleRows: quality?.silhouetteSampleRows ?? null,
  };
}

/**
 * The sweep's result from its runs (k ascending): the Kneedle elbow of the inertia curve and what was done.
 *
 * Cost: O(k).
 *
 * @example
 * import { kmeans } from "./kmeans";
 * const matrix = { data: Float64Array.of(0, 1, 10, 11, 20, 21), rows: 6, columns: 1 };
 * const start = startElbowSweep(matrix, { kMax: 4, quality: false });
 * const one = elbowRunOf(start, kmeans(matrix, 1), null).run;
 * const two = elbowRunOf(start, kmeans(matrix, 2), one).run;
 * const three = elbowRunOf(start, kmeans(matrix, 3), two).run;
 * const four = elbowRunOf(start, kmeans(matrix, 4), three).run;
 * [one, two, three, four].map((run) => run.inertia) // [401.5, 101.5, 1.5, 1]
 * finishElbowSweep(start, [one, two, three, four], null).knee // { index: 1, x: 2, y: 101.5 }
 * // (Kneedle: the difference curve [0, 0.4157, 0.3321, 0] peaks at k = 2 and falls below 0.4157 − 1/3 at k = 4)
 */
export function finishElbowSweep(
  start: ElbowStart,
  runs: readonly ElbowRun[],
  silhouetteSampleRows: number | null,
): ElbowSweepResult {
  const knee =
    runs.length >= 3
      ? kneedle(
          runs.map((run) => run.k),
          runs.map((run) => run.inertia),
          { curve: "convex", direction: "decreasing" },
        ).knee
      : null;
  return {
    runs,
    knee,
    kMin: start.kMin,
    kMax: start.kMax,
    kMaxClamped: start.kMax < start.kMaxAsked,
    silhouetteSampleRows,
    seed: start.resolved.seed,
    scaling: start.prepared.scaling,
    constantColumns: start.prepared.constantColumns,
  };
}
