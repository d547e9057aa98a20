import { displayCell, isBlankCell } from "./cell-value";
import type { QualityLog } from "./quality";
import { RowIndex } from "./row-index";

export interface DataRows {
  /** Indexes in grid.values of the kept (non-blank) data rows. */
  readonly gridIndexes: readonly number[];
  /** Sheet row / file line of each kept data row. */
  readonly rowNumbers: readonly number[];
}

/**
 * Picks the data rows between `from` and `to` (grid indexes, inclusive), skipping fully blank rows and
 * reporting them as emptyRow, and reports raggedRow (a row whose cell count differs from `expectedWidth`,
 * as happens when a CSV value holds an unquoted delimiter) and duplicateLine (a row equal, cell for cell as
 * displayed, to an earlier data row). Rows are kept either way.
 * Cost: O(cells) expected (see RowIndex).
 *
 * @example
 * import { QualityLog } from "./quality";
 * const log = new QualityLog(3);
 * scanDataRows([["a"], [""], ["a"]], { from: 0, to: 2, firstRowNumber: 2 }, [0], 1, log).rowNumbers // [2, 4]
 * log.issues().map((issue) => [issue.rule, issue.examples[0]?.row]) // [["emptyRow", 3], ["duplicateLine", 4]]
 */
export function scanDataRows(
  rows: readonly (readonly unknown[])[],
  range: { readonly from: number; readonly to: number; readonly firstRowNumber: number },
  columns: readonly number[],
  expectedWidth: number,
  log: QualityLog,
): DataRows {
  const gridIndexes: number[] = [];
  const rowNumbers: number[] = [];
  const seen = new RowIndex(rows, columns, range.to - range.from + 1);
  for (let gridIndex = range.from; gridIndex <= range.to; gridIndex++) {
    const row = rows[gridIndex] ?? [];
    const rowNumber = range.firstRowNumber + gridIndex;
    if (row.every(isBlankCell)) {
      log.add("emptyRow", gridIndex, { row: rowNumber, column: "", value: "" });
      continue;
    }
    if (row.length !== expectedWidth) {
      log.add("raggedRow", gridIndex, { row: rowNumber, column: "", value: lineText(row, columns) });
    }
    if (seen.addOrFind(gridIndex) !== -1) {
      log.add("duplicateLine", gridIndex, { row: rowNumber, column: "", value: lineText(row, columns) });
    }
    gridIndexes.push(gridIndex);
    rowNumbers.push(rowNumber);
  }
  return { gridIndexes, rowNumbers };
}

function lineText(row: readonly unknown[], columns: readonly number[]): string {
  const text = columns.map((column) => displayCell(row[column])).join(", ");
  return text.length <= 80 ? text : `${text.slice(0, 79)}…`;
}
