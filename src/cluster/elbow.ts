import { elbowRunOf, finishElbowSweep, startElbowSweep } from "./elbow-parts";
import { kmeansOnPrepared } from "./kmeans-run";
import type { NumericMatrix } from "./matrix";

export type { ElbowOptions, ElbowProgress, ElbowRun, ElbowSweepResult } from "./elbow-types";
import { createRestartSolver, problemOf } from "./restart-solver";
import type { ElbowOptions, ElbowProgress, ElbowRun, ElbowSweepResult } from "./elbow-types";

/**
 * Elbow sweep: k-means (see {@link kmeans}, same options and seed) for every k from kMin to kMax on one
 * prepared matrix, with inertia, its first difference, and (optionally) silhouette, Calinski-Harabasz and
 * Davies-Bouldin per k, plus the Kneedle elbow of the inertia curve. Feed it to {@link recommendK}.
 *
 * Cost: Σ_k the cost of kmeans at k, plus O(s² × columns) per k for the silhouette on s ≤ 5,000 rows.
 *
 * @throws CoreError K_RANGE_INVALID, K_EXCEEDS_DISTINCT_ROWS (kMin above the distinct rows), and the codes
 *   of {@link kmeans}
 * @example elbowSweep({ data: new Float64Array([0, 1, 10, 11, 20, 21]), rows: 6, columns: 1 }, { kMax: 4 }).runs.map((run) => run.inertia) // [401.5, 101.5, 1.5, 1]
 */
export function elbowSweep(input: NumericMatrix, options: ElbowOptions = {}): ElbowSweepResult {
  const steps = elbowSweepSteps(input, options);
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  return step.value;
}

/**
 * {@link elbowSweep} as a generator yielding {@link ElbowProgress} after every Lloyd iteration and before
 * each k's quality scores, for a worker's progress bar and cancel between steps.
 *
 * Cost: as {@link elbowSweep}.
 *
 * @throws CoreError as {@link elbowSweep}
 * @example
 * const first = elbowSweepSteps({ data: new Float64Array([0, 1, 10, 11, 20, 21]), rows: 6, columns: 1 }, { kMax: 4 }).next();
 * first.done === true ? null : first.value.sweepFractionDone // 0.00375
 */
export function* elbowSweepSteps(
  input: NumericMatrix,
  options: ElbowOptions = {},
): Generator<ElbowProgress, ElbowSweepResult, void> {
  const start = startElbowSweep(input, options);
  const { resolved, prepared, kMin, kMax } = start;
  const kCount = kMax - kMin + 1;
  const solver = createRestartSolver(problemOf(prepared, resolved, kMax));
  const runs: ElbowRun[] = [];
  let silhouetteSampleRows: number | null = null;
  for (let k = kMin; k <= kMax; k++) {
    const kIndex = k - kMin;
    const share = (fraction: number): number => (kIndex + fraction * 0.9) / kCount;
    const solve = kmeansOnPrepared(prepared, k, resolved, solver);
    let step = solve.next();
    while (step.done !== true) {
      yield {
        ...step.value,
        kIndex,
        kCount,
        phase: "kmeans",
        sweepFractionDone: share(step.value.fractionDone),
      };
      step = solve.next();
    }
    const result = step.value;
    yield {
      k,
      restart: resolved.nInit - 1,
      restarts: resolved.nInit,
      iteration: result.iterations,
      fractionDone: 1,
      kIndex,
      kCount,
      phase: "quality",
      sweepFractionDone: share(1),
    };
    const scored = elbowRunOf(start, result, runs[runs.length - 1] ?? null);
    silhouetteSampleRows = scored.silhouetteSampleRows ?? silhouetteSampleRows;
    runs.push(scored.run);
  }
  return finishElbowSweep(start, runs, silhouetteSampleRows);
}
