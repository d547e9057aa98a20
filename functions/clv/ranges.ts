import { CoreError } from "../../src/errors";
import { MAX_SPILL_CELLS, requireSpillFits } from "../../src/report/spill-limit";
import { numberFromCell, type CellInput } from "../shared/cells";

/** A range argument as a custom function receives it (matrix dimensionality). */
export type CellRange = readonly (readonly CellInput[])[];

/** A range argument together with the parameter name used in messages. */
export interface NamedRange {
  readonly name: string;
  readonly range: CellRange;
}

/** Blank as the web runtime passes it (null), or an empty string from a formula. */
export function isBlank(cell: CellInput): boolean {
  return cell === null || cell === undefined || cell === "";
}

/** "10×1" */
function shapeText(range: CellRange): string {
  return `${range.length}×${range[0]?.length ?? 0}`;
}

/**
 * Throws unless every range has the shape of the first (parallel columns of one customer table).
 *
 * @throws CoreError RANGE_SHAPE_MISMATCH
 */
export function requireSameShape(ranges: readonly NamedRange[], caller: string): void {
  const [first, ...rest] = ranges;
  if (first === undefined) return;
  const expected = shapeText(first.range);
  const ragged = ranges.some(({ range }) => range.some((row) => row.length !== (range[0]?.length ?? 0)));
  if (ragged || rest.some(({ range }) => shapeText(range) !== expected)) {
    const names = ranges.map(({ name }) => name);
    const list = `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
    throw new CoreError(
      "RANGE_SHAPE_MISMATCH",
      `${caller}: ${list} must have the same shape (got ${ranges.map(({ range }) => shapeText(range)).join(", ")})`,
    );
  }
}

/**
 * Throws when a result would spill more than MAX_SPILL_CELLS cells.
 *
 * @throws CoreError SPILL_TOO_LARGE
 */
export function requireSpillSize(cellCount: number, caller: string): void {
  requireSpillFits(
    cellCount,
    () =>
      `${caller}: the result would spill ${cellCount} cells (more than ${MAX_SPILL_CELLS}); use the Members task pane or the command line (commerce-analytics clv) for data this large`,
  );
}

/** One position of parallel ranges whose cells are not all blank, read as numbers. */
export interface NumericRow {
  /** 1-based row-major position in the ranges (names the customer in messages). */
  readonly position: number;
  readonly values: readonly number[];
}

/** "frequency (row 3, column 1)" */
export function cellName(name: string, rowIndex: number, columnIndex: number): string {
  return `${name} (row ${rowIndex + 1}, column ${columnIndex + 1})`;
}

/**
 * Which positions of the customer ranges are no customer: "blank" where every cell is blank (null on the web);
 * "blankOrZero" also where every cell is 0, which is how desktop Excel passes a blank row (office-js issues
 * 4702, 1951, 5262). Use "blankOrZero" only where an all-0 row is no real customer.
 */
export type EmptyPosition = "blank" | "blankOrZero";

function isEmptyPosition(cells: readonly CellInput[], empty: EmptyPosition): boolean {
  return cells.every((cell) => isBlank(cell) || (empty === "blankOrZero" && cell === 0));
}

/** A summary cell as a number: blank is 0 (desktop passes it as 0 anyway, so both builds agree). */
function summaryNumber(cell: CellInput, what: string): number {
  return isBlank(cell) ? 0 : numberFromCell(cell, what);
}

/**
 * The positions of same-shape ranges, row-major, skipping empty positions (an over-selected range such as
 * A2:A10000; see EmptyPosition). In the others a blank cell is 0 and every other cell must be a number; the first
 * that is not throws.
 *
 * @throws CoreError RANGE_SHAPE_MISMATCH, CELL_NOT_NUMBER, CELL_ERROR
 */
export function numericRows(
  ranges: readonly NamedRange[],
  caller: string,
  empty: EmptyPosition = "blank",
): NumericRow[] {
  requireSameShape(ranges, caller);
  const rows: NumericRow[] = [];
  const first = ranges[0]?.range ?? [];
  first.forEach((row, rowIndex) =>
    row.forEach((_, columnIndex) => {
      const cells = ranges.map(({ range }) => range[rowIndex]?.[columnIndex] ?? null);
      if (isEmptyPosition(cells, empty)) return;
      rows.push({
        position: rowIndex * row.length + columnIndex + 1,
        values: cells.map((cell, k) =>
          summaryNumber(cell, cellName(ranges[k]?.name ?? "", rowIndex, columnIndex)),
        ),
      });
    }),
  );
  return rows;
}

/**
 * Applies `compute` to each position of same-shape ranges (cells read as numbers, blank as 0), giving a result of
 * the first range's shape: an empty position (see EmptyPosition) stays blank (""), and a position whose cells or
 * computation fail becomes its own Excel error.
 *
 * @throws CoreError RANGE_SHAPE_MISMATCH, SPILL_TOO_LARGE (the caller turns these into one error)
 */
export function mapNumericPositions<T>(
  ranges: readonly NamedRange[],
  caller: string,
  compute: (values: readonly number[]) => T,
  onError: (error: unknown) => CustomFunctions.Error,
  empty: EmptyPosition = "blank",
): (T | "" | CustomFunctions.Error)[][] {
  requireSameShape(ranges, caller);
  const first = ranges[0]?.range ?? [];
  requireSpillSize(first.length * (first[0]?.length ?? 0), caller);
  return first.map((row, rowIndex) =>
    row.map((_, columnIndex) => {
      const cells = ranges.map(({ range }) => range[rowIndex]?.[columnIndex] ?? null);
      if (isEmptyPosition(cells, empty)) return "";
      try {
        return compute(cells.map((cell, k) => summaryNumber(cell, ranges[k]?.name ?? "")));
      } catch (error) {
        return onError(error);
      }
    }),
  );
}
