import { CoreError } from "../errors";
import { collapseRowsUpTo } from "./collapse-rows";
import type { NumericMatrix } from "./matrix";
import { assertMatrix, countDistinctRowsUpTo, weightsOrOnes } from "./matrix";
import type { ColumnScaling, ConstantColumnPolicy } from "./standardize";
import { standardizeColumns } from "./standardize";

/**
 * The matrix as k-means works on it: checked once, identical rows collapsed into weighted rows (when that at
 * least halves the rows), optionally standardised, then centred on the weighted column means (as
 * scikit-learn does, for accurate distances). Shared by every k of an elbow sweep.
 */
export interface PreparedMatrix {
  /** The rows clustered (distinct rows when collapsed), standardised or not, before centring. */
  readonly clustered: NumericMatrix & { readonly weights: Float64Array };
  /** `clustered.data` minus `columnMeans`, row-major. */
  readonly centred: Float64Array;
  readonly rows: number;
  readonly columns: number;
  readonly weights: Float64Array;
  readonly columnMeans: Float64Array;
  /** Mean over columns of the weighted population variance of `clustered`: the unit of the tolerance. */
  readonly meanVariance: number;
  readonly scaling: ColumnScaling | null;
  readonly constantColumns: readonly number[];
  /** For each input row, its row in `clustered`; null when rows were not collapsed. */
  readonly rowToUnique: Int32Array | null;
  /** Distinct rows of the input, counted exactly when collapsed, else at least up to the k asked for. */
  readonly distinctRowsAtLeast: (limit: number) => number;
}

export interface PrepareSettings {
  readonly standardize: boolean;
  readonly onConstantColumn: ConstantColumnPolicy;
  readonly collapseDuplicates: boolean;
}

/**
 * Checks, collapses (optionally), standardises (optionally) and centres a matrix for k-means.
 *
 * Cost: O(rows × columns) expected; up to three copies of the data.
 *
 * @throws CoreError the codes of {@link assertMatrix}; CONSTANT_COLUMN with onConstantColumn "error"
 * @example prepareMatrix({ data: new Float64Array([0, 2]), rows: 2, columns: 1 }, { standardize: false, onConstantColumn: "keep", collapseDuplicates: true }, "kmeans").meanVariance // 1
 */
export function prepareMatrix(
  matrix: NumericMatrix,
  settings: PrepareSettings,
  functionName: string,
): PreparedMatrix {
  assertMatrix(matrix, functionName);
  const collapsed = settings.collapseDuplicates
    ? collapseRowsUpTo(matrix, Math.floor(matrix.rows / 2))
    : null;
  let clustered: NumericMatrix = collapsed?.matrix ?? matrix;
  let scaling: ColumnScaling | null = null;
  let constantColumns: readonly number[] = [];
  if (settings.standardize) {
    const standardized = standardizeColumns(clustered, { onConstantColumn: settings.onConstantColumn });
    clustered = standardized.matrix;
    scaling = { means: standardized.means, standardDeviations: standardized.standardDeviations };
    constantColumns = standardized.constantColumns;
  }
  const { rows, columns, data } = clustered;
  const weights = weightsOrOnes(clustered);
  let totalWeight = 0;
  const columnMeans = new Float64Array(columns);
  for (let row = 0; row < rows; row++) {
    const weight = weights[row] as number;
    totalWeight += weight;
    for (let column = 0; column < columns; column++) {
      columnMeans[column] =
        (columnMeans[column] as number) + weight * (data[row * columns + column] as number);
    }
  }
  for (let column = 0; column < columns; column++)
    columnMeans[column] = (columnMeans[column] as number) / totalWeight;
  const centred = new Float64Array(data.length);
  let sumOfSquares = 0;
  for (let index = 0; index < data.length; index++) {
    const value = (data[index] as number) - (columnMeans[index % columns] as number);
    centred[index] = value;
    sumOfSquares += (weights[Math.floor(index / columns)] as number) * value * value;
  }
  return {
    clustered: { data, rows, columns, weights },
    centred,
    rows,
    columns,
    weights,
    columnMeans,
    meanVariance: sumOfSquares / totalWeight / columns,
    scaling,
    constantColumns,
    rowToUnique: collapsed?.rowToUnique ?? null,
    distinctRowsAtLeast: (limit) =>
      collapsed === null ? countDistinctRowsUpTo(matrix, limit) : collapsed.matrix.rows,
  };
}

/**
 * Throws unless k is a whole number from 1 to the number of distinct rows.
 *
 * Cost: O(rows × k × columns) at most.
 *
 * @throws CoreError K_INVALID, K_EXCEEDS_DISTINCT_ROWS
 */
export function assertClusterCount(prepared: PreparedMatrix, k: number): void {
  if (!Number.isSafeInteger(k) || k < 1) {
    throw new CoreError("K_INVALID", `The number of segments k must be a whole number ≥ 1 (got ${k})`, {
      argument: "k",
      value: k,
    });
  }
  const distinct = prepared.distinctRowsAtLeast(k);
  if (distinct < k) {
    throw new CoreError(
      "K_EXCEEDS_DISTINCT_ROWS",
      `k = ${k} is more than the ${distinct} distinct rows: choose a smaller k`,
      { argument: "k", value: k, bound: distinct },
    );
  }
}
