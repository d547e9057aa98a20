import type { ColumnRole, RawGrid, Table, TableOptions } from "../../src/table/types";

/** The user's reading of text numbers and a/b/yyyy dates; absent fields are detected per column. */
export type ReadingChoices = Pick<TableOptions, "numberStyle" | "dayOrder">;
import { tableFromGrid } from "../../src/table/table-from-grid";

/** The input every analysis job starts from: the cells read from the workbook and the user's role choices. */
export interface TableRequest {
  readonly grid: RawGrid;
  /** Column name → chosen role, or "" for "not used". Columns absent here keep the recognised role. */
  readonly roleChoices: Readonly<Record<string, ColumnRole | "">>;
  /** The user's number style and day order (the columns step's options). @default detected */
  readonly reading?: ReadingChoices;
}

/** Builds the typed table with the user's role choices applied (a choice of "" removes a recognised role). */
export function tableFromRequest(request: TableRequest): Table {
  const roles: Partial<Record<ColumnRole, string>> = {};
  for (const [columnName, role] of Object.entries(request.roleChoices)) {
    if (role !== "") roles[role] = columnName;
  }
  const table = tableFromGrid(request.grid, { roles, ...request.reading });
  const chosenRoles = new Set(Object.keys(roles));
  return {
    ...table,
    columns: table.columns.map((column) => {
      const choice = request.roleChoices[column.name];
      if (choice === "") return { ...column, role: null };
      // A role the user gave to another column is taken away from this one.
      if (choice === undefined && column.role !== null && chosenRoles.has(column.role)) {
        return { ...column, role: null };
      }
      return column;
    }),
  };
}

/** Rows below the header row, for the "Reading 200,000 rows…" progress. */
export function dataRowCount(request: TableRequest): number {
  return Math.max(0, request.grid.values.length - 1);
}
