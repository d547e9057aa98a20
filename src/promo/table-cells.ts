import { columnByRole, requireColumn } from "../table/column-access";
import { keyCells } from "../table/column-reader";
import type { Table } from "../table/types";
import type { KeyCell } from "./cells";

/**
 * The product key of each row: the product id column, else (when there is none) the product name column.
 * Keys follow the one column reader (src/table/column-reader.ts).
 *
 * Cost: O(rows).
 *
 * @throws CoreError MISSING_COLUMN (role productId) when neither column is there
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * productKeys(tableFromGrid({ values: [["Product Name"], ["Tee"]] }), "promo") // ["Tee"]
 */
export function productKeys(table: Table, forWhat: string): KeyCell[] {
  const byName = columnByRole(table, "productId") === null ? columnByRole(table, "productName") : null;
  return keyCells(byName ?? requireColumn(table, "productId", forWhat));
}
