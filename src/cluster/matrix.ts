import { CoreError } from "../errors";

/**
 * A numeric matrix as the clustering functions take it: row-major values in one flat array
 * (`data[row * columns + column]`), with an optional positive weight per row.
 *
 * A weight counts a row that many times (scikit-learn's `sample_weight`): collapsing identical rows into one
 * row weighted by their count gives the same centroids, inertia and quality scores.
 */
export interface NumericMatrix {
  readonly data: Float64Array;
  readonly rows: number;
  readonly columns: number;
  /** One positive finite weight per row; omitted means every row weighs 1. */
  readonly weights?: Float64Array;
}

/**
 * Checks a matrix once at a public entry point: a whole, positive shape matching `data.length`, at least
 * `minimumRows` rows, finite values and positive finite weights.
 *
 * Cost: O(rows × columns).
 *
 * @param functionName the public function, for the error message
 * @throws CoreError MATRIX_SHAPE_INVALID, TOO_FEW_ROWS, VALUE_NOT_FINITE, WEIGHTS_LENGTH_MISMATCH,
 *   WEIGHT_NOT_POSITIVE
 * @example assertMatrix({ data: new Float64Array([1, 2, 3, 4]), rows: 2, columns: 2 }, "kmeans") // undefined
 */
export function assertMatrix(matrix: NumericMatrix, functionName: string, minimumRows = 2): void {
  const { data, rows, columns, weights } = matrix;
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 1) {
    throw new CoreError(
      "MATRIX_SHAPE_INVALID",
      `The data needs a whole number of rows and at least one column (got ${rows} × ${columns})`,
    );
  }
  if (data.length !== rows * columns) {
    throw new CoreError(
      "MATRIX_SHAPE_INVALID",
      `The data holds ${data.length} values, not rows × columns = ${rows * columns}`,
    );
  }
  if (rows < minimumRows) {
    throw new CoreError("TOO_FEW_ROWS", `At least ${minimumRows} rows are needed (got ${rows})`, {
      value: rows,
      bound: minimumRows,
    });
  }
  for (let index = 0; index < data.length; index++) {
    if (!Number.isFinite(data[index] as number)) {
      const row = Math.floor(index / columns) + 1;
      const column = (index % columns) + 1;
      throw new CoreError(
        "VALUE_NOT_FINITE",
        `A value is not a finite number (row ${row}, column ${column})`,
      );
    }
  }
  if (weights !== undefined) assertWeights(weights, rows);
}

function assertWeights(weights: Float64Array, rows: number): void {
  if (weights.length !== rows) {
    throw new CoreError(
      "WEIGHTS_LENGTH_MISMATCH",
      `${weights.length} weights for ${rows} rows: one weight per row is needed`,
    );
  }
  for (let row = 0; row < rows; row++) {
    const weight = weights[row] as number;
    if (!(weight > 0) || !Number.isFinite(weight)) {
      throw new CoreError(
        "WEIGHT_NOT_POSITIVE",
        `A weight is not a positive finite number (row ${row + 1}, weight ${weight})`,
      );
    }
  }
}

/**
 * The weights of a checked matrix, or a new array of ones.
 *
 * @example weightsOrOnes({ data: new Float64Array(2), rows: 2, columns: 1 }) // Float64Array [1, 1]
 */
export function weightsOrOnes(matrix: NumericMatrix): Float64Array {
  return matrix.weights ?? new Float64Array(matrix.rows).fill(1);
}

/**
 * Number of distinct rows, counting no further than `limit` (so the check "k ≤ distinct rows" stops early).
 *
 * Cost: O(rows × min(limit, distinct) × columns) — one Lloyd pass at most.
 *
 * @example countDistinctRowsUpTo({ data: new Float64Array([1, 1, 1, 1, 2, 2]), rows: 3, columns: 2 }, 10) // 2
 */
export function countDistinctRowsUpTo(matrix: NumericMatrix, limit: number): number {
  const { data, rows, columns } = matrix;
  const found: number[] = [];
  for (let row = 0; row < rows && found.length < limit; row++) {
    const offset = row * columns;
    const seen = found.some((other) => {
      const otherOffset = other * columns;
      for (let column = 0; column < columns; column++) {
        if (data[offset + column] !== data[otherOffset + column]) return false;
      }
      return true;
    });
    if (!seen) found.push(row);
  }
  return found.length;
}
