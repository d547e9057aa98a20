import { createRandom } from "./random";

/**
 * `count` distinct row indices out of `rows`, drawn by a seeded partial Fisher-Yates shuffle on stream
 * `streamIndex` of the seed, in ascending order (so a sample reads the data front to back).
 *
 * Cost: O(rows) time and memory for the index array, O(count log count) for the sort.
 *
 * @example sampleRowIndices(10, 3, 0, 7).length // 3
 */
export function sampleRowIndices(rows: number, count: number, seed: number, streamIndex: number): Int32Array {
  const random = createRandom(seed, streamIndex);
  const order = new Int32Array(rows);
  for (let row = 0; row < rows; row++) order[row] = row;
  for (let index = 0; index < count; index++) {
    const swap = index + random.nextIndex(rows - index);
    const kept = order[swap] as number;
    order[swap] = order[index] as number;
    order[index] = kept;
  }
  return order.slice(0, count).sort();
}
