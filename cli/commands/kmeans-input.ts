import type { NumericMatrix } from "../../src/cluster";
import { isCoreError } from "../../src/errors";
import { findColumnIndex } from "../../src/table/column-overrides";
import { tableFromGrid } from "../../src/table/table-from-grid";
import type { Column, ColumnType, NumberColumn, Table } from "../../src/table/types";
import { CliError } from "../cli-error";
import type { CommandArgs } from "../command";
import { loadTable, type LoadedTable } from "../load-table";

/** Why rows were left out of the matrix; a row counts once, as non-numeric if any of its cells is. */
export interface SkippedCells {
  readonly blankCell: number;
  readonly nonNumericCell: number;
}

/** A left-out cell as the user finds it in the file. */
export interface SkippedExample {
  readonly line: number;
  readonly column: string;
  readonly value: string;
}

/** The matrix `kmeans` clusters, and how it was read from the file. */
export interface KMeansInput {
  readonly loaded: LoadedTable;
  readonly columns: readonly string[];
  /** Columns left out because they were not read as numbers (only without --columns). */
  readonly ignoredColumns: readonly { readonly name: string; readonly type: ColumnType }[];
  readonly matrix: NumericMatrix;
  /** Table row of each matrix row. */
  readonly usedRows: Int32Array;
  readonly skipped: SkippedCells;
  /** The first five skipped cells. */
  readonly skippedExamples: readonly SkippedExample[];
}

/**
 * Reads --input and builds the matrix: the --columns given (read as numbers whatever their type was guessed to
 * be), else every column read as numbers. A row with a blank or non-numeric cell in any chosen column is
 * skipped and counted, never dropped silently.
 *
 * @throws CliError no numeric column, an unknown --columns name; CliError/CoreError from reading
 */
export async function loadKMeansInput(args: CommandArgs): Promise<KMeansInput> {
  let loaded = await loadTable(args);
  const wanted = columnsFlag(args.values.columns);
  let picked: NumberColumn[];
  if (wanted === null) {
    picked = loaded.table.columns.filter((column): column is NumberColumn => column.type === "number");
    if (picked.length === 0) {
      const found = loaded.table.columns.map((column) => `${column.name} (${column.type})`).join(", ");
      throw new CliError(
        `no column was read as numbers (${found}); name them with --columns a,b`,
        loaded.inputAddress,
      );
    }
  } else {
    const names = wanted.map((name) => loaded.table.columns[columnIndex(loaded.table, name)]?.name as string);
    const types = Object.fromEntries(names.map((name): [string, ColumnType] => [name, "number"]));
    const header = loaded.table.headerRowNumber !== null;
    loaded = { ...loaded, table: tableFromGrid(loaded.source.grid, { header, types }) };
    const byName = new Map(loaded.table.columns.map((column) => [column.name, column]));
    picked = names.map((name) => byName.get(name) as NumberColumn);
  }
  const ignoredColumns = loaded.table.columns
    .filter((column) => !picked.includes(column as NumberColumn))
    .map((column) => ({ name: column.name, type: column.type }));
  return {
    loaded,
    columns: picked.map((column) => column.name),
    ignoredColumns,
    ...buildMatrix(loaded, picked),
  };
}

function columnsFlag(value: unknown): string[] | null {
  if (value === undefined) return null;
  const names = String(value)
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  if (names.length === 0)
    throw new CliError(`--columns must name at least one column (got "${String(value)}")`);
  return names;
}

function columnIndex(table: Table, name: string): number {
  try {
    return findColumnIndex(table.columns, name, "--columns");
  } catch (error) {
    if (!isCoreError(error) || error.code !== "UNKNOWN_COLUMN") throw error;
    const { value, bound } = error.details;
    throw new CliError(`no column named "${String(value)}" for --columns (columns: ${String(bound)})`);
  }
}

function buildMatrix(loaded: LoadedTable, picked: readonly NumberColumn[]) {
  const { table, source } = loaded;
  const columns = picked.length;
  const data = new Float64Array(table.rowCount * columns);
  const usedRows = new Int32Array(table.rowCount);
  let rows = 0;
  let blankCell = 0;
  let nonNumericCell = 0;
  const skippedExamples: SkippedExample[] = [];
  const firstLine = source.grid.firstRowNumber ?? 1;
  const rawCell = (row: number, column: Column): unknown =>
    source.grid.values[(table.sourceRowNumbers[row] as number) - firstLine]?.[column.sourceIndex];
  for (let row = 0; row < table.rowCount; row++) {
    const missing = picked.filter((column) => column.values[row] === null);
    if (missing.length === 0) {
      picked.forEach((column, index) => (data[rows * columns + index] = column.values[row] as number));
      usedRows[rows++] = row;
      continue;
    }
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
