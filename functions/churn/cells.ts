import { CoreError } from "../../src/errors";
import { isErrorCell, type CellInput } from "../shared/cells";

/** A range argument as Excel passes it (one value arrives as a 1×1 range). */
export type CellRange = readonly (readonly CellInput[])[];

/** Blank on the web (null), or "" from a formula. */
export function isBlankCell(cell: CellInput): boolean {
  return cell === null || cell === undefined || cell === "";
}

/**
 * A cell that must hold a number; the error's details name the argument and the 1-based row and column of
 * the cell in its range (details.row is 0-based, as everywhere), so =CHURN.PROBABILITY words it.
 *
 * @throws CoreError CELL_BLANK, CELL_ERROR, CELL_NOT_NUMBER
 */
export function numberIn(cell: CellInput, argument: string, row: number, column: number): number {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  const where = { argument, row, column: String(column + 1) };
  if (isErrorCell(cell)) {
    const code = (cell as { code: string }).code;
    throw new CoreError("CELL_ERROR", `${argument}: an error value (${code})`, { ...where, value: code });
  }
  if (isBlankCell(cell)) throw new CoreError("CELL_BLANK", `${argument}: a blank cell`, where);
  throw new CoreError("CELL_NOT_NUMBER", `${argument}: not a number`, { ...where, value: String(cell) });
}

/**
 * Every cell of the coefficients range, row-major, as numbers (a blank, text or error cell fails).
 *
 * @throws CoreError CELL_BLANK, CELL_ERROR, CELL_NOT_NUMBER
 */
export function coefficientCells(range: CellRange): number[] {
  return range.flatMap((cells, row) =>
    cells.map((cell, column) => numberIn(cell, "coefficients", row, column)),
  );
}

/** "3×1" */
export function shapeOf(range: CellRange): string {
  return `${range.length}×${range[0]?.length ?? 0}`;
}

/**
 * Throws unless the four member ranges have one shape.
 *
 * @throws CoreError RANGE_SHAPE_MISMATCH (details.value: the four shapes)
 */
export function requireOneShape(ranges: readonly CellRange[]): void {
  const shapes = ranges.map(shapeOf);
  const ragged = ranges.some((range) => range.some((cells) => cells.length !== (range[0]?.length ?? 0)));
  if (ragged || new Set(shapes).size > 1) {
    throw new CoreError(
      "RANGE_SHAPE_MISMATCH",
      `CHURN.PROBABILITY: recency, frequency, monetary and tenure must have the same size (got ${shapes.join(", ")})`,
      { value: shapes.join(", ") },
    );
  }
}
