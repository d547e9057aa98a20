import type { ResolvedKMeansOptions } from "./kmeans-options";
import type { KMeansResult } from "./kmeans-types";
import { clusterOrder, renumberClusters } from "./order-clusters";
import type { PreparedMatrix } from "./prepare-matrix";
import { toOriginalUnits } from "./standardize";

/**
 * The public result from the winning restart: centroids moved back from centred to clustered units (and to
 * original units when standardised), clusters renumbered by the order keys, cluster weights counted.
 *
 * Cost: O(rows + k log k × columns).
 *
 * @example
 * import { resolveKMeansOptions } from "./kmeans-options";
 * import { prepareMatrix } from "./prepare-matrix";
 * const matrix = { data: Float64Array.of(1, 2, 9, 11), rows: 4, columns: 1 };
 * const prepared = prepareMatrix(matrix, { standardize: false, onConstantColumn: "keep", collapseDuplicates: false }, "kmeans");
 * const best = { inertia: 2.5, iterations: 2, converged: true, restart: 0 };
 * const result = buildKMeansResult(prepared, 2, resolveKMeansOptions({}, 1), Int32Array.of(0, 0, 1, 1),
 *   Float64Array.of(-4.25, 4.25), best);
 * result.centroids // Float64Array [10, 1.5] (the column mean 5.75 added back; highest first)
 * result.labels // Int32Array [1, 1, 0, 0]
 */
export function buildKMeansResult(
  prepared: PreparedMatrix,
  k: number,
  options: ResolvedKMeansOptions,
  labels: Int32Array,
  centredCenters: Float64Array,
  best: { inertia: number; iterations: number; converged: boolean; restart: number },
): KMeansResult {
  const { columns, columnMeans, weights, scaling } = prepared;
  const scaled = centredCenters.map((value, index) => value + (columnMeans[index % columns] as number));
  const order = clusterOrder(scaled, k, columns, options.orderBy);
  const renumbered = renumberClusters(labels, scaled, columns, order);
  const clusterWeights = new Float64Array(k);
  for (let row = 0; row < labels.length; row++) {
    const label = labels[row] as number;
    clusterWeights[label] = (clusterWeights[label] as number) + (weights[row] as number);
  }
  return {
    k,
    labels: renumbered.labels,
    centroids:
      scaling === null ? renumbered.centroids.slice() : toOriginalUnits(renumbered.centroids, scaling),
    scaledCentroids: renumbered.centroids,
    inertia: best.inertia,
    iterations: best.iterations,
    converged: best.converged,
    clusterWeights,
    bestRestart: best.restart,
    scaling,
    constantColumns: prepared.constantColumns,
  };
}
