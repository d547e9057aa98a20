import {
  elbowQualityOf,
  elbowRunOf,
  finishElbowSweep,
  startElbowSweep,
  type ElbowStart,
} from "./elbow-parts";
import type { ElbowQuality } from "./elbow-quality";
import type { ElbowOptions, ElbowRun, ElbowSweepResult } from "./elbow-types";
import { resultOf } from "./kmeans-run";
import type { KMeansResult } from "./kmeans-types";
import type { NumericMatrix } from "./matrix";
import {
  createRestartSolver,
  isBetterOutcome,
  problemOf,
  type KMeansProblem,
  type RestartOutcome,
  type RestartSolver,
} from "./restart-solver";

/** One unit of a sweep's work: restart `restart` of k-means at k. */
export interface KMeansTask {
  readonly k: number;
  readonly restart: number;
}

/**
 * Runs k-means restart tasks on a problem: on worker threads (the CLI), Web Workers (the pane's engine) or
 * here ({@link serialTaskRunner}). It may run them in any order on any number of workers; it hands each
 * outcome to `accept` on the calling thread (labels may be kept, so hand over a copy), and resolves when
 * every task is done. `accept` can take a while (the last restart of a k brings that k's quality scores):
 * a worker's next task should be on its way before `accept` is called, and outcomes handed over one event
 * at a time, so the workers' messages flow between two k's scores. The result of a sweep does not depend on the runner: a task's outcome depends on the
 * problem, k and the restart alone, and the best restart per k is chosen by a total order.
 */
export interface KMeansTaskRunner {
  runTasks(
    problem: KMeansProblem,
    tasks: readonly KMeansTask[],
    accept: (outcome: RestartOutcome) => void,
  ): Promise<void>;
}

/**
 * The tasks of a sweep, largest k first (the longest tasks start first, so two workers finish close
 * together), restarts in order within a k.
 *
 * Cost: O((kMax − kMin + 1) × nInit).
 *
 * @example sweepTasks(1, 2, 2) // [{ k: 2, restart: 0 }, { k: 2, restart: 1 }, { k: 1, restart: 0 }, { k: 1, restart: 1 }]
 */
export function sweepTasks(kMin: number, kMax: number, nInit: number): KMeansTask[] {
  const tasks: KMeansTask[] = [];
  for (let k = kMax; k >= kMin; k--)
    for (let restart = 0; restart < nInit; restart++) tasks.push({ k, restart });
  return tasks;
}

/**
 * Runs one task to its end on a solver, with its labels copied out of the solver's workspace (the worker's
 * side of a runner).
 *
 * Cost: one k-means restart.
 *
 * @example
 * import { resolveKMeansOptions } from "./kmeans-options";
 * import { prepareMatrix } from "./prepare-matrix";
 * import { createRestartSolver, problemOf } from "./restart-solver";
 * const options = resolveKMeansOptions({}, 1);
 * const prepared = prepareMatrix({ data: Float64Array.of(0, 1, 10, 11), rows: 4, columns: 1 }, options, "kmeans");
 * const solver = createRestartSolver(problemOf(prepared, options, 2));
 * solveTask(solver, { k: 2, restart: 0 }) // { k: 2, restart: 0, inertia: 1, converged: true, … } ({0, 1} and {10, 11})
 * solveTask(solver, { k: 1, restart: 0 }).inertia // 101 (5.5² + 4.5² + 4.5² + 5.5²)
 */
export function solveTask(solver: RestartSolver, task: KMeansTask): RestartOutcome {
  const run = solver.run(task.k, task.restart);
  let step = run.next();
  while (step.done !== true) step = run.next();
  return { ...step.value, labels: step.value.labels.slice(), centers: step.value.centers.slice() };
}

/**
 * A runner that runs every task here, one after another (one worker, or none available). Its sweep equals
 * {@link elbowSweep}'s.
 *
 * @example
 * import { resolveKMeansOptions } from "./kmeans-options";
 * import { prepareMatrix } from "./prepare-matrix";
 * import { problemOf } from "./restart-solver";
 * const options = resolveKMeansOptions({ nInit: 1 }, 1);
 * const prepared = prepareMatrix({ data: Float64Array.of(0, 1, 10, 11), rows: 4, columns: 1 }, options, "kmeans");
 * const inertias: number[] = [];
 * await serialTaskRunner.runTasks(problemOf(prepared, options, 2), sweepTasks(1, 2, 1), (outcome) => {
 *   inertias.push(outcome.inertia);
 * });
 * inertias // [1, 101] (k = 2 first, then k = 1)
 */
