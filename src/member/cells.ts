import { CoreError } from "../errors";
import { plainName } from "../plain-name";
import { isCalendarSerial } from "../dates/civil-date";

/**
 * Cell readers shared by the member analyses. Row numbers in messages are 1-based positions in the column
 * arrays (the first data row is row 1). Excel passes an empty cell as `null` on the web and as `0` on
 * desktop, so both mean "missing" for ids, labels and dates.
 */

/** A member id, order id, category or channel cell as it arrives from a sheet or a CSV. */
export type KeyCell = string | number | null;

/**
 * The text key of an id or label cell, or null when the cell is empty: null, "", blanks only, or 0 (an empty
 * cell on Excel desktop). Numbers become their shortest decimal text, so 1001 and "1001" are one member.
 *
 * @throws CoreError KEY_INVALID for a non-finite number or a value that is neither text nor a number
 */
export function readKey(cell: unknown, fn: string, column: string, row: number): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") {
    const trimmed = cell.trim();
    return trimmed === "" ? null : trimmed;
  }
  if (typeof cell === "number" && Number.isFinite(cell)) return cell === 0 ? null : String(cell);
  throw new CoreError("KEY_INVALID", `The ${plainName(column)} must be text or a number (row ${row + 1})`, {
    argument: column,
    row,
  });
}

/**
 * The text key of a member or order id cell, or null when it names no one: as {@link readKey}, and also the text
 * "0". The table reader reads id columns as text, so desktop Excel's empty cell (0) and an export's 0 for a guest
 * order arrive as "0"; R/F/M (src/rfm/member-index.ts, isBlankIdCell) counts such a line as a blank member id,
 * and every member analysis must agree with it (one answer: the same members in every analysis).
 *
 * @throws CoreError KEY_INVALID as readKey
 * @example readIdKey(" 0 ", "cycle", "memberIds", 0) // null
 * @example readIdKey(1001, "cycle", "memberIds", 0) // "1001"
 */
export function readIdKey(cell: unknown, fn: string, column: string, row: number): string | null {
  const key = readKey(cell, fn, column, row);
  return key === "0" ? null : key;
}

/**
 * An order or registration date as an Excel serial, or null when the cell is empty (null or 0).
 *
 * @throws CoreError DATE_INVALID for anything else that is not a serial from 1900-03-01 to 9999-12-31
 */
export function readDate(cell: unknown, fn: string, column: string, row: number): number | null {
  if (cell === null || cell === undefined || cell === 0) return null;
  if (typeof cell === "number" && isCalendarSerial(cell)) return cell;
  throw new CoreError(
    "DATE_INVALID",
    `The ${plainName(column)} must be a date between 1900-03-01 and 9999-12-31 (row ${row + 1})`,
    { argument: column, row },
  );
}

/**
 * A money or ratio cell: a finite number, with an empty cell (null) read as 0.
 *
 * @throws CoreError NUMBER_INVALID for a non-finite number or a non-number
 */
export function readNumber(cell: unknown, fn: string, column: string, row: number): number {
  if (cell === null || cell === undefined) return 0;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  throw new CoreError("NUMBER_INVALID", `The ${plainName(column)} must be a number (row ${row + 1})`, {
    argument: column,
    row,
  });
}

/**
 * Checks that every optional column has as many rows as the member id column.
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH naming the first column that differs
 */
export function checkLengths(
  fn: string,
  memberIds: readonly unknown[],
  columns: Readonly<Record<string, readonly unknown[] | undefined>>,
): void {
  for (const [name, column] of Object.entries(columns)) {
    if (column !== undefined && column.length !== memberIds.length) {
      throw new CoreError(
        "COLUMN_LENGTH_MISMATCH",
        `The ${plainName(name)} column has ${column.length} rows but the member ids have ${memberIds.length}: the columns must be equally long`,
      );
    }
  }
}

/** The NO_MEMBERS error: not a single row names a member. */
export function noMembersError(): CoreError {
  return new CoreError("NO_MEMBERS", "At least one row with a member id is needed");
}
