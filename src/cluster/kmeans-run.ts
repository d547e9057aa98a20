import type { ResolvedKMeansOptions } from "./kmeans-options";
import type { PreparedMatrix } from "./prepare-matrix";
import { buildKMeansResult } from "./kmeans-result";
import type { KMeansProgress, KMeansResult } from "./kmeans-types";
import { isBetterOutcome, type RestartOutcome, type RestartSolver } from "./restart-solver";

export type { KMeansProgress, KMeansResult } from "./kmeans-types";

/**
 * Best-of-nInit seeded k-means++ / Lloyd-Hamerly on a prepared matrix (the shared engine of kmeans and the
 * elbow sweep), one restart after another on `solver` (restart-solver.ts). Labels are those of the prepared
 * (possibly collapsed) rows. Restart r draws from stream r of the seed, so more full restarts never change
 * the earlier ones and the best inertia can only go down; ties in inertia keep the earlier restart
 * ({@link isBetterOutcome}, the same rule a parallel run applies, so any worker count gives this result).
 *
 * Cost: O(nInit × (k-means++ + iterations × rows × columns × (1 + unskipped share × k))).
 *
 * @example
 * import { resolveKMeansOptions } from "./kmeans-options";
 * import { prepareMatrix } from "./prepare-matrix";
 * import { createRestartSolver, problemOf } from "./restart-solver";
 * const options = resolveKMeansOptions({ nInit: 2 }, 1);
 * const prepared = prepareMatrix({ data: Float64Array.of(0, 1, 10, 11), rows: 4, columns: 1 }, options, "kmeans");
 * const steps = kmeansOnPrepared(prepared, 2, options, createRestartSolver(problemOf(prepared, options, 2)));
 * let step = steps.next();
 * step.value // { k: 2, restart: 0, restarts: 2, iteration: 1, fractionDone: 0.0833… } ((1 / (1 + 5)) / 2 restarts)
 * while (step.done !== true) step = steps.next();
 * step.value // { k: 2, inertia: 1, centroids: Float64Array [10.5, 0.5], labels: Int32Array [1, 1, 0, 0], … }
 */
export function* kmeansOnPrepared(
  prepared: PreparedMatrix,
  k: number,
  options: ResolvedKMeansOptions,
  solver: RestartSolver,
): Generator<KMeansProgress, KMeansResult, void> {
  const restarts = options.nInit;
  let best: RestartOutcome | null = null;
  for (let restart = 0; restart < restarts; restart++) {
    const run = solver.run(k, restart);
    let step = run.next();
    while (step.done !== true) {
      const fractionDone = (restart + step.value.fraction) / restarts;
      yield { k, restart, restarts, iteration: step.value.iteration, fractionDone };
      step = run.next();
    }
    // The solver's labels are its workspace, overwritten by the next restart: keep a copy of the best.
    if (best === null || isBetterOutcome(step.value, best)) {
      best = { ...step.value, labels: step.value.labels.slice() };
    }
  }
  return resultOf(prepared, k, options, best as RestartOutcome);
}

/**
 * The public result of the winning restart of k.
 *
 * Cost: O(rows + k log k × columns).
 *
 * @example
 * import { resolveKMeansOptions } from "./kmeans-options";
 * import { prepareMatrix } from "./prepare-matrix";
 * const options = resolveKMeansOptions({}, 1);
 * const prepared = prepareMatrix({ data: Float64Array.of(0, 1, 10, 11), rows: 4, columns: 1 }, options, "kmeans");
 * const best = { k: 2, restart: 3, inertia: 1, iterations: 2, converged: true, labels: Int32Array.of(0, 0, 1, 1),
 *   centers: Float64Array.of(-5, 5) };
 * resultOf(prepared, 2, options, best)
 * // { inertia: 1, bestRestart: 3, centroids: Float64Array [10.5, 0.5], labels: Int32Array [1, 1, 0, 0],
 * //   clusterWeights: Float64Array [2, 2], … } (centres plus the column mean 5.5, highest first)
 */
export function resultOf(
  prepared: PreparedMatrix,
  k: number,
  options: ResolvedKMeansOptions,
  best: RestartOutcome,
): KMeansResult {
  return buildKMeansResult(prepared, k, options, best.labels, best.centers, best);
}
