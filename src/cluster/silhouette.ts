import { assertScorableClusterCount, denseLabels, type DenseLabels } from "./cluster-labels";
import type { NumericMatrix } from "./matrix";
import { assertMatrix } from "./matrix";
import { sampleRowIndices } from "./sample-rows";
import type { SilhouetteValues } from "./silhouette-from-sums";
import { silhouetteFromSums } from "./silhouette-from-sums";
import { silhouetteSumsJs } from "./silhouette-sums";
import { silhouetteSumsWasm } from "./wasm/wasm-silhouette";

export interface SilhouetteOptions {
  /** Up to this many rows the silhouette is exact (all pairs). @default 20000 */
  readonly exactMaxRows?: number;
  /** Above exactMaxRows: rows drawn (without replacement) to score, as scikit-learn's sample_size. @default 10000 */
  readonly sampleSize?: number;
  /** Seed of the sample. @default 0 */
  readonly seed?: number;
}

export interface SilhouetteScore {
  /** Weighted mean silhouette, −1..1. */
  readonly mean: number;
  /** True when a sample was scored instead of every row. */
  readonly sampled: boolean;
  readonly rowsScored: number;
}

/**
 * From this many rows the pair loop runs on the WebAssembly kernel (same sums); below, instantiating it costs
 * more than it saves.
 */
const WASM_MIN_ROWS = 200;

/** Stream of the seed used for sampling, apart from the k-means restarts' streams 0..nInit-1. */
const SAMPLE_STREAM = 0x5111;

/**
 * Mean silhouette (Rousseeuw 1987) with Euclidean distances, as scikit-learn's `silhouette_score`:
 * exact up to `exactMaxRows` rows, else on a seeded sample of `sampleSize` rows (sklearn's `sample_size`:
 * a and b are then computed within the sample). Weights count copies (see silhouette-from-sums.ts), so
 * collapsed identical rows score like the expanded rows. Singletons score 0.
 *
 * Cost: O(n² × columns) time, O(n × clusters) memory, n = rows scored (20,000 rows ≈ 2·10⁸ distances).
 *
 * @throws CoreError the codes of assertMatrix, LABELS_LENGTH_MISMATCH, LABEL_INVALID, CLUSTER_COUNT_INVALID
 * @example silhouetteScore({ data: new Float64Array([0, 1, 10, 11]), rows: 4, columns: 1 }, new Int32Array([0, 0, 1, 1])).mean // 0.8997…
 */
export function silhouetteScore(
  matrix: NumericMatrix,
  labels: ArrayLike<number>,
  options: SilhouetteOptions = {},
): SilhouetteScore {
  assertMatrix(matrix, "silhouetteScore");
  return silhouetteScoreOfDense(
    matrix,
    denseLabels(labels, matrix.rows, "silhouetteScore", matrix.weights),
    options,
  );
}

/**
 * {@link silhouetteScore} of a checked matrix from its dense labels (made once per k of a sweep and shared
 * with the other indices), which it trusts; a sample's labels are made dense again, so a cluster the sample
 * misses does not count.
 *
 * Cost: as {@link silhouetteScore}.
 *
 * @throws CoreError CLUSTER_COUNT_INVALID (fewer than 2 clusters in the rows scored, or every row its own)
 * @example
 * import { denseLabels } from "./cluster-labels";
 * silhouetteScoreOfDense({ data: Float64Array.of(0, 1, 10, 11), rows: 4, columns: 1 }, denseLabels([0, 0, 1, 1], 4, "silhouetteScore"), {}).mean // 0.8997…
 */
export function silhouetteScoreOfDense(
  matrix: NumericMatrix,
  dense: DenseLabels,
  options: SilhouetteOptions,
): SilhouetteScore {
  const exactMaxRows = options.exactMaxRows ?? 20_000;
  const sampleSize = Math.min(options.sampleSize ?? 10_000, matrix.rows);
  if (matrix.rows <= exactMaxRows || sampleSize >= matrix.rows) {
    return { mean: silhouetteOfDense(matrix, dense).mean, sampled: false, rowsScored: matrix.rows };
  }
  const chosen = sampleRowIndices(matrix.rows, sampleSize, options.seed ?? 0, SAMPLE_STREAM);
  const { columns, data, weights } = matrix;
  const sampleData = new Float64Array(sampleSize * columns);
  // Dense labels keep the order of the labels they renumber, so the sample's dense labels are those the
  // original labels would give.
  const sampleLabels = new Int32Array(sampleSize);
  const sampleWeights = weights === undefined ? undefined : new Float64Array(sampleSize);
  chosen.forEach((row, index) => {
    sampleData.set(data.subarray(row * columns, (row + 1) * columns), index * columns);
    sampleLabels[index] = dense.labels[row] as number;
    if (sampleWeights !== undefined) sampleWeights[index] = weights?.[row] ?? 1;
  });
  return {
    mean: silhouetteOfDense(
      { data: sampleData, rows: sampleSize, columns, ...(sampleWeights && { weights: sampleWeights }) },
      denseLabels(sampleLabels, sampleSize, "silhouetteScore", sampleWeights),
    ).mean,
    sampled: true,
    rowsScored: sampleSize,
  };
}

/**
 * Silhouette of every row (scikit-learn's `silhouette_samples`, Euclidean), exact, with the weighted mean.
 *
 * Cost: O(rows² × columns).
 *
 * @throws CoreError as {@link silhouetteScore}
 * @example silhouetteSamples({ data: new Float64Array([0, 1, 10, 11]), rows: 4, columns: 1 }, [0, 0, 1, 1]).perRow // Float64Array [0.9047…, 0.8947…, 0.8947…, 0.9047…]
 */
export function silhouetteSamples(matrix: NumericMatrix, labels: ArrayLike<number>): SilhouetteValues {
  assertMatrix(matrix, "silhouetteSamples");
  return silhouetteOfDense(matrix, denseLabels(labels, matrix.rows, "silhouetteSamples", matrix.weights));
}

function silhouetteOfDense(matrix: NumericMatrix, dense: DenseLabels): SilhouetteValues {
  const { data, rows, columns, weights } = matrix;
  assertScorableClusterCount(dense);
  const clusters = dense.clusterCount;
  const denseLabelOf = dense.labels;
  const sums =
    (rows >= WASM_MIN_ROWS
      ? silhouetteSumsWasm(data, rows, columns, weights ?? null, denseLabelOf, clusters)
      : null) ?? silhouetteSumsJs(data, rows, columns, weights, denseLabelOf, clusters);
  return silhouetteFromSums(sums, dense, weights);
}
