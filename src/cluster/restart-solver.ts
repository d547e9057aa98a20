import type { ResolvedKMeansOptions } from "./kmeans-options";
import { createKMeansKernel, type KMeansKernel } from "./kmeans-kernel";
import { kmeansPlusPlus } from "./kmeans-plus-plus";
import { lightweightCoreset } from "./lightweight-coreset";
import { lloydHamerly, type LloydSettings } from "./lloyd-hamerly";
import type { PreparedMatrix } from "./prepare-matrix";
import { createRandom } from "./random";
import { coresetStart, RESTART_SAMPLE_ROWS } from "./sampled-start";

/** refine "auto" polishes with Hartigan moves up to this many clustered rows (a pass costs a full Lloyd pass). */
const HARTIGAN_AUTO_MAX_ROWS = 5_000;

/** Seed stream of the coreset, apart from the restarts' streams 0..nInit-1. */
const CORESET_STREAM = 0x5a3d;

/** sampledRestarts "auto" starts from a coreset from this many clustered rows on (2 × its draws). */
const SAMPLED_RESTARTS_AUTO_MIN_ROWS = 100_000;

/**
 * Coreset k-means runs per k when restarts start from the coreset: each of the nInit restarts starts from
 * the best (lowest coreset cost) of ceil(10 / nInit) runs, so one restart still tries 10 starts on the
 * coreset (cheap: 50,000 weighted rows) before its one run on every row. With the default 10 restarts
 * that is one run each, as before. Measured on the bench's 1M rows, --restarts 1: a single coreset start
 * was 8 % above scikit-learn's single start at k = 2 (another basin); the best of 10 was within 0.1 % at
 * every k.
 */
const CORESET_STARTS_PER_K = 10;

/** Seed streams of a restart's extra coreset starts: 0x10000 + restart × starts + start. */
const CORESET_START_STREAMS = 0x10000;

/**
 * Everything one k-means restart needs, as plain data (typed arrays, numbers, strings), so it can be posted
 * to a worker: the prepared rows centred on their means, their weights, the options and the largest k.
 */
export interface KMeansProblem {
  readonly centred: Float64Array;
  readonly weights: Float64Array;
  readonly rows: number;
  readonly columns: number;
  /** Mean column variance of the rows clustered: the unit of the tolerance. */
  readonly meanVariance: number;
  readonly options: ResolvedKMeansOptions;
  readonly maxK: number;
}

/** The end of one restart of one k. `labels` and `centers` (centred units) are the prepared rows'. */
export interface RestartOutcome {
  readonly k: number;
  readonly restart: number;
  readonly inertia: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly labels: Int32Array;
  readonly centers: Float64Array;
}

/** Progress inside a restart: the Lloyd iteration and the share of the restart done, 0..1. */
export interface RestartProgress {
  readonly iteration: number;
  readonly fraction: number;
}

/** Runs restarts on one problem; holds the kernel (rows copied once) and the coreset, shared by every run. */
export interface RestartSolver {
  readonly problem: KMeansProblem;
  /** Restart `restart` at k. The outcome's labels are the solver's workspace: copy them before the next run. */
  run(k: number, restart: number): Generator<RestartProgress, RestartOutcome, void>;
}

/**
 * The problem of a prepared matrix for k up to maxK.
 *
 * @example
 * import { resolveKMeansOptions } from "./kmeans-options";
 * import { prepareMatrix } from "./prepare-matrix";
 * const options = resolveKMeansOptions({}, 1);
 * const prepared = prepareMatrix({ data: Float64Array.of(0, 1, 10, 11), rows: 4, columns: 1 }, options, "kmeans");
 * problemOf(prepared, options, 10)
 * // { centred: Float64Array [-5.5, -4.5, 4.5, 5.5], weights: Float64Array [1, 1, 1, 1], rows: 4, columns: 1,
 * //   meanVariance: 25.25, maxK: 10, … } (mean 5.5; (5.5² + 4.5² + 4.5² + 5.5²) / 4)
 */
export function problemOf(
  prepared: PreparedMatrix,
  options: ResolvedKMeansOptions,
  maxK: number,
): KMeansProblem {
  const { centred, weights, rows, columns, meanVariance } = prepared;
  return { centred, weights, rows, columns, meanVariance, options, maxK };
}

