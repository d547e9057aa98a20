import type { TextCells } from "../../../src/table/text-cells";

/**
 * Rows of strings as TextCells: the cells laid end to end in one text, each row a run of cells. Written
 * independently of the readers under test (a join and running offsets), so a test can feed the same cells to
 * tableFromGrid (as rows) and tableFromTextCells (as offsets).
 */
export function textCellsOfRows(rows: readonly (readonly string[])[], firstRowNumber = 1): TextCells {
  const rowFirstCell = [0];
  const cellStart: number[] = [];
  const cellEnd: number[] = [];
  let text = "";
  for (const row of rows) {
    for (const cell of row) {
      // A separator between cells, so that no cell's offsets are adjacent to the next by accident.
      text += "|";
      cellStart.push(text.length);
      text += cell;
      cellEnd.push(text.length);
    }
    rowFirstCell.push(cellStart.length);
  }
  return {
    text,
    rowFirstCell: Int32Array.from(rowFirstCell),
    cellStart: Int32Array.from(cellStart),
    cellEnd: Int32Array.from(cellEnd),
    firstRowNumber,
  };
}
