import type { SimpleClvOrders } from "../clv/member-spans";
import { columnByRole, requireColumn } from "../table/column-access";
import { requiredKeys, requiredNumbers } from "../table/column-reader";
import type { Table } from "../table/types";
import { memberTotalRole } from "./member-table-total";

/** The simple CLV's input from a per-member table, and the member rows left out. */
export interface PerMemberClvRows {
  readonly orders: SimpleClvOrders;
  /** Rows without a member, a last order date or a total amount. */
  readonly skippedRows: number;
}

/**
 * A per-member table as the simple CLV's orders: each member is one line dated at their last order (the
 * lastOrderDate column, else orderDate) carrying their total amount (totalAmount, else amount), with the
 * first order / registration date (registrationDate role) as the start. The simple CLV needs only each
 * member's start day, last order day and total spend (member-spans.ts), so this gives the same CLV as the
 * member's order lines would. Without a registration column every lifetime is 0 days and the CLV says so
 * (SIMPLE_CLV_NO_LIFETIME).
 *
 * Cost: O(rows).
 *
 * @throws CoreError MISSING_COLUMN (memberId, totalAmount, lastOrderDate), COLUMN_TYPE_MISMATCH
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * const table = tableFromGrid({ values: [["Member_Id", "Order_Sales", "Order_count", "last_order", "First order date"],
 *   ["A", 300, 3, 20210310, 20210101]] });
 * perMemberClvRows(table, "clv").orders.amounts // [300]
 */
export function perMemberClvRows(table: Table, forWhat: string): PerMemberClvRows {
  const ids = requiredKeys(table, "memberId", forWhat);
  const totals = requiredNumbers(table, memberTotalRole(table), forWhat);
  const dateRole =
    columnByRole(table, "lastOrderDate") === null && columnByRole(table, "orderDate") !== null
      ? "orderDate"
      : "lastOrderDate";
  const lastDates = requireColumn(table, dateRole, forWhat, "date").values;
  const registration = columnByRole(table, "registrationDate");
  const starts = registration?.type === "date" ? registration.values : undefined;
  const orders = {
    memberIds: [] as (string | number)[],
    orderDateSerials: [] as number[],
    amounts: [] as number[],
    registrationDateSerials: [] as (number | null)[],
  };
  ids.forEach((id, row) => {
    const lastDate = lastDates[row];
    const total = totals[row];
    if (id == null || lastDate == null || total == null) return;
    orders.memberIds.push(id);
    orders.orderDateSerials.push(lastDate);
    orders.amounts.push(total);
    orders.registrationDateSerials.push(starts?.[row] ?? null);
  });
  return {
    orders: starts === undefined ? { ...orders, registrationDateSerials: undefined } : orders,
    skippedRows: table.rowCount - orders.memberIds.length,
  };
}
