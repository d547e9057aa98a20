import { CoreError } from "../../src/errors";

/** A cell as a custom function receives it: a value, null (blank on the web), or an error object. */
export type CellInput = unknown;

/** True for an error value arriving from a referenced cell (Excel passes it as a CustomFunctions.Error). */
export function isErrorCell(cell: CellInput): boolean {
  return (
    typeof cell === "object" &&
    cell !== null &&
    "code" in cell &&
    typeof (cell as { code: unknown }).code === "string" &&
    (cell as { code: string }).code.startsWith("#")
  );
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
  if (isErrorCell(cell)) {
    throw new CoreError("CELL_ERROR", `${what} is an error value (${(cell as { code: string }).code})`);
  }
  if (cell === null || cell === undefined || cell === "") {
    throw new CoreError("CELL_BLANK", `${what} is blank`);
  }
  throw new CoreError("CELL_NOT_NUMBER", `${what} must be a number (got ${JSON.stringify(cell)})`);
}

/** All non-blank cells of a range as numbers, in row-major order; any text or error cell throws. */
export function numbersFromRange(range: readonly (readonly CellInput[])[], what: string): number[] {
  const numbers: number[] = [];
  range.forEach((row, rowIndex) =>
    row.forEach((cell, columnIndex) => {
      if (cell === null || cell === "") return;
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

/** Reads an optional text option ("desc", "asc", ...) case-insensitively, or the default when blank. */
export function optionFromCell<T extends string>(
  cell: CellInput,
  allowed: readonly T[],
  fallback: T,
  what: string,
): T {
  if (cell === null || cell === undefined || cell === "") return fallback;
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
