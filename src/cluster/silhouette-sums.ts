/** A module constant: under Jest's vm context every global `Math.sqrt` lookup in a hot loop cost ~50×. */
const squareRoot = Math.sqrt;

/**
 * Silhouette's pair pass: for every pair of rows (first < second, in that order), the Euclidean distance,
 * added × the other row's weight to each row's sum for the other row's cluster (`sums[row × clusters +
 * cluster]`). The reference of the WebAssembly loop (wasm/wasm-silhouette.ts), which gives the same sums.
 *
 * Cost: O(rows² × columns).
 *
 * @example silhouetteSumsJs(Float64Array.from([0, 1, 10]), 3, 1, undefined, Int32Array.from([0, 0, 1]), 2)
 * // Float64Array [1, 10, 1, 9, 19, 0] (row 0: 1 to its cluster, 10 to the other; row 2: 10 + 9, 0)
 */
export function silhouetteSumsJs(
  data: Float64Array,
  rows: number,
  columns: number,
  weights: Float64Array | undefined,
  denseLabelOf: Int32Array,
  clusters: number,
): Float64Array {
  const sums = new Float64Array(rows * clusters);
  for (let first = 0; first < rows; first++) {
    const firstOffset = first * columns;
    const firstWeight = weights?.[first] ?? 1;
    const firstSums = first * clusters;
    const firstLabel = denseLabelOf[first] as number;
    for (let second = first + 1; second < rows; second++) {
      let distanceSq = 0;
      for (let column = 0; column < columns; column++) {
        const difference =
          (data[firstOffset + column] as number) - (data[second * columns + column] as number);
        distanceSq += difference * difference;
      }
      const distance = squareRoot(distanceSq);
      const secondLabel = denseLabelOf[second] as number;
      sums[firstSums + secondLabel] =
        (sums[firstSums + secondLabel] as number) + (weights?.[second] ?? 1) * distance;
      sums[second * clusters + firstLabel] =
        (sums[second * clusters + firstLabel] as number) + firstWeight * distance;
    }
  }
  return sums;
}
