import { CoreError } from "../errors";
import type { GridBlock } from "./grid-block";
import type { TextCellReader } from "./text-cell-reader";

export interface TextBlock extends GridBlock {
  /** 1 for a row holding a non-blank cell, per row: the emptyRow check reuses it. */
  readonly filledRows: Uint8Array;
}

/**
 * locateGridBlock for TextCells: the first and last rows holding a non-blank cell and the columns holding one
 * in between (blank leading/trailing rows and fully blank columns are outside the data).
 *
 * Cost: O(cells), no string made for a cell that does not start with white space.
 *
 * @throws CoreError EMPTY_GRID when every cell is blank (tableFromGrid's message)
 * @example
 * import { TextCellReader } from "./text-cell-reader";
 * const reader = new TextCellReader({ text: "\n,a", rowFirstCell: Int32Array.of(0, 1, 3),
 *   cellStart: Int32Array.of(0, 1, 2), cellEnd: Int32Array.of(0, 1, 3) });
 * locateTextBlock(reader) // { firstRow: 1, lastRow: 1, columns: [1], … }
 */
export function locateTextBlock(reader: TextCellReader): TextBlock {
  const rowCount = reader.rowCount;
  const filledRows = new Uint8Array(rowCount);
  let filledColumns = new Uint8Array(16);
  let firstRow = -1;
  let lastRow = -1;
  for (let row = 0; row < rowCount; row++) {
    const width = reader.width(row);
    if (width > filledColumns.length) {
      const wider = new Uint8Array(Math.max(width, filledColumns.length * 2));
      wider.set(filledColumns);
      filledColumns = wider;
    }
    const first = reader.cellAt(row, 0);
    for (let column = 0; column < width; column++) {
      if (reader.isBlank(first + column)) continue;
      filledRows[row] = 1;
      filledColumns[column] = 1;
    }
    if (filledRows[row] === 0) continue;
    if (firstRow === -1) firstRow = row;
    lastRow = row;
  }
  if (firstRow === -1) {
    throw new CoreError(
      "EMPTY_GRID",
      "The selection is empty: select the table you pasted, including its header row.",
    );
  }
  const columns: number[] = [];
  filledColumns.forEach((filled, column) => {
    if (filled === 1) columns.push(column);
  });
  return { firstRow, lastRow, columns, filledRows };
}
