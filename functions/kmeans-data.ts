import type { NumericMatrix } from "../src/cluster";
import { CoreError, isCoreError, messageInTermsOf } from "../src/errors";
import { numberFromCell, type CellInput } from "./shared/cells";

/** A worksheet function's k-means reruns on every recalculation (on the pane's worker): bigger data belong to the pane or the CLI. */
export const MAX_DATA_ROWS = 50_000;

/** The points of a data range: one matrix row per usable range row, and what happened to the other rows. */
export interface DataPoints {
  readonly matrix: NumericMatrix;
  /** For each range row up to the last row with data: its matrix row, "blank" (every cell blank, left out), or the error of its first bad cell. */
  readonly rowOutcomes: readonly (number | "blank" | CoreError)[];
  /** The first bad cell's error, or null. */
  readonly firstProblem: CoreError | null;
}

function isBlank(cell: CellInput): boolean {
  return cell === null || cell === undefined || cell === "";
}

/**
 * Reads a range of points (rows = points, columns = features). A row whose cells are all blank is left out; a row
 * with a blank, text, boolean or error cell is left out with an error naming that cell's row and column.
 * Rows after the last row with data are not data: on the web they arrive blank (null), on desktop as 0s (office-js
 * issues 4702, 1951, 5262), so trailing rows whose cells are all blank or 0 are cut off and get no outcome; that
 * makes =KMEANS.LABELS(B:D, 5) work. A 0 row between data rows is a point (0, …, 0): on desktop a blank row there
 * cannot be told from it.
 *
 * @throws CoreError DATA_TOO_LARGE (over {@link MAX_DATA_ROWS} rows with data), MATRIX_SHAPE_INVALID (no columns)
 */
export function readDataPoints(data: readonly (readonly CellInput[])[], functionName: string): DataPoints {
  const columns = data[0]?.length ?? 0;
  if (columns === 0)
    throw new CoreError("MATRIX_SHAPE_INVALID", `${functionName} requires data with at least one column`);
  let usedRows = data.length;
  while (usedRows > 0 && (data[usedRows - 1] as readonly CellInput[]).every(isBlankOrZero)) usedRows--;
  const used = data.slice(0, usedRows);
  const dataRows = used.reduce((count, row) => (row.every(isBlank) ? count : count + 1), 0);
  if (dataRows > MAX_DATA_ROWS) {
    throw new CoreError(
      "DATA_TOO_LARGE",
      `${functionName}: data has ${dataRows} rows, over ${MAX_DATA_ROWS}: use the task pane's Segment or the command line (commerce-analytics kmeans)`,
    );
  }
  const values = new Float64Array(dataRows * columns);
  const rowOutcomes: (number | "blank" | CoreError)[] = [];
  let rows = 0;
  let firstProblem: CoreError | null = null;
  used.forEach((row, rowIndex) => {
    if (row.every(isBlank)) {
      rowOutcomes.push("blank");
      return;
    }
    try {
      for (let column = 0; column < columns; column++) {
        const where = `${functionName}: data (row ${rowIndex + 1}, column ${column + 1})`;
        values[rows * columns + column] = numberFromCell(row[column], where);
      }
      rowOutcomes.push(rows);
      rows++;
    } catch (error) {
      if (!isCoreError(error)) throw error;
      rowOutcomes.push(error);
      firstProblem ??= error;
    }
  });
  return { matrix: { data: values.slice(0, rows * columns), rows, columns }, rowOutcomes, firstProblem };
}

function isBlankOrZero(cell: CellInput): boolean {
  return isBlank(cell) || cell === 0;
}

/**
 * A core error in the worksheet function's terms: the core function leading the message becomes the
 * worksheet function's name (messageInTermsOf owns the message format).
 */
export function inFunctionTerms(error: unknown, functionName: string): unknown {
  if (!isCoreError(error)) return error;
  return new CoreError(error.code, messageInTermsOf(error, functionName), error.details);
}

/**
 * An optional whole-number argument: blank means `fallback`, and so does 0 where `zeroIsBlank` (desktop Excel
 * passes an empty cell as 0, office-js issue 4702; use it only where 0 is not a valid value, e.g. k_max).
 *
 * @throws CoreError CELL_ERROR, CELL_NOT_NUMBER
 */
export function optionalNumber(cell: CellInput, fallback: number, what: string, zeroIsBlank = false): number {
  return isBlank(cell) || (zeroIsBlank && cell === 0) ? fallback : numberFromCell(cell, what);
}
