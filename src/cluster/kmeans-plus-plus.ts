import { JS_KMEANS_OPS, type KMeansOps } from "./kmeans-ops";
import type { RandomSource } from "./random";

/**
 * Greedy k-means++ seeding as scikit-learn's `_kmeans_plusplus` (1.3+, with sample weights): the first
 * centre is a row drawn with probability ∝ weight; each further centre draws `2 + floor(ln k)` candidate
 * rows with probability ∝ weight × squared distance to the nearest chosen centre and keeps the candidate
 * that minimises the potential (the weighted sum of those squared distances). Arthur & Vassilvitskii 2007.
 *
 * Difference from scikit-learn: a draw lands on the first row whose cumulative weight is strictly above the
 * random value, so a row at distance 0 (a duplicate of a centre) is never drawn; k ≤ distinct rows then
 * always gives k distinct centres.
 *
 * Cost: O(rows × columns × k × (3 + ln k)) time, no allocation beyond the two work buffers.
 *
 * @param data centred row-major values
 * @param centers output, k × columns
 * @param closestSq work buffer of length rows
 * @param cumulative work buffer of length rows
 * @param ops the distance passes (the JavaScript reference, or the WebAssembly kernel on its own memory)
 *
 * @example
 * import { createRandom } from "./random";
 * const centers = new Float64Array(3);
 * kmeansPlusPlus(Float64Array.of(0, 10, 20), 3, 1, Float64Array.of(1, 1, 1), 3, createRandom(0), centers,
 *   new Float64Array(3), new Float64Array(3));
 * [...centers].sort((a, b) => a - b) // [0, 10, 20] (a row already chosen is at distance 0: never drawn again)
 */
export function kmeansPlusPlus(
  data: Float64Array,
  rows: number,
  columns: number,
  weights: Float64Array,
  k: number,
  random: RandomSource,
  centers: Float64Array,
  closestSq: Float64Array,
  cumulative: Float64Array,
  ops: KMeansOps = JS_KMEANS_OPS,
): void {
  const trials = 2 + Math.floor(Math.log(k));
  let total = 0;
  for (let row = 0; row < rows; row++) {
    total += weights[row] as number;
    cumulative[row] = total;
  }
  copyRow(data, columns, searchStrictlyAbove(cumulative, rows, random.nextFloat() * total), centers, 0);
  closestSq.fill(Infinity, 0, rows);
  const candidates = new Int32Array(trials);
  const candidatePotentials = new Float64Array(trials);
  for (let center = 1; center < k; center++) {
    const potential = ops.absorbCenter(
      data,
      rows,
      columns,
      weights,
      centers,
      center - 1,
      closestSq,
      cumulative,
    );
    for (let trial = 0; trial < trials; trial++) {
      candidates[trial] = searchStrictlyAbove(cumulative, rows, random.nextFloat() * potential);
    }
    ops.candidatePotentials(data, rows, columns, weights, closestSq, candidates, trials, candidatePotentials);
    let best = 0;
    for (let trial = 1; trial < trials; trial++) {
      if ((candidatePotentials[trial] as number) < (candidatePotentials[best] as number)) best = trial;
    }
    copyRow(data, columns, candidates[best] as number, centers, center);
  }
}

function copyRow(
  data: Float64Array,
  columns: number,
  row: number,
  target: Float64Array,
  targetRow: number,
): void {
  for (let column = 0; column < columns; column++) {
    target[targetRow * columns + column] = data[row * columns + column] as number;
  }
}

/** First index whose cumulative value is strictly above `value` (numpy's searchsorted "right"), else the last row with probability. */
function searchStrictlyAbove(cumulative: Float64Array, rows: number, value: number): number {
  let low = 0;
  let high = rows;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  if (low < rows) return low;
  // Rounding put the value past the end: take the last row that carries probability.
  let last = rows - 1;
  while (last > 0 && cumulative[last] === cumulative[last - 1]) last--;
  return last;
}
