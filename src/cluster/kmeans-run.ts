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
 * @example kmeansOnPrepared(prepared, 4, options, createRestartSolver(problemOf(prepared, options, 4))) // generator of KMeansProgress, returns KMeansResult
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
 * @example resultOf(prepared, 3, options, best).inertia // best.inertia
 */
export function resultOf(
  prepared: PreparedMatrix,
  k: number,
  options: ResolvedKMeansOptions,
  best: RestartOutcome,
): KMeansResult {
  return buildKMeansResult(prepared, k, options, best.labels, best.centers, best);
}
