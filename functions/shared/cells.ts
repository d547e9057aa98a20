import { CoreError } from "../../src/errors";

/** A cell as a custom function receives it: a value, null (blank on the web), or an error object. */
export type CellInput = unknown;

/**
 * True for an error value arriving from a referenced cell: Excel passes it as a CustomFunctions.Error, and only
 * because the build's functions.json sets allowErrorForDataTypeAny (learn.microsoft.com/office/dev/add-ins/excel/
 * custom-functions-errors, "Errors as custom function inputs").
 */
export function isErrorCell(cell: CellInput): boolean {
  return (
    typeof cell === "object" &&
    cell !== null &&
    "code" in cell &&
    typeof (cell as { code: unknown }).code === "string" &&
    (cell as { code: string }).code.startsWith("#")
  );
}

/** Blank as the web runtime passes it (null; undefined when called from JavaScript), or "" from a formula. */
export function isBlankCell(cell: CellInput): boolean {
  return cell === null || cell === undefined || cell === "";
}

/**
 * Blank, or 0: desktop Excel passes an empty cell as 0 (office-js issues 4702, 1951, 5262). Only for arguments
 * where 0 is not a valid value (ids, dates, options, counts that must be positive), so 0 can mean "empty".
 */
export function isBlankOrZeroCell(cell: CellInput): boolean {
  return isBlankCell(cell) || cell === 0;
}

/**
 * The CELL_ERROR of an error cell, naming `what` (e.g. "amounts (row 3, column 1)") and the error, or null.
 *
 * @example errorCellProblem(new CustomFunctions.Error("#N/A"), "value")?.message // "value is an error value (#N/A)"
 */
export function errorCellProblem(cell: CellInput, what: string): CoreError | null {
  if (!isErrorCell(cell)) return null;
  return new CoreError("CELL_ERROR", `${what} is an error value (${(cell as { code: string }).code})`);
}

/**
 * Reads a cell that must hold a number. Blank (null on the web, "" from a formula) and text are errors;
 * booleans are errors too (Excel's own statistical functions skip them in ranges, but a level of TRUE is
 * meaningless). Desktop Excel passes a blank cell as 0, which cannot be told from a real 0.
 *
 * @throws CoreError CELL_ERROR, CELL_BLANK, CELL_NOT_NUMBER
 */
export function numberFromCell(cell: CellInput, what: string): number {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  const errorProblem = errorCellProblem(cell, what);
  if (errorProblem !== null) throw errorProblem;
  if (isBlankCell(cell)) throw new CoreError("CELL_BLANK", `${what} is blank`);
  throw new CoreError("CELL_NOT_NUMBER", `${what} must be a number (got ${JSON.stringify(cell)})`);
}

/** All non-blank cells of a range as numbers, in row-major order; any text or error cell throws. */
export function numbersFromRange(range: readonly (readonly CellInput[])[], what: string): number[] {
  const numbers: number[] = [];
  range.forEach((row, rowIndex) =>
    row.forEach((cell, columnIndex) => {
      if (isBlankCell(cell)) return;
      numbers.push(numberFromCell(cell, `${what} (row ${rowIndex + 1}, column ${columnIndex + 1})`));
    }),
  );
  return numbers;
}

/**
 * A list of ascending numbers (breakpoints, edges) without the 0s that follow its last positive number: desktop
 * Excel passes a blank cell as 0 (office-js issues 4702, 1951, 5262), so {2,3,4,7} selected with two blank cells
 * arrives as {2,3,4,7,0,0}. A 0 after a positive number could never be part of an ascending list, so there it
 * can only be a blank; a 0 after a negative number or at the start ({0,200,400}) is kept as a real 0.
 */
export function withoutTrailingBlankZeros(numbers: readonly number[]): number[] {
  let lastNonZero = numbers.length - 1;
  while (lastNonZero >= 0 && numbers[lastNonZero] === 0) lastNonZero--;
  const endsPositive = lastNonZero >= 0 && (numbers[lastNonZero] as number) > 0;
  return endsPositive ? numbers.slice(0, lastNonZero + 1) : [...numbers];
}

/**
 * A list of numbers without its trailing 0s: where the order of the numbers carries no meaning (the population of
 * RFM.SCORE), a 0 at the end of a range cannot be told from desktop's blank cell (office-js issues 1951, 5262:
 * "cannot disambiguate from legitimate zero cells"), and a range selected past its data (B2:B10000, B:B) arrives
 * with thousands of them. They are left out in both builds, so the web and desktop give one answer.
 *
 * @example withoutTrailingZeros([3, 0, 5, 0, 0]) // [3, 0, 5]
 */
export function withoutTrailingZeros(numbers: readonly number[]): number[] {
  let end = numbers.length;
  while (end > 0 && numbers[end - 1] === 0) end--;
  return numbers.slice(0, end);
}

/** Applies `compute` to every cell; a cell whose computation throws becomes its own Excel error. */
export function mapCells<T>(
  range: readonly (readonly CellInput[])[],
  compute: (cell: CellInput) => T,
  onError: (error: unknown) => CustomFunctions.Error,
): (T | CustomFunctions.Error)[][] {
  return range.map((row) =>
    row.map((cell) => {
      try {
        return compute(cell);
      } catch (error) {
        return onError(error);
      }
    }),
  );
}

/**
 * Reads an optional text option ("desc", "asc", ...) case-insensitively, or the default when blank. 0 is the
 * default too: no option is 0, and desktop Excel passes an empty cell as 0 (office-js issue 4702), so an option
 * pointing at an empty cell means the default in both builds.
 *
 * @throws CoreError CELL_ERROR (an error cell), INVALID_OPTION
 */
export function optionFromCell<T extends string>(
  cell: CellInput,
  allowed: readonly T[],
  fallback: T,
  what: string,
): T {
  if (isBlankOrZeroCell(cell)) return fallback;
  const errorProblem = errorCellProblem(cell, what);
  if (errorProblem !== null) throw errorProblem;
  const text = String(cell).trim().toLowerCase();
  const match = allowed.find((option) => option === text);
  if (match === undefined) {
    throw new CoreError(
      "INVALID_OPTION",
      `${what} must be one of ${allowed.join(", ")} (got ${JSON.stringify(cell)})`,
    );
  }
  return match;
}
