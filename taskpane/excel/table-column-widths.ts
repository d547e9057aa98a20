import type { ReportTable } from "../../src/report/types";
import { characterWidthToPoints } from "./column-width";
import { cellDisplayChars, textWidthChars } from "./display-width";

/** Room around the widest value (cell margins, a bold header a little wider than regular text). */
export const PADDING_CHARS = 2;
/** An Excel table's header cells carry an AutoFilter button (16 px, about 2 digits) over their right end. */
export const FILTER_BUTTON_CHARS = 2;
export const MIN_FITTED_CHARS = 6;
export const MAX_FITTED_CHARS = 60;

/**
 * Width in characters that fits one table column: the widest of its header (plus the filter button when the
 * table has rows, since only then an Excel table is made) and its first `sampleRows` data cells as shown
 * under the column's number format, plus PADDING_CHARS, clamped to [MIN_FITTED_CHARS, MAX_FITTED_CHARS].
 * Computed from content rather than with Range.format.autofitColumns, which fits the whole column, not the range
 * (OfficeDev/office-js issues 1017 and 5999), and measures glyphs, so its widths differ between hosts.
 *
 * Cost: O(sampleRows) per column.
 * @example fittedColumnChars({ ...table, columns: [{ header: "Weekday", ... }], rows: [["Wednesday"]] }, 0, 100)
 *   // max(7 + 2, 9) + 2 = 11
 */
export function fittedColumnChars(table: ReportTable, columnIndex: number, sampleRows: number): number {
  const column = table.columns[columnIndex];
  if (column === undefined) return MIN_FITTED_CHARS;
  const filterChars = table.rows.length > 0 ? FILTER_BUTTON_CHARS : 0;
  let widest = textWidthChars(column.header) + filterChars;
  for (const row of table.rows.slice(0, sampleRows)) {
    widest = Math.max(widest, cellDisplayChars(row[columnIndex] ?? null, column.numberFormat));
  }
  return Math.min(MAX_FITTED_CHARS, Math.max(MIN_FITTED_CHARS, widest + PADDING_CHARS));
}

/**
 * Width in points of every column the stacked tables use (tables start in column A): per table, the column's
 * `widthChars` when given, else fittedColumnChars; the widest over all tables sharing the column wins.
 *
 * Cost: O(tables × columns × sampleRows).
 * @example tableColumnWidths([table with one column "Weekday" over "Wednesday"], 100) // [{ column: 0, points: 61.5 }]
 */
export function tableColumnWidths(
  tables: readonly ReportTable[],
  sampleRows: number,
): { column: number; points: number }[] {
  const widths = new Map<number, number>();
  for (const table of tables) {
    table.columns.forEach((column, index) => {
      const chars = column.widthChars ?? fittedColumnChars(table, index, sampleRows);
      widths.set(index, Math.max(widths.get(index) ?? 0, characterWidthToPoints(chars)));
    });
  }
  return [...widths].map(([column, points]) => ({ column, points }));
}
