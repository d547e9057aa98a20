import { columnByRole } from "../table/column-access";
import type { Table } from "../table/types";

/**
 * The role holding each member's total amount in a per-member table: totalAmount ("Order_Sales", 消費總額), or
 * amount when only that is mapped (the user chose "Amount" for the total, or `--amount COL` named it).
 *
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * memberTotalRole(tableFromGrid({ values: [["Member_Id", "Order_Sales", "Order_count"], ["A", 300, 3]] })) // "totalAmount"
 */
export function memberTotalRole(table: Table): "totalAmount" | "amount" {
  return columnByRole(table, "totalAmount") === null && columnByRole(table, "amount") !== null
    ? "amount"
    : "totalAmount";
}
