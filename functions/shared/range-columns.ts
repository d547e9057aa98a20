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
 * A key cell (product, member, buyer or order id): text or a number; blank, and 0, are null. No export this
 * add-in reads uses 0 as an id, and desktop Excel passes an empty cell as 0 (office-js issue 4702), so 0 is
 * read as blank in both builds (as the core's member analyses do: src/member/cells.ts readKey).
 *
 * @throws CoreError CELL_ERROR, KEY_INVALID
 */
export function keyFromCell(cell: CellInput, what: string): string | number | null {
  if (isBlank(cell) || cell === 0) return null;
  if (isErrorCell(cell)) {
    throw new CoreError("CELL_ERROR", `${what} is an error value (${(cell as { code: string }).code})`);
  }
  if (typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell))) return cell;
  throw new CoreError("KEY_INVALID", `${what} must be text or a number (got ${JSON.stringify(cell)})`);
}

/**
 * A range's cells in row-major order as keys (see keyFromCell): blank and 0 as null.
 *
 * @throws CoreError CELL_ERROR, KEY_INVALID
 */
export function keyCells(range: Range, what: string): (string | number | null)[] {
  return mapRange(range, (cell, where) => keyFromCell(cell, `${what} ${where}`));
}

/**
 * Σ of a range's numbers, as Excel's SUM: blank cells add nothing, so an all-blank range is 0 (desktop Excel
 * passes blank cells as 0 anyway, and the web as null: both builds give one answer). A single number is its own
 * sum.
 *
 * @throws CoreError CELL_ERROR, CELL_NOT_NUMBER
 */
export function sumOfRange(range: Range, what: string): number {
  const numbers = numberCells(range, what).filter((value): value is number => value !== null);
  return numbers.reduce((sum, value) => sum + value, 0);
}
