import type { AssignState } from "./assign-step";
import { sumsToMeans } from "./cluster-sums";
import { hartiganRefine } from "./hartigan-refine";
import { JS_KMEANS_OPS, type KMeansOps } from "./kmeans-ops";
import type { RandomSource } from "./random";
import { relocateEmptyClusters } from "./relocate-empty";

/** Row-sized buffers of a k-means run, allocated once per matrix and reused across restarts and k. */
export interface LloydWorkspace {
  readonly labels: Int32Array;
  readonly upper: Float64Array;
  readonly lower: Float64Array;
}

export interface LloydSettings {
  readonly maxIterations: number;
  /** Stop when the summed squared centre shift is at most this (absolute, in squared data units). */
  readonly toleranceShiftSq: number;
  /** Polish with Hartigan's single-row moves after Lloyd. */
  readonly hartigan: boolean;
}

export interface LloydOutcome {
  readonly inertia: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/** Cluster sums are updated row by row as labels change; recomputing them every few iterations bounds rounding drift. */
const EXACT_SUMS_EVERY = 10;

/**
 * Allocates the row-sized buffers once for every run on a matrix.
 *
 * @example createLloydWorkspace(4).labels.length // 4
 */
export function createLloydWorkspace(rows: number): LloydWorkspace {
  return { labels: new Int32Array(rows), upper: new Float64Array(rows), lower: new Float64Array(rows) };
}

/**
 * Lloyd's k-means iterations with Hamerly's (2010) bounds in the assignment step, as scikit-learn's
 * `_kmeans_single_lloyd`: each iteration assigns rows to the nearest centre (ties: see break-tie.ts),
 * moves each centre to the weighted mean of its rows (an empty cluster takes the row farthest from its
 * centre), and stops when no label changed or when the summed squared centre shift is ≤ the tolerance;
 * unless labels were stable, a last assignment step makes labels match the final centres. The bounds only
 * skip rows whose nearest centre provably did not change, so the labels are plain Lloyd's.
 * With `hartigan`, centres are then set to the means of the labels and polished by {@link hartiganRefine}.
 *
 * Cost: O(rows) per iteration plus O(k × columns) for each row the bounds cannot skip, and one
 * O(rows × columns) pass every 10 iterations. Yields the iteration number after each iteration.
 *
 * @param centers in: the initial centres (k × columns); out: the final centres
 * @param ops the row passes: the JavaScript reference, or the WebAssembly kernel (then `data`, `weights` and
 *   the workspace are its views)
 *
 * @example
 * import { createRandom } from "./random";
 * const centers = Float64Array.of(0, 10);
 * const run = lloydHamerly(Float64Array.of(0, 1, 10, 11), 4, 1, Float64Array.of(1, 1, 1, 1), 2, centers,
 *   createLloydWorkspace(4), { maxIterations: 300, toleranceShiftSq: 0, hartigan: false }, createRandom(0));
 * [run.next().value, run.next().value, run.next().value] // [1, 2, { inertia: 1, iterations: 2, converged: true }]
 * centers // Float64Array [0.5, 10.5]
 */
export function* lloydHamerly(
  data: Float64Array,
  rows: number,
  columns: number,
  weights: Float64Array,
  k: number,
  centers: Float64Array,
  workspace: LloydWorkspace,
  settings: LloydSettings,
  random: RandomSource,
  ops: KMeansOps = JS_KMEANS_OPS,
): Generator<number, LloydOutcome, void> {
  const state: AssignState = {
    ...workspace,
    sums: new Float64Array(k * columns),
    clusterWeights: new Float64Array(k),
    shifts: new Float64Array(k),
    halfGaps: new Float64Array(k),
    distancesSq: new Float64Array(k),
  };
  const newCenters = new Float64Array(k * columns);
  const newWeights = new Float64Array(k);
  state.labels.fill(-1, 0, rows);
  let labelsStable = false;
  let converged = false;
  let iterations = 0;
  for (let iteration = 1; iteration <= settings.maxIterations; iteration++) {
    const changed = ops.assignStep(data, rows, columns, weights, k, centers, state, iteration === 1, random);
    if (iteration % EXACT_SUMS_EVERY === 1) {
      ops.clusterSums(data, rows, columns, weights, state.labels, state.sums, state.clusterWeights);
    }
    newCenters.set(state.sums);
    newWeights.set(state.clusterWeights);
    relocateEmptyClusters(data, rows, columns, weights, state.labels, centers, k, newCenters, newWeights);
    sumsToMeans(newCenters, newWeights, columns, centers);
    const totalShiftSq = moveCenters(centers, newCenters, k, columns, state.shifts);
    iterations = iteration;
    yield iteration;
    if (changed === 0) {
      labelsStable = converged = true;
      break;
    }
    if (totalShiftSq <= settings.toleranceShiftSq) {
      converged = true;
      break;
    }
  }
  if (!labelsStable) ops.assignStep(data, rows, columns, weights, k, centers, state, false, random);
  if (settings.hartigan) {
    setCentersToMeans(data, rows, columns, weights, state, centers, ops);
    hartiganRefine(data, rows, columns, weights, k, state.labels, centers, settings.maxIterations);
    // The moves update centres incrementally; recompute them exactly for the reported inertia.
    setCentersToMeans(data, rows, columns, weights, state, centers, ops);
  }
  return {
    inertia: ops.weightedInertia(data, rows, columns, weights, state.labels, centers),
    iterations,
    converged,
  };
}

function setCentersToMeans(
  data: Float64Array,
  rows: number,
  columns: number,
  weights: Float64Array,
  state: AssignState,
  centers: Float64Array,
  ops: KMeansOps,
): void {
  ops.clusterSums(data, rows, columns, weights, state.labels, state.sums, state.clusterWeights);
  sumsToMeans(state.sums, state.clusterWeights, columns, centers);
  centers.set(state.sums);
}

/** Copies the new centres over the old ones; fills each centre's shift and returns the summed squared shift. */
function moveCenters(
  centers: Float64Array,
  newCenters: Float64Array,
  k: number,
  columns: number,
  shifts: Float64Array,
): number {
  let totalShiftSq = 0;
  for (let center = 0; center < k; center++) {
    let shiftSq = 0;
    for (let column = 0; column < columns; column++) {
      const difference =
        (newCenters[center * columns + column] as number) - (centers[center * columns + column] as number);
      shiftSq += difference * difference;
    }
    shifts[center] = Math.sqrt(shiftSq);
    totalShiftSq += shiftSq;
  }
  centers.set(newCenters);
  return totalShiftSq;
}
