/**
 * Squared Euclidean distance between row `row` of the row-major `data` and the point starting at `offset`
 * in `points` (both with `columns` values). Hot loops inline this instead of calling it.
 *
 * Cost: O(columns).
 *
 * @example squaredDistance(new Float64Array([1, 2]), 0, new Float64Array([4, 6]), 0, 2) // 25
 */
export function squaredDistance(
  data: Float64Array,
  row: number,
  points: Float64Array,
  offset: number,
  columns: number,
): number {
  let sum = 0;
  const rowOffset = row * columns;
  for (let column = 0; column < columns; column++) {
    const difference = (data[rowOffset + column] as number) - (points[offset + column] as number);
    sum += difference * difference;
  }
  return sum;
}
