import { CoreError } from "../../src/errors";
import { MAX_COLUMNS, MAX_ROWS } from "./grid";
import { quoteSheetName } from "./quote-sheet-name";

export { MAX_COLUMNS, MAX_ROWS, quoteSheetName };

/** A block of cells, zero-based: row 0 is sheet row 1, column 0 is column A. */
export interface CellRect {
  readonly startRow: number;
  readonly startColumn: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface ParsedAddress {
  /** Unquoted sheet name, when the address was sheet-qualified. */
  readonly sheetName?: string;
  readonly rect: CellRect;
}

/**
 * Column letters of a zero-based column index: bijective base 26.
 *
 * Cost: O(log n).
 * @throws CoreError INVALID_ADDRESS for an index outside 0..16383
 * @example columnLetters(0) // "A"; columnLetters(27) // "AB"; columnLetters(16383) // "XFD"
 */
export function columnLetters(columnIndex: number): string {
  if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= MAX_COLUMNS) {
    throw new CoreError(
      "INVALID_ADDRESS",
      `columnLetters requires a column index 0..16383 (got ${columnIndex})`,
    );
  }
  let letters = "";
  let remaining = columnIndex + 1;
  while (remaining > 0) {
    const digit = (remaining - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    remaining = Math.floor((remaining - 1) / 26);
  }
  return letters;
}

/**
 * Zero-based column index of column letters (case-insensitive).
 *
 * @throws CoreError INVALID_ADDRESS for letters that are not a column of the grid
 * @example columnIndexOf("AB") // 27
 */
export function columnIndexOf(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) {
    throw new CoreError("INVALID_ADDRESS", `columnIndexOf requires column letters A..XFD (got "${letters}")`);
  }
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  if (index > MAX_COLUMNS) {
    throw new CoreError("INVALID_ADDRESS", `columnIndexOf: column ${letters} is beyond XFD`);
  }
  return index - 1;
}

/**
 * The A1 address of a block ("B2", "A1:C3"), sheet-qualified when a sheet name is given ("'My Sheet'!A1:C3").
 *
 * @throws CoreError INVALID_ADDRESS for a block outside the grid or with no cells
 * @example formatAddress({ startRow: 0, startColumn: 0, rowCount: 3, columnCount: 3 }, "My Sheet") // "'My Sheet'!A1:C3"
 */
export function formatAddress(rect: CellRect, sheetName?: string): string {
  const { startRow, startColumn, rowCount, columnCount } = rect;
  const endRow = startRow + rowCount - 1;
  if (rowCount < 1 || columnCount < 1 || startRow < 0 || endRow >= MAX_ROWS) {
    throw new CoreError("INVALID_ADDRESS", `formatAddress: block outside the grid (${JSON.stringify(rect)})`);
  }
  const topLeft = `${columnLetters(startColumn)}${startRow + 1}`;
  const bottomRight = `${columnLetters(startColumn + columnCount - 1)}${endRow + 1}`;
  const local = topLeft === bottomRight ? topLeft : `${topLeft}:${bottomRight}`;
  return sheetName === undefined ? local : `${quoteSheetName(sheetName)}!${local}`;
}

/**
 * Parses an A1 reference: "A1", "$A$1:C3", whole columns "A:C", whole rows "2:5", optionally qualified by a
 * bare or quoted sheet name ("Sheet1!A1", "'It''s'!B2").
 *
 * @throws CoreError INVALID_ADDRESS for anything else (R1C1, named items, several areas)
 * @example parseAddress("'My Sheet'!B2:C3") // { sheetName: "My Sheet", rect: { startRow: 1, startColumn: 1, rowCount: 2, columnCount: 2 } }
 */
export function parseAddress(address: string): ParsedAddress {
  const bang = address.lastIndexOf("!");
  const local = bang < 0 ? address : address.slice(bang + 1);
  const rect = parseLocal(local.trim(), address);
  if (bang < 0) return { rect };
  return { sheetName: unquoteSheetName(address.slice(0, bang), address), rect };
}

function unquoteSheetName(text: string, address: string): string {
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 3) throw invalid(address);
    return text.slice(1, -1).replace(/''/g, "'");
  }
  if (text.length === 0) throw invalid(address);
  return text;
}

function parseLocal(local: string, address: string): CellRect {
  const [first, second, extra] = local.split(":");
  if (first === undefined || extra !== undefined) throw invalid(address);
  const start = parseEnd(first, address);
  const end = second === undefined ? start : parseEnd(second, address);
  if (start.kind !== end.kind) throw invalid(address);
  const startRow = start.row ?? 0;
  const startColumn = start.column ?? 0;
  const endRow = end.row ?? MAX_ROWS - 1;
  const endColumn = end.column ?? MAX_COLUMNS - 1;
  const top = Math.min(startRow, endRow);
  const left = Math.min(startColumn, endColumn);
  return {
    startRow: top,
    startColumn: left,
    rowCount: Math.max(startRow, endRow) - top + 1,
    columnCount: Math.max(startColumn, endColumn) - left + 1,
  };
}

interface AddressEnd {
  readonly kind: "cell" | "column" | "row";
  readonly row?: number;
  readonly column?: number;
}

function parseEnd(text: string, address: string): AddressEnd {
  // A "$" marks the part after it as absolute, so it needs that part: "$$7" and "A$" are not addresses (the
  // simulator's own parser found the looser pattern accepting them).
  const match = /^(?:\$?([A-Za-z]{1,3}))?(?:\$?(\d+))?$/.exec(text);
  const letters = match?.[1] ?? "";
  const digits = match?.[2] ?? "";
  if (match === null || (letters === "" && digits === "")) throw invalid(address);
  const row = digits === "" ? undefined : Number(digits) - 1;
  if (row !== undefined && (row < 0 || row >= MAX_ROWS)) throw invalid(address);
  const column = letters === "" ? undefined : columnIndexOf(letters);
  if (row === undefined) return { kind: "column", column };
  if (column === undefined) return { kind: "row", row };
  return { kind: "cell", row, column };
}

function invalid(address: string): CoreError {
  return new CoreError(
    "INVALID_ADDRESS",
    `parseAddress: "${address}" is not an A1 reference to one block of cells`,
  );
}
