import { kmeansPlusPlus } from "./kmeans-plus-plus";
import type { LloydSettings, LloydWorkspace } from "./lloyd-hamerly";
import { lloydHamerly } from "./lloyd-hamerly";
import type { WeightedSample } from "./lightweight-coreset";
import type { RandomSource } from "./random";

/** Draws of the weighted sample (lightweight coreset) that sampled restarts start from. */
export const RESTART_SAMPLE_ROWS = 50_000;

/**
 * The start of a sampled restart: weighted k-means++ and Lloyd on a lightweight coreset of the rows
 * (lightweight-coreset.ts), whose centres then start Lloyd on every row. Lloyd from such a start needs a few
 * iterations instead of tens, and the restarts still compete on their final inertia over every row: ranking
 * them by the coreset's centres instead picked the worse basin in 3 of 8 seeds (100k R/F/M-like rows, k = 5).
 * Like scikit-learn's MiniBatchKMeans, which tries its n_init starts on an init_size sample.
 *
 * Cost: k-means on the coreset (50,000 draws at most). Yields the coreset iteration numbers.
 *
 * @param centers output: the start, k × columns, in the centred units of the coreset
 *
 * @example
 * import { createLloydWorkspace } from "./lloyd-hamerly";
 * import { createRandom } from "./random";
 * const coreset = { data: Float64Array.of(-5, -4, 4, 5), weights: Float64Array.of(1, 1, 1, 1), rows: 4 };
 * const settings = { maxIterations: 300, toleranceShiftSq: 0, hartigan: false };
 * const centers = new Float64Array(2);
 * [...coresetStart(coreset, 1, 2, createRandom(0, 2), settings, createLloydWorkspace(4), centers)] // [1, 2]
 * Array.from(centers).sort((a, b) => a - b) // [-4.5, 4.5]
 */
export function* coresetStart(
  coreset: WeightedSample,
  columns: number,
  k: number,
  random: RandomSource,
  settings: LloydSettings,
  workspace: LloydWorkspace,
  centers: Float64Array,
): Generator<number, void, void> {
  const { data, rows, weights } = coreset;
  kmeansPlusPlus(data, rows, columns, weights, k, random, centers, workspace.upper, workspace.lower);
  yield* lloydHamerly(
    data,
    rows,
    columns,
    weights,
    k,
    centers,
    workspace,
    { ...settings, hartigan: false },
    random,
  );
}
