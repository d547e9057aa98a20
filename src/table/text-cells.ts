import { CoreError } from "../errors";

/**
 * Delimited text (a CSV) already split into rows and cells, kept as offsets into one string: no string per
 * cell exists until a value needs one. The column-oriented counterpart of a RawGrid of strings, read by
 * `tableFromTextCells`; a CSV reader fills it in one pass over the text.
 *
 * Row r (0-based) holds cells rowFirstCell[r] .. rowFirstCell[r + 1] - 1; cell k is the text
 * text.slice(cellStart[k], cellEnd[k]), exactly as the CSV parser gave it (quotes already removed).
 * A row with fewer cells than another is ragged: its missing cells are blank, as in a grid.
 */
export interface TextCells {
  readonly text: string;
  /** Length rowCount + 1, non-decreasing, rowFirstCell[0] = 0 and rowFirstCell[rowCount] = number of cells. */
  readonly rowFirstCell: Int32Array;
  readonly cellStart: Int32Array;
  readonly cellEnd: Int32Array;
  /** File line of row 0, used in messages. @default 1 */
  readonly firstRowNumber?: number;
}

/**
 * Checks the offsets of a TextCells once, so the builders can read them without bounds checks.
 * Cost: O(rows + cells).
 *
 * @throws CoreError INVALID_GRID when an offset is out of order or outside the text
 * @example checkTextCells({ text: "a,b", rowFirstCell: Int32Array.of(0, 2), cellStart: Int32Array.of(0, 2), cellEnd: Int32Array.of(1, 3) }) // 1 (rows)
 */
export function checkTextCells(cells: TextCells): number {
  const { text, rowFirstCell, cellStart, cellEnd } = cells;
  const invalid = (what: string): CoreError =>
    new CoreError("INVALID_GRID", `The file could not be read as rows of cells: ${what}`);
  if (typeof text !== "string") throw invalid("text as a string");
  const rowCount = rowFirstCell.length - 1;
  const cellCount = cellStart.length;
  if (rowCount < 0 || rowFirstCell[0] !== 0 || rowFirstCell[rowCount] !== cellCount) {
    throw invalid("rowFirstCell to start at 0 and end at the number of cells");
  }
  if (cellEnd.length !== cellCount) throw invalid("cellStart and cellEnd of the same length");
  for (let row = 0; row < rowCount; row++) {
    if ((rowFirstCell[row] as number) > (rowFirstCell[row + 1] as number)) {
      throw invalid(`rowFirstCell in ascending order (row ${row})`);
    }
  }
  for (let cell = 0; cell < cellCount; cell++) {
    const start = cellStart[cell] as number;
    const end = cellEnd[cell] as number;
    if (!(start >= 0 && start <= end && end <= text.length)) {
      throw invalid(`every cell inside the text (cell ${cell}: ${start}..${end})`);
    }
  }
  return rowCount;
}
