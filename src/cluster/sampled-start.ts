import type { KMeansKernel } from "./kmeans-kernel";
import { kmeansPlusPlus } from "./kmeans-plus-plus";
import type { LloydSettings } from "./lloyd-hamerly";
import { lloydHamerly } from "./lloyd-hamerly";
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
 * Cost: k-means on the coreset (50,000 draws at most). Yields the coreset iteration numbers; returns the
 * coreset cost (weighted inertia) of the start, an unbiased estimate of its cost on every row.
 *
 * @param coreset the coreset's rows and weights in a kernel (kmeans-kernel.ts)
 * @param centers output: the start, k × columns, in the centred units of the coreset
 *
 * @example
 * import { createKMeansKernel } from "./kmeans-kernel";
 * import { createRandom } from "./random";
 * const weights = Float64Array.of(1, 3, 1, 1);
 * const coreset = createKMeansKernel(Float64Array.of(-5.5, -4.5, 4.5, 5.5), 4, 1, weights, 2, "js");
 * const centers = new Float64Array(2);
 * const settings = { maxIterations: 300, toleranceShiftSq: 0, hartigan: false };
 * const start = coresetStart(coreset, 2, createRandom(0), settings, centers);
 * let step = start.next();
 * while (step.done !== true) step = start.next();
 * step.value // 1.25 (0.75² + 3 × 0.25² around −4.75, weight 3 on −4.5; 0.5² + 0.5² around 5)
 * Array.from(centers).sort((a, b) => a - b) // [-4.75, 5] ((−5.5 + 3 × −4.5) / 4)
 */
export function* coresetStart(
  coreset: KMeansKernel,
  k: number,
  random: RandomSource,
  settings: LloydSettings,
  centers: Float64Array,
): Generator<number, number, void> {
  const { data, rows, columns, weights, workspace, ops } = coreset;
  kmeansPlusPlus(data, rows, columns, weights, k, random, centers, workspace.upper, workspace.lower, ops);
  const outcome = yield* lloydHamerly(
    data,
    rows,
    columns,
    weights,
    k,
    centers,
    workspace,
    { ...settings, hartigan: false },
    random,
    ops,
  );
  return outcome.inertia;
}
