/**
 * Hartigan's single-row moves after Lloyd (Hartigan & Wong 1979's criterion; Telgarsky & Vattani 2010):
 * moving a row of weight w from cluster A (total weight W_A) to B changes the inertia by
 * w·W_B/(W_B + w)·d_B² − w·W_A/(W_A − w)·d_A², with d the distance to the current centroids. Each pass
 * visits the rows in order and makes every move that lowers the inertia (by more than a relative 1e-12),
 * updating the two centroids at once. A solution that no move improves is also a Lloyd fixed point, so
 * this only ever lowers Lloyd's inertia; it matters most on discrete data (R/F/M levels) and collapsed rows,
 * where Lloyd stops with rows sitting on a boundary.
 *
 * Cost: O(rows × k × columns) per pass; stops after a pass without moves or after `maxPasses`.
 *
 * @param centers k × columns, must be the weighted means of `labels`; updated in place
 * @returns the number of passes made
 *
 * @example
 * const labels = Int32Array.of(0, 0, 1);
 * const centers = Float64Array.of(1, 3);
 * hartiganRefine(Float64Array.of(0, 2, 3), 3, 1, Float64Array.of(1, 1, 1), 2, labels, centers, 10) // 2 (a move, then none)
 * labels // Int32Array [0, 1, 1]
 * centers // Float64Array [0, 2.5]
 */
export function hartiganRefine(
  data: Float64Array,
  rows: number,
  columns: number,
  weights: Float64Array,
  k: number,
  labels: Int32Array,
  centers: Float64Array,
  maxPasses: number,
): number {
  const clusterWeights = new Float64Array(k);
  for (let row = 0; row < rows; row++) {
    const label = labels[row] as number;
    clusterWeights[label] = (clusterWeights[label] as number) + (weights[row] as number);
  }
  let passes = 0;
  let moved = true;
  while (moved && passes < maxPasses) {
    moved = false;
    passes++;
    for (let row = 0; row < rows; row++) {
      const from = labels[row] as number;
      const weight = weights[row] as number;
      const fromWeight = clusterWeights[from] as number;
      if (fromWeight <= weight) continue;
      const removalGain =
        ((weight * fromWeight) / (fromWeight - weight)) * distanceToCenter(data, row, centers, from, columns);
      let to = -1;
      let bestCost = removalGain * (1 - 1e-12);
      for (let center = 0; center < k; center++) {
        if (center === from) continue;
        const toWeight = clusterWeights[center] as number;
        const cost =
          ((weight * toWeight) / (toWeight + weight)) * distanceToCenter(data, row, centers, center, columns);
        if (cost < bestCost) {
          bestCost = cost;
          to = center;
        }
      }
      if (to < 0) continue;
      moveRow(data, row, columns, weight, from, to, centers, clusterWeights);
      labels[row] = to;
      moved = true;
    }
  }
  return passes;
}

function moveRow(
  data: Float64Array,
  row: number,
  columns: number,
  weight: number,
  from: number,
  to: number,
  centers: Float64Array,
  clusterWeights: Float64Array,
): void {
  const fromWeight = clusterWeights[from] as number;
  const toWeight = clusterWeights[to] as number;
  for (let column = 0; column < columns; column++) {
    const value = data[row * columns + column] as number;
    const fromAt = from * columns + column;
    const toAt = to * columns + column;
    centers[fromAt] = ((centers[fromAt] as number) * fromWeight - weight * value) / (fromWeight - weight);
    centers[toAt] = ((centers[toAt] as number) * toWeight + weight * value) / (toWeight + weight);
  }
  clusterWeights[from] = fromWeight - weight;
  clusterWeights[to] = toWeight + weight;
}

function distanceToCenter(
  data: Float64Array,
  row: number,
  centers: Float64Array,
  center: number,
  columns: number,
): number {
  let distanceSq = 0;
  for (let column = 0; column < columns; column++) {
    const difference =
      (data[row * columns + column] as number) - (centers[center * columns + column] as number);
    distanceSq += difference * difference;
  }
  return distanceSq;
}
