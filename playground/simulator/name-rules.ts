import { columnName, MAX_COLUMNS, MAX_ROWS, namesACell, type CellRect } from "./address";
import { ErrorCodes, excelError } from "./errors";
import type { WorkbookModel } from "./model";

/**
 * Excel's rules for a defined name (support.microsoft.com, "Define and use names in formulas", "Learn about
 * syntax rules for names"): the first character a letter, "_" or "\", the rest letters, digits, "." and "_"; no
 * name that is a cell reference (Z$100, R1C1, and the single letters R and C); at most 255 characters; names
 * compared without regard to case. A bad name is InvalidArgument; a taken one ItemAlreadyExists, whose message
 * Excel gives for `names.add` ("A resource with the same name or identifier already exists", OfficeDev/office-js
 * issue 2875).
 */
export function checkNewName(model: WorkbookModel, name: string): void {
  const characters = [...name];
  const valid =
    characters.length >= 1 &&
    characters.length <= 255 &&
    /[\p{L}_\\]/u.test(characters[0] ?? "") &&
    characters.slice(1).every((character) => /[\p{L}\p{N}._]/u.test(character)) &&
    !namesACell(name.replace(/\$/g, ""));
  if (!valid) throw excelError(ErrorCodes.invalidArgument, `"${name}" is not a valid name.`);
  if (model.names.some((each) => each.name.toLowerCase() === name.toLowerCase())) {
    throw excelError(
      ErrorCodes.itemAlreadyExists,
      "A resource with the same name or identifier already exists.",
    );
  }
}

/**
 * "$A$1", "$A$1:$B$2", whole rows "$1:$1048576" or whole columns "$A:$C": how Excel writes the reference of a name
 * defined from a Range object.
 */
export function absoluteLocal(rect: CellRect): string {
  const lastRow = rect.startRow + rect.rowCount;
  const lastColumn = rect.startColumn + rect.columnCount - 1;
  if (rect.columnCount === MAX_COLUMNS) return `$${rect.startRow + 1}:$${lastRow}`;
  if (rect.rowCount === MAX_ROWS) return `$${columnName(rect.startColumn)}:$${columnName(lastColumn)}`;
  const corner = (row: number, column: number) => `$${columnName(column)}$${row + 1}`;
  const first = corner(rect.startRow, rect.startColumn);
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${corner(rect.startRow + rect.rowCount - 1, rect.startColumn + rect.columnCount - 1)}`;
}
