/**
 * Inertia of labelled rows: Σ weight × squared distance from each row to its label's centre (scikit-learn's
 * `_inertia`).
 *
 * Cost: O(rows × columns).
 *
 * @example weightedInertia(Float64Array.from([0, 2]), 2, 1, Float64Array.from([1, 1]), Int32Array.from([0, 0]), Float64Array.from([1])) // 2
 */
export function weightedInertia(
  data: Float64Array,
  rows: number,
  columns: number,
  weights: Float64Array,
  labels: Int32Array,
  centers: Float64Array,
): number {
  let inertia = 0;
  for (let row = 0; row < rows; row++) {
    const centerOffset = (labels[row] as number) * columns;
    let distanceSq = 0;
    for (let column = 0; column < columns; column++) {
      const difference =
        (data[row * columns + column] as number) - (centers[centerOffset + column] as number);
      distanceSq += difference * difference;
    }
    inertia += (weights[row] as number) * distanceSq;
  }
  return inertia;
}
