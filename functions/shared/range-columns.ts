import { CoreError } from "../../src/errors";
import { isErrorCell, numberFromCell, type CellInput } from "./cells";

/** A range argument as Excel passes it (a single value arrives as a 1×1 range). */
export type Range = readonly (readonly CellInput[])[];

/** "3×1": rows × columns of a range, for messages. */
export function shapeText(range: Range): string {
  return `${range.length}×${range[0]?.length ?? 0}`;
}

/** True when both ranges have the same rows and the same columns in every row. */
export function sameShape(left: Range, right: Range): boolean {
  return left.length === right.length && left.every((row, index) => row.length === right[index]?.length);
}

/**
 * Throws RANGE_SHAPE_MISMATCH unless every given range has the shape of the first; `ranges` maps the
 * parameter name (as Excel's autocomplete shows it) to the range, undefined for an omitted optional one.
 */
export function requireSameShape(
  functionName: string,
  ranges: Readonly<Record<string, Range | undefined>>,
): void {
  const given = Object.entries(ranges).filter((entry): entry is [string, Range] => entry[1] !== undefined);
  const [first] = given;
  if (first === undefined) return;
  for (const [name, range] of given.slice(1)) {
    if (!sameShape(first[1], range)) {
      throw new CoreError(
        "RANGE_SHAPE_MISMATCH",
        `${functionName}: ${name} is ${shapeText(range)} but ${first[0]} is ${shapeText(first[1])} (the ranges must have the same size)`,
      );
    }
  }
}

/** Visits the cells row by row with "(row r, column c)" for messages. */
function mapRange<T>(range: Range, read: (cell: CellInput, where: string) => T): T[] {
  return range.flatMap((row, rowIndex) =>
    row.map((cell, columnIndex) => read(cell, `(row ${rowIndex + 1}, column ${columnIndex + 1})`)),
  );
}

/** Blank on the web (null), or "" from a formula. Desktop passes a blank cell as 0, which reads as 0. */
function isBlank(cell: CellInput): boolean {
  return cell === null || cell === undefined || cell === "";
}

/**
 * A range's cells in row-major order as numbers, blank cells as null; text, booleans and error cells throw.
 *
 * @throws CoreError CELL_ERROR, CELL_NOT_NUMBER
 */
export function numberCells(range: Range, what: string): (number | null)[] {
  return mapRange(range, (cell, where) => (isBlank(cell) ? null : numberFromCell(cell, `${what} ${where}`)));
}

/**
 * A range's cells in row-major order as keys (product, buyer or order ids): text or numbers, blank as null.
 *
 * @throws CoreError CELL_ERROR, KEY_INVALID
 */
export function keyCells(range: Range, what: string): (string | number | null)[] {
  return mapRange(range, (cell, where) => {
    if (isBlank(cell)) return null;
    if (isErrorCell(cell)) {
      throw new CoreError(
        "CELL_ERROR",
        `${what} ${where} is an error value (${(cell as { code: string }).code})`,
      );
    }
    if (typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell))) return cell;
    throw new CoreError(
      "KEY_INVALID",
      `${what} ${where} must be text or a number (got ${JSON.stringify(cell)})`,
    );
  });
}

/**
 * Σ of a range's non-blank cells (a single number is its own sum).
 *
 * @throws CoreError CELL_BLANK when every cell is blank; CELL_ERROR, CELL_NOT_NUMBER
 */
export function sumOfRange(range: Range, what: string): number {
  const numbers = numberCells(range, what).filter((value): value is number => value !== null);
  if (numbers.length === 0) throw new CoreError("CELL_BLANK", `${what} is blank`);
  return numbers.reduce((sum, value) => sum + value, 0);
}
