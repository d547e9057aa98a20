/**
 * Half the distance from each centre to its nearest other centre (Infinity when k = 1): a row nearer than
 * that to its own centre cannot be nearer to any other (Hamerly 2010, after Elkan 2003).
 *
 * Cost: O(k² × columns).
 *
 * @example
 * const halfGaps = new Float64Array(3);
 * computeHalfGaps(Float64Array.of(0, 4, 10), 3, 1, halfGaps);
 * halfGaps // Float64Array [2, 2, 3]
 */
export function computeHalfGaps(
  centers: Float64Array,
  k: number,
  columns: number,
  halfGaps: Float64Array,
): void {
  halfGaps.fill(Infinity);
  for (let first = 0; first < k; first++) {
    for (let second = first + 1; second < k; second++) {
      let distanceSq = 0;
      for (let column = 0; column < columns; column++) {
        const difference =
          (centers[first * columns + column] as number) - (centers[second * columns + column] as number);
        distanceSq += difference * difference;
      }
      const half = 0.5 * Math.sqrt(distanceSq);
      if (half < (halfGaps[first] as number)) halfGaps[first] = half;
      if (half < (halfGaps[second] as number)) halfGaps[second] = half;
    }
  }
}
