import { CoreError } from "../errors";
import { plainName } from "../plain-name";

/** A key cell as it comes from a sheet or CSV: product id, member id, order id, category, status. */
export type KeyCell = string | number | null;
/** A numeric cell; null (or a non-finite number) is a blank. */
export type NumberCell = number | null;

/**
 * The text a key cell is matched by: numbers as their shortest decimal text (so 1001 in one table matches
 * "1001" in another), strings trimmed; blanks, empty strings and non-finite numbers give null.
 *
 * @example keyText(1001) // "1001"
 * @example keyText(" A-7 ") // "A-7"
 * @example keyText("") // null
 */
export function keyText(cell: KeyCell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : null;
  const trimmed = cell.trim();
  return trimmed === "" ? null : trimmed;
}

/** The number in a numeric cell, or null for a blank or a non-finite number. */
export function numberOrNull(cell: NumberCell | undefined): number | null {
  return cell === null || cell === undefined || !Number.isFinite(cell) ? null : cell;
}

/**
 * Throws COLUMN_LENGTH_MISMATCH unless every given column has the length of the first one.
 * `columns` maps a column name (used in the message) to the column, undefined for an optional absent one.
 */
export function requireSameLength(
  functionName: string,
  columns: Readonly<Record<string, readonly unknown[] | undefined>>,
): number {
  let expected: number | null = null;
  let firstName = "";
  for (const [name, column] of Object.entries(columns)) {
    if (column === undefined) continue;
    if (expected === null) {
      expected = column.length;
      firstName = name;
    } else if (column.length !== expected) {
      throw new CoreError(
        "COLUMN_LENGTH_MISMATCH",
        `The ${plainName(name)} column has ${column.length} rows but the ${plainName(firstName)} column has ${expected}: the columns must be aligned`,
      );
    }
  }
  return expected ?? 0;
}
