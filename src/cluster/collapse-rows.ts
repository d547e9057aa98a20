import { CoreError } from "../errors";
import type { NumericMatrix } from "./matrix";
import { assertMatrix } from "./matrix";

/** After this many rows, data with over 90 % distinct rows is taken not to be worth collapsing. */
const PROBE_ROWS = 4096;

export interface CollapsedRows {
  /** The distinct rows in order of first appearance, weighted by the total weight of their copies. */
  readonly matrix: NumericMatrix & { readonly weights: Float64Array };
  /** For each original row, the index of its distinct row. */
  readonly rowToUnique: Int32Array;
}

/**
 * Collapses identical rows into one weighted row each. Clustering the result with its weights is the same
 * problem as clustering every copy (the member study's levels: a million members, a few dozen distinct rows).
 * Rows are compared by value (0 and −0 are equal); the original weights, if any, are summed.
 *
 * Cost: O(rows × columns) expected, with an open-addressing hash table of the rows' bit patterns.
 *
 * @throws CoreError the codes of {@link assertMatrix}
 * @example collapseIdenticalRows({ data: new Float64Array([1, 2, 1, 2, 3, 4]), rows: 3, columns: 2 }).matrix.weights // Float64Array [2, 1]
 */
export function collapseIdenticalRows(matrix: NumericMatrix): CollapsedRows {
  assertMatrix(matrix, "collapseIdenticalRows", 1);
  return collapseRowsUpTo(matrix, matrix.rows) as CollapsedRows;
}

/**
 * As {@link collapseIdenticalRows} for a checked matrix, giving up (null) as soon as there are more than
 * `maxDistinct` distinct rows, or (when `maxDistinct` < rows) when over 90 % of the first 4,096 rows are
 * distinct, so data without repeats costs little.
 *
 * Cost: O(rows × columns) expected.
 */
export function collapseRowsUpTo(matrix: NumericMatrix, maxDistinct: number): CollapsedRows | null {
  const { data, rows, columns, weights } = matrix;
  const bits = new Uint32Array(new Float64Array(1).buffer);
  const scratch = new Float64Array(bits.buffer);
  let capacity = 16;
  while (capacity < rows * 2) capacity *= 2;
  const slots = new Int32Array(capacity).fill(-1);
  const rowToUnique = new Int32Array(rows);
  const firstRowOfUnique: number[] = [];
  const uniqueWeights: number[] = [];
  for (let row = 0; row < rows; row++) {
    // Rows that are nearly all distinct so far will not halve: stop early (continuous data).
    if (row === PROBE_ROWS && maxDistinct < rows && firstRowOfUnique.length > PROBE_ROWS * 0.9) return null;
    let hash = 0x811c9dc5;
    for (let column = 0; column < columns; column++) {
      scratch[0] = (data[row * columns + column] as number) + 0; // + 0 turns −0 into 0
      hash = Math.imul(hash ^ (bits[0] as number), 0x01000193);
      hash = Math.imul(hash ^ (bits[1] as number), 0x01000193);
    }
    let slot = (hash ^ (hash >>> 15)) & (capacity - 1);
    for (;;) {
      const unique = slots[slot] as number;
      if (unique === -1) {
        if (firstRowOfUnique.length >= maxDistinct) return null;
        slots[slot] = firstRowOfUnique.length;
        rowToUnique[row] = firstRowOfUnique.length;
        firstRowOfUnique.push(row);
        uniqueWeights.push(weights?.[row] ?? 1);
        break;
      }
      if (rowsEqual(data, columns, firstRowOfUnique[unique] as number, row)) {
        rowToUnique[row] = unique;
        uniqueWeights[unique] = (uniqueWeights[unique] as number) + (weights?.[row] ?? 1);
        break;
      }
      slot = (slot + 1) & (capacity - 1);
    }
  }
  const uniqueData = new Float64Array(firstRowOfUnique.length * columns);
  firstRowOfUnique.forEach((row, unique) => {
    uniqueData.set(data.subarray(row * columns, (row + 1) * columns), unique * columns);
  });
  return {
    matrix: {
      data: uniqueData,
      rows: firstRowOfUnique.length,
      columns,
      weights: Float64Array.from(uniqueWeights),
    },
    rowToUnique,
  };
}

/**
 * Maps labels of the distinct rows back to every original row: `labels[row] = uniqueLabels[rowToUnique[row]]`.
 *
 * Cost: O(rows).
 *
 * @throws CoreError LABELS_LENGTH_MISMATCH when a unique index has no label
 * @example expandLabels(new Int32Array([1, 0]), new Int32Array([0, 0, 1])) // Int32Array [1, 1, 0]
 */
export function expandLabels(uniqueLabels: Int32Array, rowToUnique: Int32Array): Int32Array {
  const labels = new Int32Array(rowToUnique.length);
  for (let row = 0; row < rowToUnique.length; row++) {
    const unique = rowToUnique[row] as number;
    if (unique < 0 || unique >= uniqueLabels.length) {
      throw new CoreError(
        "LABELS_LENGTH_MISMATCH",
        `${uniqueLabels.length} segment labels do not cover distinct row ${unique + 1} (row ${row + 1})`,
      );
    }
    labels[row] = uniqueLabels[unique] as number;
  }
  return labels;
}

function rowsEqual(data: Float64Array, columns: number, first: number, second: number): boolean {
  for (let column = 0; column < columns; column++) {
    if (data[first * columns + column] !== data[second * columns + column]) return false;
  }
  return true;
}
