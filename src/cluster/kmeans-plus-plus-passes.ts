/**
 * k-means++'s pass after choosing a centre: lowers each row's squared distance to the nearest chosen centre
 * with centre `center` and fills the cumulative weighted sums the next draw searches; returns the potential
 * (Σ weight × squared distance to the nearest centre).
 *
 * Cost: O(rows × columns).
 *
 * @param closestSq in/out, one per row (Infinity before the first centre)
 * @param cumulative out, one per row
 *
 * @example
 * const closestSq = Float64Array.of(Infinity, Infinity, Infinity);
 * const cumulative = new Float64Array(3);
 * const ones = Float64Array.of(1, 1, 1);
 * absorbCenter(Float64Array.of(0, 2, 5), 3, 1, ones, Float64Array.of(0), 0, closestSq, cumulative) // 29 (0 + 4 + 25)
 * absorbCenter(Float64Array.of(0, 2, 5), 3, 1, ones, Float64Array.of(5), 0, closestSq, cumulative) // 4 (0 + 4 + 0)
 * closestSq // Float64Array [0, 4, 0]
 * cumulative // Float64Array [0, 4, 4]
 */
export function absorbCenter(
  data: Float64Array,
  rows: number,
  columns: number,
  weights: Float64Array,
  centers: Float64Array,
  center: number,
  closestSq: Float64Array,
  cumulative: Float64Array,
): number {
  const centerOffset = center * columns;
  let running = 0;
  for (let row = 0; row < rows; row++) {
    let distanceSq = 0;
    for (let column = 0; column < columns; column++) {
      const difference =
        (data[row * columns + column] as number) - (centers[centerOffset + column] as number);
      distanceSq += difference * difference;
    }
    const nearest = distanceSq < (closestSq[row] as number) ? distanceSq : (closestSq[row] as number);
    closestSq[row] = nearest;
    running += (weights[row] as number) * nearest;
    cumulative[row] = running;
  }
  return running;
}

/**
 * Greedy k-means++'s comparison of candidate centres: for each candidate row, the potential it would leave,
 * Σ weight × min(current squared distance, squared distance to the candidate), summed over rows in order.
 *
 * Cost: O(rows × trials × columns).
 *
 * @param candidates row indices of the candidates (first `trials` used)
 * @param potentials out, one per candidate
 *
 * @example
 * const potentials = new Float64Array(2);
 * const closestSq = Float64Array.of(0, 4, 25);
 * candidatePotentials(Float64Array.of(0, 2, 5), 3, 1, Float64Array.of(1, 1, 1), closestSq, Int32Array.of(1, 2), 2, potentials);
 * potentials // Float64Array [9, 4]
 * // (one centre at 0 so far; the row at 2 leaves 0 + 0 + min(25, 3²), the row at 5 leaves 0 + min(4, 3²) + 0)
 */
export function candidatePotentials(
  data: Float64Array,
  rows: number,
  columns: number,
  weights: Float64Array,
  closestSq: Float64Array,
  candidates: Int32Array,
  trials: number,
  potentials: Float64Array,
): void {
  potentials.fill(0);
  for (let row = 0; row < rows; row++) {
    const current = closestSq[row] as number;
    const weight = weights[row] as number;
    const rowOffset = row * columns;
    for (let trial = 0; trial < trials; trial++) {
      const candidateOffset = (candidates[trial] as number) * columns;
      let distanceSq = 0;
      for (let column = 0; column < columns; column++) {
        const difference = (data[rowOffset + column] as number) - (data[candidateOffset + column] as number);
        distanceSq += difference * difference;
      }
      potentials[trial] =
        (potentials[trial] as number) + weight * (distanceSq < current ? distanceSq : current);
    }
  }
}
