import type { CellRect } from "./address";
import type { CellFormula } from "./formula";

/** What a cell holds: Excel's `values` types. An empty cell holds nothing and reads back as "". */
export type CellValue = number | string | boolean;

interface RowCells {
  values: (CellValue | undefined)[];
  formats: (string | undefined)[];
  formulas: (CellFormula | undefined)[];
  bold: (boolean | undefined)[];
}

/** The default number format of a cell, as Excel reports it. */
export const GENERAL = "General";

/**
 * Sparse cell storage for one worksheet: a map from row index to that row's cells. A 200,000 × 8 result is
 * 200,000 small arrays, not 1.6 million objects.
 */
export class CellStore {
  private readonly rows = new Map<number, RowCells>();

  value(row: number, column: number): CellValue | undefined {
    return this.rows.get(row)?.values[column];
  }

  format(row: number, column: number): string {
    return this.rows.get(row)?.formats[column] ?? GENERAL;
  }

  formula(row: number, column: number): CellFormula | undefined {
    return this.rows.get(row)?.formulas[column];
  }

  bold(row: number, column: number): boolean {
    return this.rows.get(row)?.bold[column] ?? false;
  }

  setValue(row: number, column: number, value: CellValue | undefined, formula?: CellFormula): void {
    const cells = this.row(row);
    cells.values[column] = value;
    cells.formulas[column] = formula;
  }

  setFormat(row: number, column: number, format: string): void {
    this.row(row).formats[column] = format === GENERAL ? undefined : format;
  }

  setBold(row: number, column: number, bold: boolean): void {
    this.row(row).bold[column] = bold;
  }

  /** Copies one cell (value, formula as it is, number format, bold) from another store or this one. */
  copyCell(from: CellStore, fromRow: number, fromColumn: number, toRow: number, toColumn: number): void {
    const source = from.rows.get(fromRow);
    const formula = source?.formulas[fromColumn];
    if (source === undefined && this.rows.get(toRow) === undefined) return;
    const target = this.row(toRow);
    target.values[toColumn] = source?.values[fromColumn];
    target.formulas[toColumn] = formula;
    target.formats[toColumn] = source?.formats[fromColumn];
    target.bold[toColumn] = source?.bold[fromColumn];
  }

  /**
   * Empties the cells of a block: "All" values, formulas, number formats and bold, "Contents" values and
   * formulas, "Formats" number formats and bold (`Range.clear(applyTo)`).
   */
  clear(rect: CellRect, what: "All" | "Contents" | "Formats" = "All"): void {
    const lastRow = rect.startRow + rect.rowCount - 1;
    const lastColumn = rect.startColumn + rect.columnCount - 1;
    for (const [row, cells] of this.rows) {
      if (row < rect.startRow || row > lastRow) continue;
      const contents = [cells.values, cells.formulas];
      const formats = [cells.formats, cells.bold];
      const lists = what === "All" ? [...contents, ...formats] : what === "Contents" ? contents : formats;
      for (const list of lists) {
        for (let column = rect.startColumn; column <= Math.min(lastColumn, list.length - 1); column++) {
          list[column] = undefined;
        }
      }
    }
  }

  /** Calls `visit` for each cell of the block that holds a value, row by row (only stored rows are walked). */
  forEachStoredCell(rect: CellRect, visit: (row: number, column: number) => void): void {
    const lastRow = rect.startRow + rect.rowCount - 1;
    const rows = [...this.rows.keys()]
      .filter((row) => row >= rect.startRow && row <= lastRow)
      .sort((a, b) => a - b);
    for (const row of rows) {
      const values = this.rows.get(row)?.values ?? [];
      const last = Math.min(rect.startColumn + rect.columnCount, values.length);
      for (let column = rect.startColumn; column < last; column++) {
        if (values[column] !== undefined) visit(row, column);
      }
    }
  }

  /** True when any cell of the row between the two columns (inclusive) holds a value. */
  rowHasValue(row: number, firstColumn: number, lastColumn: number): boolean {
    const cells = this.rows.get(row);
    if (cells === undefined) return false;
    const last = Math.min(lastColumn, cells.values.length - 1);
    for (let column = Math.max(0, firstColumn); column <= last; column++) {
      if (cells.values[column] !== undefined) return true;
    }
    return false;
  }

  /** True when any cell of the column between the two rows (inclusive) holds a value. */
  columnHasValue(column: number, firstRow: number, lastRow: number): boolean {
    if (lastRow - firstRow > this.rows.size) {
      for (const [row, cells] of this.rows) {
        if (row >= firstRow && row <= lastRow && cells.values[column] !== undefined) return true;
      }
      return false;
    }
    for (let row = Math.max(0, firstRow); row <= lastRow; row++) {
      if (this.rows.get(row)?.values[column] !== undefined) return true;
    }
    return false;
  }

  /**
   * The smallest block holding every cell with a value (valuesOnly) or with a value or a non-default
   * format, like `getUsedRange(valuesOnly)`, optionally only among the cells of a block; null when none.
   */
  usedRect(valuesOnly: boolean, within?: CellRect): CellRect | null {
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    const firstRow = within?.startRow ?? 0;
    const lastRow = within === undefined ? Infinity : within.startRow + within.rowCount - 1;
    const firstColumn = within?.startColumn ?? 0;
    const lastColumn = within === undefined ? Infinity : within.startColumn + within.columnCount - 1;
    for (const [row, cells] of this.rows) {
      if (row < firstRow || row > lastRow) continue;
      const width = Math.min(
        lastColumn + 1,
        Math.max(cells.values.length, valuesOnly ? 0 : cells.formats.length),
      );
      for (let column = firstColumn; column < width; column++) {
        const used =
          cells.values[column] !== undefined || (!valuesOnly && cells.formats[column] !== undefined);
        if (!used) continue;
        top = Math.min(top, row);
        bottom = Math.max(bottom, row);
        left = Math.min(left, column);
        right = Math.max(right, column);
      }
    }
    if (bottom < 0) return null;
    return { startRow: top, startColumn: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  private row(row: number): RowCells {
    let cells = this.rows.get(row);
    if (cells === undefined) {
      cells = { values: [], formats: [], formulas: [], bold: [] };
      this.rows.set(row, cells);
    }
    return cells;
  }
}
