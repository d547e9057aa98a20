import { columnByRole, requireColumn } from "../table/column-access";
import type { Column, ColumnRole, Table } from "../table/types";
import type { KeyCell, NumberCell } from "./cells";

// Reading the promotion core's cell shapes out of a typed table's columns (by role). Shared by the table →
// input mappings in ./from-table.ts and by the command line's yoy command.

/**
 * The values of a key column (ids, categories) as key cells: text and numbers as they are, booleans as
 * "TRUE"/"FALSE" (Excel's spelling), blanks as null.
 *
 * Cost: O(rows).
 *
 * @example keyValues(tableFromGrid({ values: [["Member ID"], [7], [true]] }).columns[0]) // [7, "TRUE"]
 */
export function keyValues(column: Column): KeyCell[] {
  return column.values.map((value) => (typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : value));
}

/**
 * The values of the required numeric column with `role`; `forWhat` names the analysis in the message.
 *
 * Cost: O(rows).
 *
 * @throws CoreError MISSING_COLUMN, COLUMN_TYPE_MISMATCH
 * @example numberValues(tableFromGrid({ values: [["Quantity"], [2], [3]] }), "quantity", "promo") // [2, 3]
 */
export function numberValues(table: Table, role: ColumnRole, forWhat: string): NumberCell[] {
  return [...requireColumn(table, role, forWhat, "number").values];
}

/**
 * The values of an optional numeric column: undefined when no column has `role`.
 *
 * Cost: O(rows).
 *
 * @throws CoreError COLUMN_TYPE_MISMATCH when the column is there but was not read as numbers
 * @example optionalNumbers(tableFromGrid({ values: [["Quantity"], [2]] }), "uv", "promo") // undefined
 */
export function optionalNumbers(table: Table, role: ColumnRole, forWhat: string): NumberCell[] | undefined {
  return columnByRole(table, role) === null ? undefined : numberValues(table, role, forWhat);
}

/**
 * The values of an optional key column (see keyValues): undefined when no column has `role`.
 *
 * Cost: O(rows).
 *
 * @example optionalKeys(tableFromGrid({ values: [["Order ID"], ["A-1"]] }), "orderId") // ["A-1"]
 */
export function optionalKeys(table: Table, role: ColumnRole): KeyCell[] | undefined {
  const column = columnByRole(table, role);
  return column === null ? undefined : keyValues(column);
}

/**
 * The product key of each row: the product id column, else (when there is none) the product name column.
 *
 * Cost: O(rows).
 *
 * @throws CoreError MISSING_COLUMN (role productId) when neither column is there
 * @example productKeys(tableFromGrid({ values: [["Product Name"], ["Tee"]] }), "promo") // ["Tee"]
 */
export function productKeys(table: Table, forWhat: string): KeyCell[] {
  const byName = columnByRole(table, "productId") === null ? columnByRole(table, "productName") : null;
  return keyValues(byName ?? requireColumn(table, "productId", forWhat));
}
