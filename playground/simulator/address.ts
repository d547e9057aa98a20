/*
 * The simulator's own A1 addresses. A test double that shared the port's parser (taskpane/excel/a1-address.ts)
 * could not catch that parser's bugs, so this one is written separately, by scanning characters rather than with
 * regular expressions, and test/playground/simulator/address.test.ts checks the two against each other.
 * Grid size: Excel specifications and limits (learn.microsoft.com, "Excel specifications and limits"):
 * 1,048,576 rows by 16,384 columns.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A block of cells, zero-based: row 0 is sheet row 1, column 0 is column A. */
export interface CellRect {
  readonly startRow: number;
  readonly startColumn: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface SimulatedAddress {
  readonly sheetName?: string;
  readonly rect: CellRect;
}

/** Thrown for text that is not one A1 block; callers turn it into Excel's InvalidArgument. */
export class AddressSyntaxError extends Error {
  constructor(readonly address: string) {
    super(`"${address}" is not an A1 reference to one block of cells`);
    this.name = "AddressSyntaxError";
  }
}

/** "A" for 0, "Z" for 25, "AA" for 26, "XFD" for 16383. */
export function columnName(columnIndex: number): string {
  if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= MAX_COLUMNS) {
    throw new RangeError(`column index ${columnIndex} is outside A..XFD`);
  }
  const letters: string[] = [];
  for (let n = columnIndex; n >= 0; n = Math.floor(n / 26) - 1)
    letters.unshift(String.fromCharCode(65 + (n % 26)));
  return letters.join("");
}

/** 0 for "A" (any case), 16383 for "XFD". */
export function columnNumber(letters: string): number {
  const index = lettersValue(letters);
  if (index === null) throw new AddressSyntaxError(letters);
  return index;
}

/** The address Excel reports for a block: "B2", "A1:C3", sheet-qualified and quoted where needed. */
export function addressOf(rect: CellRect, sheetName?: string): string {
  const lastRow = rect.startRow + rect.rowCount - 1;
  const lastColumn = rect.startColumn + rect.columnCount - 1;
  const first = `${columnName(rect.startColumn)}${rect.startRow + 1}`;
  const last = `${columnName(lastColumn)}${lastRow + 1}`;
  const local = first === last ? first : `${first}:${last}`;
  return sheetName === undefined ? local : `${sheetReference(sheetName)}!${local}`;
}

/** Reads "A1", "$B$2:C3", "A:C", "2:5", optionally after "Sheet1!" or "'It''s'!". */
export function readAddress(address: string): SimulatedAddress {
  const bang = address.lastIndexOf("!");
  const rect = readBlock(address.slice(bang + 1).trim(), address);
  if (bang === -1) return { rect };
  const prefix = address.slice(0, bang);
  if (prefix.length === 0) throw new AddressSyntaxError(address);
  if (prefix[0] !== "'") return { sheetName: prefix, rect };
  if (prefix.length < 3 || prefix[prefix.length - 1] !== "'") throw new AddressSyntaxError(address);
  return { sheetName: prefix.slice(1, -1).split("''").join("'"), rect };
}

/**
 * Bare when the name is word characters and dots starting with a letter or "_", and reads as no cell: the
 * observations in jmcnamara/XlsxWriter issue 1078 (Excel does not publish its rule).
 */
export function sheetReference(sheetName: string): string {
  const characters = [...sheetName];
  let plain = characters.length > 0 && /[\p{L}_]/u.test(characters[0] ?? "");
  for (const character of characters) {
    if (!/[\p{L}\p{N}\p{M}_.]/u.test(character)) plain = false;
  }
  if (plain && !namesACell(sheetName)) return sheetName;
  return `'${sheetName.split("'").join("''")}'`;
}

/** Names Excel would read as a reference: A1-style inside the grid, or R1C1-style (R, C, R2, RC3, R1C1). */
export function namesACell(name: string): boolean {
  const upper = name.toUpperCase();
  if (upper[0] === "R" || upper[0] === "C") {
    let position = 1;
    while (isDigit(upper[position] ?? "")) position += 1;
    if (position === upper.length) return true;
    if (upper[0] === "R" && upper[position] === "C") {
      position += 1;
      while (isDigit(upper[position] ?? "")) position += 1;
      if (position === upper.length) return true;
    }
  }
  const end = readEnd(upper);
  return end !== null && end.row !== null && end.column !== null;
}

interface BlockEnd {
  readonly row: number | null;
  readonly column: number | null;
}

function readBlock(local: string, address: string): CellRect {
  const parts = local.split(":");
  if (parts.length > 2) throw new AddressSyntaxError(address);
  const ends = parts.map((part) => readEnd(part));
  const first = ends[0];
  const second = ends[ends.length - 1];
  if (first == null || second == null) throw new AddressSyntaxError(address);
  if (
    (first.row === null) !== (second.row === null) ||
    (first.column === null) !== (second.column === null)
  ) {
    throw new AddressSyntaxError(address);
  }
  const rows = [first.row ?? 0, second.row ?? MAX_ROWS - 1];
  const columns = [first.column ?? 0, second.column ?? MAX_COLUMNS - 1];
  const top = Math.min(...rows);
  const left = Math.min(...columns);
  return {
    startRow: top,
    startColumn: left,
    rowCount: Math.max(...rows) - top + 1,
    columnCount: Math.max(...columns) - left + 1,
  };
}

/** One end of a block: "$A$1", "A", "1" (absolute markers allowed), or null when it is none of these. */
function readEnd(text: string): BlockEnd | null {
  let position = 0;
  if (text[position] === "$") position += 1;
  if (position === 1 && !isLetter(text[1] ?? "") && !isDigit(text[1] ?? "")) return null;
  let letters = "";
  while (position < text.length && isLetter(text[position] ?? "")) letters += text[position++];
  const markedRow = text[position] === "$" && letters !== "";
  if (markedRow) position += 1;
  let digits = "";
  while (position < text.length && isDigit(text[position] ?? "")) digits += text[position++];
  if (markedRow && digits === "") return null;
  if (position !== text.length || (letters === "" && digits === "")) return null;
  const column = letters === "" ? null : lettersValue(letters);
  if (letters !== "" && column === null) return null;
  const rowNumber = digits === "" ? null : Number(digits);
  if (rowNumber !== null && (rowNumber < 1 || rowNumber > MAX_ROWS)) return null;
  return { row: rowNumber === null ? null : rowNumber - 1, column };
}

function lettersValue(letters: string): number | null {
  if (letters.length < 1 || letters.length > 3) return null;
  let value = 0;
  for (const letter of letters.toUpperCase()) {
    if (!isLetter(letter)) return null;
    value = value * 26 + (letter.charCodeAt(0) - 64);
  }
  return value <= MAX_COLUMNS ? value - 1 : null;
}

function isLetter(character: string): boolean {
  const code = character.toUpperCase().charCodeAt(0);
  return character.length === 1 && code >= 65 && code <= 90;
}

function isDigit(character: string): boolean {
  return character.length === 1 && character >= "0" && character <= "9";
}
