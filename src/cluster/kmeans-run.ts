import type { ResolvedKMeansOptions } from "./kmeans-options";
import { kmeansPlusPlus } from "./kmeans-plus-plus";
import type { LloydWorkspace } from "./lloyd-hamerly";
import { createLloydWorkspace, lloydHamerly } from "./lloyd-hamerly";
import type { PreparedMatrix } from "./prepare-matrix";
import { createRandom } from "./random";
import { coresetStart, RESTART_SAMPLE_ROWS } from "./sampled-start";
import { lightweightCoreset } from "./lightweight-coreset";
import { buildKMeansResult } from "./kmeans-result";
import type { KMeansProgress, KMeansResult } from "./kmeans-types";

export type { KMeansProgress, KMeansResult } from "./kmeans-types";

/** refine "auto" polishes with Hartigan moves up to this many clustered rows (a pass costs a full Lloyd pass). */
const HARTIGAN_AUTO_MAX_ROWS = 5_000;

/** Seed stream of the coreset, apart from the restarts' streams 0..nInit-1. */
const CORESET_STREAM = 0x5a3d;

/** sampledRestarts "auto" starts from a coreset from this many clustered rows on (2 × its draws). */
const SAMPLED_RESTARTS_AUTO_MIN_ROWS = 100_000;

/**
 * Best-of-nInit seeded k-means++ / Lloyd-Hamerly on a prepared matrix (the shared engine of kmeans and the
 * elbow sweep). Labels are those of the prepared (possibly collapsed) rows. Restart r draws from stream r
 * of the seed, so more full restarts never change the earlier ones and the best inertia can only go down;
 * ties in inertia keep the earlier restart. From 100,000 rows, restarts start from k-means on a coreset
 * (sampled-start.ts); restart r still depends on r alone, so this holds there too.
 *
 * Cost: O(nInit × (k-means++ + iterations × rows × columns × (1 + unskipped share × k))).
 *
 * @example
 * import { resolveKMeansOptions } from "./kmeans-options";
 * import { createLloydWorkspace } from "./lloyd-hamerly";
 * import { prepareMatrix } from "./prepare-matrix";
 * const matrix = { data: Float64Array.of(0, 1, 10, 11), rows: 4, columns: 1 };
 * const prepared = prepareMatrix(matrix, { standardize: false, onConstantColumn: "keep", collapseDuplicates: false }, "kmeans");
 * const run = kmeansOnPrepared(prepared, 2, resolveKMeansOptions({ nInit: 1 }, 1, "kmeans"), createLloydWorkspace(4));
 * let step = run.next();
 * while (step.done !== true) step = run.next();
 * step.value.centroids // Float64Array [10.5, 0.5]
 */
export function* kmeansOnPrepared(
  prepared: PreparedMatrix,
  k: number,
  options: ResolvedKMeansOptions,
  workspace: LloydWorkspace,
): Generator<KMeansProgress, KMeansResult, void> {
  const { centred, rows, columns, weights } = prepared;
  const centers = new Float64Array(k * columns);
  let bestCenters = new Float64Array(k * columns);
  const bestLabels = new Int32Array(rows);
  let best = { inertia: Infinity, iterations: 0, converged: false, restart: 0 };
  const settings = {
    maxIterations: options.maxIterations,
    toleranceShiftSq: options.tolerance * prepared.meanVariance,
    hartigan: options.refine === "hartigan" || (options.refine === "auto" && rows <= HARTIGAN_AUTO_MAX_ROWS),
  };
  const coreset = useSampledRestarts(rows, options)
    ? lightweightCoreset(
        centred,
        rows,
        columns,
        weights,
        RESTART_SAMPLE_ROWS,
        createRandom(options.seed, CORESET_STREAM),
      )
    : null;
  const coresetWorkspace = coreset === null ? null : createLloydWorkspace(coreset.rows);
  const restarts = options.nInit;
  for (let restart = 0; restart < restarts; restart++) {
    const random = createRandom(options.seed, restart);
    // Progress: with a coreset start, its iterations fill the first half of each restart's share.
    const share = (part: number, iteration: number): number =>
      (restart + (coreset === null ? 1 : 0.5) * (part + iteration / (iteration + 5))) / restarts;
    if (coreset === null || coresetWorkspace === null) {
      kmeansPlusPlus(centred, rows, columns, weights, k, random, centers, workspace.upper, workspace.lower);
    } else {
      for (const iteration of coresetStart(
        coreset,
        columns,
        k,
        random,
        settings,
        coresetWorkspace,
        centers,
      )) {
        yield { k, restart, restarts, iteration, fractionDone: share(0, iteration) };
      }
    }
    const run = lloydHamerly(centred, rows, columns, weights, k, centers, workspace, settings, random);
    let step = run.next();
    while (step.done !== true) {
      const fractionDone = share(coreset === null ? 0 : 1, step.value);
      yield { k, restart, restarts, iteration: step.value, fractionDone };
      step = run.next();
    }
    const outcome = step.value;
    if (outcome.inertia < best.inertia) {
      best = { ...outcome, restart };
      bestLabels.set(workspace.labels.subarray(0, rows));
      bestCenters = centers.slice();
    }
  }
  return buildKMeansResult(prepared, k, options, bestLabels, bestCenters, best);
}

function useSampledRestarts(rows: number, options: ResolvedKMeansOptions): boolean {
  if (rows <= RESTART_SAMPLE_ROWS || options.sampledRestarts === "never") return false;
  return (
    options.sampledRestarts === "always" || (rows >= SAMPLED_RESTARTS_AUTO_MIN_ROWS && options.nInit > 1)
  );
}
