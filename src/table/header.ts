import { excelErrorOf, isBlankCell } from "./cell-value";
import { parseDateText } from "./parse-date";
import { parseNumberText } from "./parse-number";
import { roleOfHeader } from "./roles";

/** How many rows below the candidate header are looked at. */
const SAMPLE_ROWS = 50;

/**
 * Whether the first row of `rows` is a header. It is when at least half of its non-blank cells are text
 * (not numbers, dates or booleans) and one of these holds: a cell names a known column role ("Order Date",
 * "會員編號"); a column whose first cell is text holds mostly numbers or dates below; there are no rows
 * below; or everything below is text too and the first row's cells are all filled and distinct.
 * Spreadsheet users almost always paste a header, so a text-only table is read as having one.
 *
 * Cost: O(columns × 50).
 *
 * @example detectHeader([["Customer ID", "Sales"], ["C1", 12]]) // true
 * @example detectHeader([["C1", 12], ["C2", 15]]) // false
 */
export function detectHeader(rows: readonly (readonly unknown[])[]): boolean {
  const first = rows[0];
  if (first === undefined) return false;
  const filled = first.map((raw, column) => ({ raw, column })).filter(({ raw }) => !isBlankCell(raw));
  if (filled.length === 0) return false;
  const textCells = filled.filter(({ raw }) => isPlainText(raw));
  if (textCells.length * 2 < filled.length) return false;
  if (textCells.some(({ raw }) => typeof raw === "string" && roleOfHeader(raw) !== null)) return true;
  const below = rows.slice(1, 1 + SAMPLE_ROWS);
  if (below.length === 0) return true;
  const typedBelow = textCells.some(({ column }) => mostlyTyped(below, column));
  if (typedBelow) return true;
  const anyTypedColumn = first.some((_, column) => mostlyTyped(below, column));
  const distinct = new Set(filled.map(({ raw }) => String(raw).trim().toLowerCase())).size === filled.length;
  return !anyTypedColumn && filled.length === first.length && textCells.length === filled.length && distinct;
}

/** Text that does not read as a number, date, boolean or Excel error. */
function isPlainText(raw: unknown): boolean {
  if (typeof raw !== "string" || excelErrorOf(raw) !== null) return false;
  if (/^(true|false)$/i.test(raw.trim())) return false;
  // "10,25" under a European header is a number too, whatever style its column turns out to have.
  const number = parseNumberText(raw) ?? parseNumberText(raw, "comma");
  return number === null && parseDateText(raw, { allowCompact: true }) === null;
}

function mostlyTyped(rows: readonly (readonly unknown[])[], column: number): boolean {
  let typed = 0;
  let filled = 0;
  for (const row of rows) {
    const raw = row[column];
    if (isBlankCell(raw) || excelErrorOf(raw) !== null) continue;
    filled++;
    if (!isPlainText(raw)) typed++;
  }
  return filled > 0 && typed * 2 >= filled;
}
