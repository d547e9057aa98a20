import { CoreError } from "../errors";
import { roleDisplayName } from "../i18n/role-name";
import type { Column, ColumnRole, ColumnType, Table } from "./types";

/** The column of a table with the given type. */
export type ColumnOfType<T extends ColumnType> = Extract<Column, { readonly type: T }>;

/**
 * The column that has a role, or null when no column has it.
 *
 * Cost: O(columns).
 *
 * @example
 * import { tableFromGrid } from "./table-from-grid";
 * columnByRole(tableFromGrid({ values: [["Sales"], [1]] }), "amount")?.name // "Sales"
 */
export function columnByRole(table: Table, role: ColumnRole): Column | null {
  return table.columns.find((column) => column.role === role) ?? null;
}

/**
 * The column that has a role, for an analysis that cannot run without it; with `type`, also checks that
 * the column was read as that type (it is, unless the user forced another type).
 *
 * Cost: O(columns).
 *
 * @throws CoreError MISSING_COLUMN naming the role and the analysis; COLUMN_TYPE_MISMATCH
 * @example
 * import { tableFromGrid } from "./table-from-grid";
 * const table = tableFromGrid({ values: [["Order Date", "Sales"], ["2021-01-05", 10], ["2021-01-06", 20]] });
 * requireColumn(table, "orderDate", "rfmFromOrders", "date").values // [44201, 44202]
 * requireColumn(table, "memberId", "rfmFromOrders") // throws CoreError MISSING_COLUMN
 */
export function requireColumn<T extends ColumnType>(
  table: Table,
  role: ColumnRole,
  forWhat: string,
  type: T,
): ColumnOfType<T>;
export function requireColumn(table: Table, role: ColumnRole, forWhat: string): Column;
export function requireColumn(table: Table, role: ColumnRole, forWhat: string, type?: ColumnType): Column {
  const column = columnByRole(table, role);
  if (column === null) {
    const names = table.columns.map((candidate) => `"${candidate.name}"`).join(", ");
    const roleName = roleDisplayName("en", role);
    throw new CoreError(
      "MISSING_COLUMN",
      `A column for ${roleName} is needed (none of ${names} was recognised as ${roleName}): choose it`,
      { argument: role, input: forWhat },
    );
  }
  if (type !== undefined && column.type !== type) {
    throw new CoreError(
      "COLUMN_TYPE_MISMATCH",
      `The ${roleDisplayName("en", role)} column "${column.name}" must hold ${type === "boolean" ? "TRUE/FALSE" : type} values (it was read as ${column.type})`,
      { argument: role, column: column.name, value: column.type, bound: type, input: forWhat },
    );
  }
  return column;
}

export interface UsableRows {
  /** true for a row whose cells in every required column hold a value. */
  readonly mask: readonly boolean[];
  readonly usableRowCount: number;
  readonly rowCount: number;
}

/**
 * Which rows an analysis can use: those with a value (not blank, not an error, parsed) in the column of
 * every listed role. Reports show "rows used: usableRowCount of rowCount"; the quality report says why the
 * others were left out.
 *
 * Cost: O(rows × roles).
 *
 * @throws CoreError MISSING_COLUMN when a role has no column
 * @example
 * import { tableFromGrid } from "./table-from-grid";
 * const table = tableFromGrid({ values: [["Customer ID", "Sales"], ["C1", 10], ["", 20], ["C3", null]] });
 * usableRows(table, ["memberId", "amount"], "rfmFromOrders").usableRowCount // 1
 */
export function usableRows(table: Table, roles: readonly ColumnRole[], forWhat: string): UsableRows {
  const columns = roles.map((role) => requireColumn(table, role, forWhat));
  const mask: boolean[] = new Array<boolean>(table.rowCount).fill(true);
  let usableRowCount = table.rowCount;
  for (const column of columns) {
    column.values.forEach((value, row) => {
      if (value === null && mask[row] === true) {
        mask[row] = false;
        usableRowCount--;
      }
    });
  }
  return { mask, usableRowCount, rowCount: table.rowCount };
}
