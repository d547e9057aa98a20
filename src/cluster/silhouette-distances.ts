import { CoreError } from "../errors";
import { assertScorableClusterCount, denseLabels } from "./cluster-labels";
import type { SilhouetteValues } from "./silhouette-from-sums";
import { silhouetteFromSums } from "./silhouette-from-sums";

/**
 * Silhouettes from a precomputed dissimilarity matrix (scikit-learn's `metric="precomputed"`): `distances`
 * is rows × rows, row-major, symmetric with zeros on the diagonal. Reproduces Rousseeuw's (1987) 12-country
 * example. Optional weights count copies, as in {@link silhouetteFromSums}.
 *
 * Cost: O(rows²).
 *
 * @throws CoreError DISTANCES_SHAPE_INVALID, DISTANCE_INVALID (negative, not finite, non-zero diagonal or
 *   not symmetric), LABELS_LENGTH_MISMATCH, LABEL_INVALID, CLUSTER_COUNT_INVALID
 * @example silhouetteFromDistances(new Float64Array([0, 1, 5, 1, 0, 5, 5, 5, 0]), 3, [0, 0, 1]).mean // 0.5333…
 */
export function silhouetteFromDistances(
  distances: Float64Array,
  rows: number,
  labels: ArrayLike<number>,
  weights?: Float64Array,
): SilhouetteValues {
  if (!Number.isInteger(rows) || rows < 1 || distances.length !== rows * rows) {
    throw new CoreError(
      "DISTANCES_SHAPE_INVALID",
      `The distances must form a rows × rows table (got ${distances.length} values for ${rows} rows)`,
    );
  }
  assertDissimilarities(distances, rows);
  const dense = denseLabels(labels, rows, "silhouetteFromDistances", weights);
  assertScorableClusterCount(dense);
  const clusters = dense.clusterCount;
  const sums = new Float64Array(rows * clusters);
  for (let row = 0; row < rows; row++) {
    for (let other = 0; other < rows; other++) {
      if (other === row) continue;
      const at = row * clusters + (dense.labels[other] as number);
      sums[at] = (sums[at] as number) + (weights?.[other] ?? 1) * (distances[row * rows + other] as number);
    }
  }
  return silhouetteFromSums(sums, dense, weights);
}

function assertDissimilarities(distances: Float64Array, rows: number): void {
  for (let row = 0; row < rows; row++) {
    for (let other = 0; other < rows; other++) {
      const value = distances[row * rows + other] as number;
      const mirrored = distances[other * rows + row] as number;
      const problem =
        !Number.isFinite(value) || value < 0
          ? "is negative or not a number"
          : row === other && value !== 0
            ? "is not 0 on the diagonal"
            : value !== mirrored
              ? "is not symmetric"
              : null;
      if (problem !== null) {
        throw new CoreError(
          "DISTANCE_INVALID",
          `A distance ${problem} (row ${row + 1}, column ${other + 1})`,
        );
      }
    }
  }
}
