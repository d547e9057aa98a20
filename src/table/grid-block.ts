import { CoreError } from "../errors";
import { isBlankCell } from "./cell-value";
import type { RawGrid } from "./types";

/** Where the data sits in a grid: blank rows at the top and bottom and fully blank columns left out. */
export interface GridBlock {
  /** Index in grid.values of the first and last row holding any non-blank cell. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** Indexes of the columns holding a non-blank cell in firstRow..lastRow, ascending. */
  readonly columns: readonly number[];
}

/**
 * Finds the block of a grid that holds data. Leading and trailing blank rows and fully blank columns are
 * outside the data (an Excel selection or a CSV's final newline often has them) and are not reported.
 *
 * Cost: O(cells).
 *
 * @throws CoreError INVALID_GRID when values is not an array of rows; EMPTY_GRID when every cell is blank
 * @example locateGridBlock({ values: [["", ""], ["", "a"], ["", ""]] }) // { firstRow: 1, lastRow: 1, columns: [1] }
 */
export function locateGridBlock(grid: RawGrid): GridBlock {
  if (!Array.isArray(grid.values) || !grid.values.every((row) => Array.isArray(row))) {
    throw new CoreError(
      "INVALID_GRID",
      "The input must be a block of cells: a list of rows, each a list of cells.",
    );
  }
  const rows = grid.values;
  let firstRow = -1;
  let lastRow = -1;
  const filledColumns = new Set<number>();
  rows.forEach((row, rowIndex) => {
    let rowFilled = false;
    row.forEach((raw, column) => {
      if (isBlankCell(raw)) return;
      rowFilled = true;
      filledColumns.add(column);
    });
    if (!rowFilled) return;
    if (firstRow === -1) firstRow = rowIndex;
    lastRow = rowIndex;
  });
  if (firstRow === -1) {
    throw new CoreError(
      "EMPTY_GRID",
      "The selection is empty: select the table you pasted, including its header row.",
    );
  }
  return { firstRow, lastRow, columns: [...filledColumns].sort((a, b) => a - b) };
}