/**
 * A solver for restarts of a problem. Restart r of k depends on (seed, r, k) and the problem alone: stream r
 * of the seed starts it (k-means++ on every row, or from 100,000 rows with several restarts, k-means on a
 * seeded lightweight coreset, sampled-start.ts), so a restart gives the same outcome in any order, on any
 * worker. The coreset is drawn once per solver from its own stream.
 *
 * Cost: creating it, O(rows × columns) (the kernel's copy); each run as {@link kmeans} with nInit = 1.
 *
 * @example
 * import { resolveKMeansOptions } from "./kmeans-options";
 * import { prepareMatrix } from "./prepare-matrix";
 * const options = resolveKMeansOptions({}, 1);
 * const prepared = prepareMatrix({ data: Float64Array.of(0, 1, 10, 11), rows: 4, columns: 1 }, options, "kmeans");
 * const run = createRestartSolver(problemOf(prepared, options, 2)).run(2, 0);
 * let step = run.next();
 * step.value // { iteration: 1, fraction: 0.1666… } (1 / (1 + 5))
 * while (step.done !== true) step = run.next();
 * step.value // { k: 2, restart: 0, inertia: 1, converged: true, … } ({0, 1} and {10, 11}: 0.5 + 0.5)
 */
export function createRestartSolver(problem: KMeansProblem): RestartSolver {
  const { centred, weights, rows, columns, options, maxK } = problem;
  const kernel = createKMeansKernel(centred, rows, columns, weights, maxK, options.kernel);
  const settings: LloydSettings = {
    maxIterations: options.maxIterations,
    toleranceShiftSq: options.tolerance * problem.meanVariance,
    hartigan: options.refine === "hartigan" || (options.refine === "auto" && rows <= HARTIGAN_AUTO_MAX_ROWS),
  };
  let coresetKernel: KMeansKernel | null | undefined;
  const coreset = (): KMeansKernel | null => {
    if (coresetKernel !== undefined) return coresetKernel;
    coresetKernel = null;
    if (useSampledRestarts(rows, options)) {
      const random = createRandom(options.seed, CORESET_STREAM);
      const sample = lightweightCoreset(centred, rows, columns, weights, RESTART_SAMPLE_ROWS, random);
      coresetKernel = createKMeansKernel(
        sample.data,
        sample.rows,
        columns,
        sample.weights,
        maxK,
        options.kernel,
      );
    }
    return coresetKernel;
  };
  return {
    problem,
    *run(k, restart) {
      const random = createRandom(options.seed, restart);
      const centers = new Float64Array(k * columns);
      const start = coreset();
      // Progress: with a coreset start, its iterations fill the first half of the restart.
      const fraction = (part: number, iteration: number): number =>
        (start === null ? 1 : 0.5) * (part + iteration / (iteration + 5));
      if (start === null) {
        const { data, workspace, ops } = kernel;
        kmeansPlusPlus(
          data,
          rows,
          columns,
          kernel.weights,
          k,
          random,
          centers,
          workspace.upper,
          workspace.lower,
          ops,
        );
      } else {
        const starts = Math.ceil(CORESET_STARTS_PER_K / options.nInit);
        let bestCost = Infinity;
        const trial = new Float64Array(k * columns);
        for (let index = 0; index < starts; index++) {
          // Start 0 draws from the restart's own stream (which then goes on into Lloyd on every row).
          const source =
            index === 0
              ? random
              : createRandom(options.seed, CORESET_START_STREAMS + restart * starts + index);
          const run = coresetStart(start, k, source, settings, trial);
          let step = run.next();
          while (step.done !== true) {
            const startShare = (index + step.value / (step.value + 5)) / starts;
            yield { iteration: step.value, fraction: 0.5 * startShare };
            step = run.next();
          }
          if (step.value < bestCost) {
            bestCost = step.value;
            centers.set(trial);
          }
        }
      }
      const { data, workspace, ops } = kernel;
      const lloyd = lloydHamerly(
        data,
        rows,
        columns,
        kernel.weights,
        k,
        centers,
        workspace,
        settings,
        random,
        ops,
      );
      let step = lloyd.next();
      while (step.done !== true) {
        yield { iteration: step.value, fraction: fraction(start === null ? 0 : 1, step.value) };
        step = lloyd.next();
      }
      return { k, restart, ...step.value, labels: workspace.labels.subarray(0, rows), centers };
    },
  };
}

/**
 * Whether `candidate` beats `best`: lower inertia, and on equal inertia the earlier restart. A total order,
 * so the best of any set of restarts does not depend on the order they finished in.
 *
 * @example isBetterOutcome({ inertia: 5, restart: 3 }, { inertia: 5, restart: 1 }) // false
 */
export function isBetterOutcome(
  candidate: Pick<RestartOutcome, "inertia" | "restart">,
  best: Pick<RestartOutcome, "inertia" | "restart">,
): boolean {
  return (
    candidate.inertia < best.inertia ||
    (candidate.inertia === best.inertia && candidate.restart < best.restart)
  );
}

function useSampledRestarts(rows: number, options: ResolvedKMeansOptions): boolean {
  if (rows <= RESTART_SAMPLE_ROWS || options.sampledRestarts === "never") return false;
  return options.sampledRestarts === "always" || rows >= SAMPLED_RESTARTS_AUTO_MIN_ROWS;
}
