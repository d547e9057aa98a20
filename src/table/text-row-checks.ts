import type { QualityLog } from "./quality";
import type { DataRows } from "./row-checks";
import type { TextCellReader } from "./text-cell-reader";
import { TextRowIndex } from "./text-row-index";

export interface TextRowRange {
  /** First and last row (inclusive) that may hold data. */
  readonly from: number;
  readonly to: number;
  readonly firstRowNumber: number;
  /** 1 for a row with a non-blank cell (from locateTextBlock). */
  readonly filledRows: Uint8Array;
}

/**
 * scanDataRows for TextCells, with the same findings: fully blank rows are skipped and reported as emptyRow;
 * a row whose cell count differs from `expectedWidth` is raggedRow; a row whose displayed cells in `columns`
 * equal an earlier data row's is duplicateLine. Rows are kept either way.
 * Cost: O(characters) expected (see TextRowIndex).
 *
 * @example
 * import { QualityLog } from "./quality";
 * import { TextCellReader } from "./text-cell-reader";
 * const reader = new TextCellReader({ text: "a\n\na", rowFirstCell: Int32Array.of(0, 1, 2, 3),
 *   cellStart: Int32Array.of(0, 2, 3), cellEnd: Int32Array.of(1, 2, 4) });
 * const log = new QualityLog(3);
 * const range = { from: 0, to: 2, firstRowNumber: 2, filledRows: Uint8Array.of(1, 0, 1) };
 * scanTextRows(reader, range, [0], 1, log).rowNumbers // [2, 4]
 * log.issues().map((issue) => [issue.rule, issue.examples[0]?.row]) // [["emptyRow", 3], ["duplicateLine", 4]]
 */
export function scanTextRows(
  reader: TextCellReader,
  range: TextRowRange,
  columns: readonly number[],
  expectedWidth: number,
  log: QualityLog,
): DataRows {
  const gridIndexes: number[] = [];
  const rowNumbers: number[] = [];
  const seen = new TextRowIndex(reader, columns, range.to - range.from + 1);
  const hashes = new Int32Array(Math.max(0, range.to - range.from + 1));
  for (let row = range.from; row <= range.to; row++) {
    if (range.filledRows[row] === 1) hashes[row - range.from] = seen.hashOf(row);
  }
  for (let row = range.from; row <= range.to; row++) {
    const rowNumber = range.firstRowNumber + row;
    if (range.filledRows[row] === 0) {
      log.add("emptyRow", row, { row: rowNumber, column: "", value: "" });
      continue;
    }
    if (reader.width(row) !== expectedWidth) {
      log.add("raggedRow", row, { row: rowNumber, column: "", value: lineText(reader, row, columns) });
    }
    if (seen.addOrFind(row, hashes[row - range.from]) !== -1) {
      log.add("duplicateLine", row, { row: rowNumber, column: "", value: lineText(reader, row, columns) });
    }
    gridIndexes.push(row);
    rowNumbers.push(rowNumber);
  }
  return { gridIndexes, rowNumbers };
}

function lineText(reader: TextCellReader, row: number, columns: readonly number[]): string {
  const text = columns.map((column) => reader.display(row, column)).join(", ");
  return text.length <= 80 ? text : `${text.slice(0, 79)}…`;
}
