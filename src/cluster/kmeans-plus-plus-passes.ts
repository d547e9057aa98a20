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
 * @example absorbCenter(Float64Array.from([0, 2]), 2, 1, Float64Array.from([1, 1]), Float64Array.from([2]), 0, Float64Array.from([Infinity, Infinity]), cumulative) // 4; closestSq [4, 0], cumulative [4, 4]
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
 * @example candidatePotentials(Float64Array.from([0, 2, 4]), 3, 1, ones, Float64Array.from([0, 4, 16]), Int32Array.from([1, 2]), 2, potentials) // potentials [4, 4]
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