export const serialTaskRunner: KMeansTaskRunner = {
  async runTasks(problem, tasks, accept) {
    const solver = createRestartSolver(problem);
    for (const task of tasks) accept(solveTask(solver, task));
  },
};

/** A k's best result and its quality scores, or what computing them threw. */
type ScoredK =
  { readonly result: KMeansResult; readonly quality: ElbowQuality | null } | { readonly error: unknown };

/**
 * {@link elbowSweep} with its restarts and k values run by `runner` (in parallel on workers): the same
 * result, field for field, as the serial sweep for the same input and options whatever the runner and its
 * number of workers (test/src/cluster/parallel-sweep.test.ts). The best restart per k is kept as outcomes
 * arrive, and a k's quality scores are computed here as soon as its last restart arrives, while the workers
 * run the smaller k (issue 14: at the end they left ~1.8 s of a 1,000,000-row sweep on one core with both
 * workers idle). What needs the previous k (the inertia drop) is filled in at the end, k ascending.
 *
 * Cost: the serial sweep's work spread over the runner's workers; the quality scores on this thread.
 *
 * @throws CoreError as {@link elbowSweep} (a scoring error of the smallest k that has one)
 * @example
 * const matrix = { data: Float64Array.of(0, 1, 10, 11, 20, 21), rows: 6, columns: 1 };
 * const sweep = await elbowSweepParallel(matrix, { kMax: 4 }, serialTaskRunner);
 * sweep.runs.map((run) => run.inertia) // [401.5, 101.5, 1.5, 1] (as elbowSweep's)
 * sweep.knee // { index: 1, x: 2, y: 101.5 }
 */
export async function elbowSweepParallel(
  input: NumericMatrix,
  options: ElbowOptions,
  runner: KMeansTaskRunner,
): Promise<ElbowSweepResult> {
  const start = startElbowSweep(input, options);
  const { prepared, resolved, kMin, kMax } = start;
  const best = new Map<number, RestartOutcome>();
  const arrived = new Map<number, number>();
  const scored = new Map<number, ScoredK>();
  await runner.runTasks(
    problemOf(prepared, resolved, kMax),
    sweepTasks(kMin, kMax, resolved.nInit),
    (outcome) => {
      const held = best.get(outcome.k);
      if (held === undefined || isBetterOutcome(outcome, held)) best.set(outcome.k, outcome);
      const count = (arrived.get(outcome.k) ?? 0) + 1;
      arrived.set(outcome.k, count);
      if (count === resolved.nInit) scored.set(outcome.k, scoreK(start, best, outcome.k));
    },
  );
  const runs: ElbowRun[] = [];
  let silhouetteSampleRows: number | null = null;
  for (let k = kMin; k <= kMax; k++) {
    // A runner that lost some restarts of k still gives the best of those that arrived (as before).
    const scores = scored.get(k) ?? (best.has(k) ? scoreK(start, best, k) : undefined);
    if (scores === undefined)
      throw new Error(`elbowSweepParallel: the runner returned no restart of k = ${k}`);
    if ("error" in scores) throw scores.error;
    const row = elbowRunOf(start, scores.result, runs[runs.length - 1] ?? null, scores.quality);
    silhouetteSampleRows = row.silhouetteSampleRows ?? silhouetteSampleRows;
    runs.push(row.run);
  }
  return finishElbowSweep(start, runs, silhouetteSampleRows);
}

/**
 * The result and quality scores of k from its best restart so far, which it lets go of; an error is kept, not
 * thrown, as it would be thrown into the runner's message handler.
 */
function scoreK(start: ElbowStart, best: Map<number, RestartOutcome>, k: number): ScoredK {
  const outcome = best.get(k) as RestartOutcome;
  best.delete(k);
  try {
    const result = resultOf(start.prepared, k, start.resolved, outcome);
    return { result, quality: elbowQualityOf(start, result) };
  } catch (error) {
    return { error };
  }
}
