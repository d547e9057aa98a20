import type { CellRect } from "./a1-address";
import { characterWidthToPoints } from "./column-width";
import { cellDisplayChars, textWidthChars } from "./display-width";
import type { ExcelCell } from "./excel-cell";
import type { CellBlock, DataRegion } from "./layout-types";
import { MAX_FITTED_CHARS, MIN_FITTED_CHARS, PADDING_CHARS } from "./table-column-widths";

/**
 * Widths in points of the columns of blocks that are not tables (the run record, a scatter's sorted data), fitted
 * to the cells the layout puts in them: per column, the widest cell among the small blocks and the first
 * `sampleRows` rows of each data region inside the block, as shown under its number format, plus PADDING_CHARS,
 * clamped to [MIN_FITTED_CHARS, MAX_FITTED_CHARS]. Computed, like the table widths, rather than with
 * Range.format.autofitColumns, which fits a column to everything in the whole column, not to the range
 * (OfficeDev/office-js issues 1017 and 5999), and measures glyphs, so its result differs between hosts.
 *
 * Cost: O(block cells + regions × sampleRows) per column.
 * @example blockColumnWidths([{ startRow: 0, startColumn: 5, rowCount: 1, columnCount: 1 }], [{ rect: ..., values: [["'Engine version"]] }], [], 100) // [{ column: 5, points: 87 }]
 */
export function blockColumnWidths(
  fitted: readonly CellRect[],
  blocks: readonly CellBlock[],
  regions: readonly DataRegion[],
  sampleRows: number,
): { column: number; points: number }[] {
  const widest = new Map<number, number>();
  const widen = (column: number, chars: number) =>
    widest.set(column, Math.max(widest.get(column) ?? 0, chars));
  for (const rect of fitted) {
    const inside = (row: number, column: number) =>
      row >= rect.startRow &&
      row < rect.startRow + rect.rowCount &&
      column >= rect.startColumn &&
      column < rect.startColumn + rect.columnCount;
    for (let column = rect.startColumn; column < rect.startColumn + rect.columnCount; column++)
      widen(column, 0);
    for (const block of blocks) {
      block.values.forEach((row, rowOffset) =>
        row.forEach((cell, columnOffset) => {
          const [sheetRow, sheetColumn] = [
            block.rect.startRow + rowOffset,
            block.rect.startColumn + columnOffset,
          ];
          const format = block.numberFormats?.[rowOffset]?.[columnOffset] ?? "General";
          if (inside(sheetRow, sheetColumn)) widen(sheetColumn, excelCellChars(cell, format));
        }),
      );
    }
    for (const region of regions) {
      region.rows.slice(0, sampleRows).forEach((row, rowOffset) =>
        row.forEach((cell, columnOffset) => {
          const [sheetRow, sheetColumn] = [region.topRow + rowOffset, region.leftColumn + columnOffset];
          const format =
            region.rowNumberFormats?.[rowOffset]?.[columnOffset] ??
            region.numberFormats[columnOffset] ??
            "General";
          if (inside(sheetRow, sheetColumn)) widen(sheetColumn, cellDisplayChars(cell, format));
        }),
      );
    }
  }
  return [...widest].map(([column, chars]) => ({
    column,
    points: characterWidthToPoints(
      Math.min(MAX_FITTED_CHARS, Math.max(MIN_FITTED_CHARS, chars + PADDING_CHARS)),
    ),
  }));
}

/** Width of a cell as written: text without the apostrophe prefix that keeps it text (excel-cell.ts). */
function excelCellChars(cell: ExcelCell, numberFormat: string): number {
  if (typeof cell === "string") return textWidthChars(cell.startsWith("'") ? cell.slice(1) : cell);
  return cellDisplayChars(cell, numberFormat);
}
