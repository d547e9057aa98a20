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
 * The positions of same-shape ranges, row-major, skipping positions where every range is blank (an
 * over-selected range such as A2:A10000). Every other cell must be a number; the first that is not throws.
 *
 * @throws CoreError RANGE_SHAPE_MISMATCH, CELL_BLANK, CELL_NOT_NUMBER, CELL_ERROR
 */
export function numericRows(ranges: readonly NamedRange[], caller: string): NumericRow[] {
  requireSameShape(ranges, caller);
  const rows: NumericRow[] = [];
  const first = ranges[0]?.range ?? [];
  first.forEach((row, rowIndex) =>
    row.forEach((_, columnIndex) => {
      const cells = ranges.map(({ range }) => range[rowIndex]?.[columnIndex] ?? null);
      if (cells.every(isBlank)) return;
      rows.push({
        position: rowIndex * row.length + columnIndex + 1,
        values: cells.map((cell, k) =>
          numberFromCell(cell, cellName(ranges[k]?.name ?? "", rowIndex, columnIndex)),
        ),
      });
    }),
  );
  return rows;
}

/**
 * Applies `compute` to each position of same-shape ranges (cells read as numbers), giving a result of the
 * first range's shape; a position whose cells or computation fail becomes its own Excel error.
 *
 * @throws CoreError RANGE_SHAPE_MISMATCH, SPILL_TOO_LARGE (the caller turns these into one error)
 */
export function mapNumericPositions<T>(
  ranges: readonly NamedRange[],
  caller: string,
  compute: (values: readonly number[]) => T,
  onError: (error: unknown) => CustomFunctions.Error,
): (T | CustomFunctions.Error)[][] {
  requireSameShape(ranges, caller);
  const first = ranges[0]?.range ?? [];
  requireSpillSize(first.length * (first[0]?.length ?? 0), caller);
  return first.map((row, rowIndex) =>
    row.map((_, columnIndex) => {
      try {
        const values = ranges.map(({ name, range }) =>
          numberFromCell(range[rowIndex]?.[columnIndex] ?? null, name),
        );
        return compute(values);
      } catch (error) {
        return onError(error);
      }
    }),
  );
}

/** An optional scalar number argument: undefined when omitted or blank. */
export function optionalNumber(cell: CellInput, name: string): number | undefined {
  return isBlank(cell) ? undefined : numberFromCell(cell, name);
}

/**
 * Model parameters given all together or not at all: the numbers in order, or null when none is given.
 *
 * @throws CoreError CLV_PARAMS_INCOMPLETE
 */
export function allOrNone(
  values: readonly (number | undefined)[],
  names: readonly string[],
  caller: string,
): number[] | null {
  const given = values.filter((value): value is number => value !== undefined);
  if (given.length === 0) return null;
  if (given.length === values.length) return given;
  const missing = names.filter((_, index) => values[index] === undefined);
  throw new CoreError(
    "CLV_PARAMS_INCOMPLETE",
    `${caller} requires all of ${names.join(", ")} or none of them (missing ${missing.join(", ")})`,
  );
}
