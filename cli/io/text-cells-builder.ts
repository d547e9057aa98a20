import type { TextCells } from "../../src/table/text-cells";

/**
 * Collects rows of cells as offsets into a text (TextCells), growing typed arrays as it goes: 12 bytes per
 * cell and 4 per row instead of a string per cell and an array per row.
 */
export class TextCellsBuilder {
  private rowFirstCell: Int32Array;
  private cellStart: Int32Array;
  private cellEnd: Int32Array;
  private rows = 0;
  private cells = 0;

  constructor(expectedCells = 1024) {
    const cellCapacity = Math.max(16, expectedCells);
    this.cellStart = new Int32Array(cellCapacity);
    this.cellEnd = new Int32Array(cellCapacity);
    this.rowFirstCell = new Int32Array(Math.max(16, cellCapacity >> 2));
  }

  get rowCount(): number {
    return this.rows;
  }

  /** Adds a cell text[start, end) to the current row. */
  addCell(start: number, end: number): void {
    if (this.cells === this.cellStart.length) {
      this.cellStart = grown(this.cellStart, this.cells);
      this.cellEnd = grown(this.cellEnd, this.cells);
    }
    this.cellStart[this.cells] = start;
    this.cellEnd[this.cells] = end;
    this.cells++;
  }

  /** Closes the current row (the cells added since the last call). */
  endRow(): void {
    if (this.rows + 2 > this.rowFirstCell.length) this.rowFirstCell = grown(this.rowFirstCell, this.rows + 1);
    this.rows++;
    this.rowFirstCell[this.rows] = this.cells;
  }

  /** Drops the last closed row. */
  dropLastRow(): void {
    this.rows--;
    this.cells = this.rowFirstCell[this.rows] as number;
  }

  /** True for a closed row with no cell or one empty cell (what a final line break leaves). */
  isEmptyRecord(row: number): boolean {
    const first = this.rowFirstCell[row] as number;
    const width = (this.rowFirstCell[row + 1] as number) - first;
    return width === 0 || (width === 1 && this.cellStart[first] === this.cellEnd[first]);
  }

  /** The collected rows over `text`. */
  build(text: string): TextCells {
    return {
      text,
      rowFirstCell: fitted(this.rowFirstCell, this.rows + 1),
      cellStart: fitted(this.cellStart, this.cells),
      cellEnd: fitted(this.cellEnd, this.cells),
      firstRowNumber: 1,
    };
  }
}

/** The used part of an array: a view when little would be wasted, else a copy (a full sheet: 48 MB of offsets). */
function fitted(array: Int32Array, used: number): Int32Array {
  return used >= array.length * 0.9 ? array.subarray(0, used) : array.slice(0, used);
}

function grown(array: Int32Array, used: number): Int32Array {
  const larger = new Int32Array(array.length * 2);
  larger.set(array.subarray(0, used));
  return larger;
}
