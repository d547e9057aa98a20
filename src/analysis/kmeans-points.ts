import type { NumericMatrix } from "../cluster";
import { CoreError } from "../errors";
import { findColumnIndex } from "../table/column-overrides";
import { tableFromGrid } from "../table/table-from-grid";
import type { Column, ColumnType, NumberColumn, RawGrid, Table } from "../table/types";

/** Why rows were left out of the matrix; a row counts once, as non-numeric if any of its cells is. */
export interface SkippedCells {
  readonly blankCell: number;
  readonly nonNumericCell: number;
}

/** A left-out cell as the user finds it in the file or sheet. */
export interface SkippedExample {
  /** Sheet row or file line. */
  readonly line: number;
  readonly column: string;
  /** The cell as read ("" for a blank). */
  readonly value: string;
}

/** The points k-means clusters (rows = points, the chosen columns = features), and how they were read. */
export interface KMeansPoints {
  readonly columns: readonly string[];
  /** Columns left out because they were not read as numbers (only when no columns were named). */
  readonly ignoredColumns: readonly { readonly name: string; readonly type: ColumnType }[];
  readonly matrix: NumericMatrix;
  /** Table row (0-based data row) of each matrix row. */
  readonly usedRows: Int32Array;
  /** Data rows of the table, used or not. */
  readonly readRowCount: number;
  readonly skipped: SkippedCells;
  /** The first five skipped cells. */
  readonly skippedExamples: readonly SkippedExample[];
}

/**
 * The numeric table k-means runs on: the named columns (read as numbers whatever type they were guessed to be),
 * else every column read as numbers. A row with a blank or non-numeric cell in a chosen column is skipped and
 * counted, never dropped silently; the grid is only read again for the named columns and the skipped cells.
 *
 * Cost: O(rows × columns).
 *
 * @param source where the table came from: its grid (a getter is fine: it is read only when needed)
 * @throws CoreError NO_NUMERIC_COLUMN (no column named and none read as numbers), UNKNOWN_COLUMN (details:
 *   argument "columns", value the name, bound the columns there are)
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * kmeansPoints(tableFromGrid({ values: [["x", "y"], [1, 2], [3, ""], [5, 6]] }), { grid: { values: [["x", "y"], [1, 2], [3, ""], [5, 6]] } }).skipped // { blankCell: 1, nonNumericCell: 0 }
 */
export function kmeansPoints(
  table: Table,
  source: { readonly grid: RawGrid },
  columns?: readonly string[],
): KMeansPoints {
  let typed = table;
  let picked: NumberColumn[];
  if (columns === undefined) {
    picked = table.columns.filter((column): column is NumberColumn => column.type === "number");
    if (picked.length === 0) {
      throw new CoreError("NO_NUMERIC_COLUMN", "At least one column of numbers is needed to form segments");
    }
  } else {
    const names = columns.map(
      (name) => table.columns[findColumnIndex(table.columns, name, "columns")]?.name as string,
    );
    const types = Object.fromEntries(names.map((name): [string, ColumnType] => [name, "number"]));
    typed = tableFromGrid(source.grid, { header: table.headerRowNumber !== null, types });
    const byName = new Map(typed.columns.map((column) => [column.name, column]));
    picked = names.map((name) => byName.get(name) as NumberColumn);
  }
  const ignoredColumns = typed.columns
    .filter((column) => !picked.includes(column as NumberColumn))
    .map((column) => ({ name: column.name, type: column.type }));
  return {
    columns: picked.map((column) => column.name),
    ignoredColumns,
    readRowCount: typed.rowCount,
    ...pointsMatrix(typed, source, picked),
  };
}

function pointsMatrix(table: Table, source: { readonly grid: RawGrid }, picked: readonly NumberColumn[]) {
  const columns = picked.length;
  const data = new Float64Array(table.rowCount * columns);
  const usedRows = new Int32Array(table.rowCount);
  let rows = 0;
  let blankCell = 0;
  let nonNumericCell = 0;
  const skippedExamples: SkippedExample[] = [];
  const rawCell = (row: number, column: Column): unknown => {
    const { grid } = source;
    return grid.values[(table.sourceRowNumbers[row] as number) - (grid.firstRowNumber ?? 1)]?.[
      column.sourceIndex
    ];
  };
  for (let row = 0; row < table.rowCount; row++) {
    const missing = picked.filter((column) => column.values[row] === null);
    if (missing.length === 0) {
      picked.forEach((column, index) => (data[rows * columns + index] = column.values[row] as number));
      usedRows[rows++] = row;
      continue;
    }
    // A typed cell is null for a blank and for text that is not a number: only the raw cell tells which.
    const raws = missing.map((column) => rawCell(row, column));
    const badIndex = raws.findIndex((raw) => !isBlankRaw(raw));
    if (badIndex === -1) blankCell++;
    else nonNumericCell++;
    if (skippedExamples.length < 5) {
      const shown = Math.max(badIndex, 0);
      const raw = raws[shown];
      skippedExamples.push({
        line: table.sourceRowNumbers[row] as number,
        column: missing[shown]?.name as string,
        value: isBlankRaw(raw) ? "" : String(raw),
      });
    }
  }
  return {
    matrix: { data: data.slice(0, rows * columns), rows, columns },
    usedRows: usedRows.slice(0, rows),
    skipped: { blankCell, nonNumericCell },
    skippedExamples,
  };
}

function isBlankRaw(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}
