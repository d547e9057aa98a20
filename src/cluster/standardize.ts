import { CoreError } from "../errors";
import type { NumericMatrix } from "./matrix";
import { assertMatrix } from "./matrix";

/** What to do with a column whose values are all equal (standard deviation 0). */
export type ConstantColumnPolicy = "keep" | "error";

export interface StandardizeOptions {
  /**
   * "keep": the column becomes all zeros (it adds nothing to any distance) and is listed in `constantColumns`
   * so the caller can write a data-quality note; "error": throw CONSTANT_COLUMN.
   * @default "keep"
   */
  readonly onConstantColumn?: ConstantColumnPolicy;
}

/** Per-column location and scale, to map centroids back to original units. */
export interface ColumnScaling {
  readonly means: Float64Array;
  /** Population standard deviations (divisor = total weight); 0 for a constant column. */
  readonly standardDeviations: Float64Array;
}

export interface StandardizedMatrix extends ColumnScaling {
  readonly matrix: NumericMatrix;
  /** 0-based indices of constant columns (kept at 0). */
  readonly constantColumns: readonly number[];
}

/**
 * z-scores every column: (value − mean) / sd with the population standard deviation (divisor n, or the total
 * weight when rows are weighted), as scikit-learn's `StandardScaler` does. Weights are kept unchanged.
 *
 * Cost: O(rows × columns), one new matrix.
 *
 * @throws CoreError CONSTANT_COLUMN (with onConstantColumn "error"), and the codes of {@link assertMatrix}
 * @example standardizeColumns({ data: new Float64Array([1, 3]), rows: 2, columns: 1 }).matrix.data // Float64Array [-1, 1]
 */
export function standardizeColumns(
  matrix: NumericMatrix,
  options: StandardizeOptions = {},
): StandardizedMatrix {
  assertMatrix(matrix, "standardizeColumns", 1);
  const { data, rows, columns, weights } = matrix;
  const means = new Float64Array(columns);
  const standardDeviations = new Float64Array(columns);
  let totalWeight = 0;
  for (let row = 0; row < rows; row++) {
    const weight = weights?.[row] ?? 1;
    totalWeight += weight;
    for (let column = 0; column < columns; column++) {
      means[column] = (means[column] as number) + weight * (data[row * columns + column] as number);
    }
  }
  for (let column = 0; column < columns; column++) means[column] = (means[column] as number) / totalWeight;
  for (let row = 0; row < rows; row++) {
    const weight = weights?.[row] ?? 1;
    for (let column = 0; column < columns; column++) {
      const deviation = (data[row * columns + column] as number) - (means[column] as number);
      standardDeviations[column] = (standardDeviations[column] as number) + weight * deviation * deviation;
    }
  }
  const constantColumns: number[] = [];
  for (let column = 0; column < columns; column++) {
    const sd = Math.sqrt((standardDeviations[column] as number) / totalWeight);
    // A spread below 1e-12 of the column's magnitude is rounding noise of an all-equal column.
    const isConstant = sd <= 1e-12 * Math.max(1, Math.abs(means[column] as number));
    standardDeviations[column] = isConstant ? 0 : sd;
    if (isConstant) constantColumns.push(column);
  }
  if (constantColumns.length > 0 && options.onConstantColumn === "error") {
    throw new CoreError(
      "CONSTANT_COLUMN",
      `All values in column ${(constantColumns[0] as number) + 1} are equal, so it cannot be standardised`,
    );
  }
  const scaled = new Float64Array(data.length);
  for (let index = 0; index < data.length; index++) {
    const column = index % columns;
    const sd = standardDeviations[column] as number;
    scaled[index] = sd === 0 ? 0 : ((data[index] as number) - (means[column] as number)) / sd;
  }
  const scaledMatrix: NumericMatrix =
    weights === undefined ? { data: scaled, rows, columns } : { data: scaled, rows, columns, weights };
  return { matrix: scaledMatrix, means, standardDeviations, constantColumns };
}

/**
 * Maps standardised points (e.g. centroids) back to original units: value × sd + mean, column by column.
 * A constant column maps back to its mean.
 *
 * Cost: O(values).
 *
 * @example toOriginalUnits(new Float64Array([-1, 1]), { means: new Float64Array([2]), standardDeviations: new Float64Array([1]) }) // Float64Array [1, 3]
 */
export function toOriginalUnits(points: Float64Array, scaling: ColumnScaling): Float64Array {
  const columns = scaling.means.length;
  const original = new Float64Array(points.length);
  for (let index = 0; index < points.length; index++) {
    const column = index % columns;
    original[index] =
      (points[index] as number) * (scaling.standardDeviations[column] as number) +
      (scaling.means[column] as number);
  }
  return original;
}
