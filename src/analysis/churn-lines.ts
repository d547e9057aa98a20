import type { ChurnOrderLines } from "../churn/member-history";
import { requireColumn, usableRows } from "../table/column-access";
import { optionalKeys, optionalNumbers, requiredKeys } from "../table/column-reader";
import type { Table } from "../table/types";

/** The order lines of the churn model and how many rows were left out. */
export interface ChurnTableLines {
  readonly lines: ChurnOrderLines;
  /** Rows without a member (an id of 0 included), an order date or an amount. */
  readonly skippedRows: number;
}

/**
 * The rows with a member, an order date and an amount (the table's blank rule, as completeOrderRows), with
 * their order id (blank: the row is its own order) and coupon amount when the table has those columns. An id
 * of 0 is no id, as in every member analysis (src/member/cells.ts readIdKey): desktop Excel's empty cell, an
 * export's guest order; a member id of 0 leaves the row out, an order id of 0 makes the row its own order.
 *
 * Cost: O(rows).
 *
 * @throws CoreError MISSING_COLUMN (memberId, orderDate, amount), COLUMN_TYPE_MISMATCH
 */
export function churnOrderLines(table: Table, forWhat: string): ChurnTableLines {
  const memberIds = requiredKeys(table, "memberId", forWhat);
  const dates = requireColumn(table, "orderDate", forWhat, "date").values;
  const amounts = requireColumn(table, "amount", forWhat, "number").values;
  const orderIds = optionalKeys(table, "orderId");
  const coupons = optionalNumbers(table, "couponAmount", forWhat);
  const { mask } = usableRows(table, ["memberId", "orderDate", "amount"], forWhat);
  const kept = {
    memberIds: [] as string[],
    dateSerials: [] as number[],
    amounts: [] as number[],
    orderIds: [] as (string | null)[],
    couponAmounts: [] as (number | null)[],
  };
  mask.forEach((usable, row) => {
    const memberId = memberIds[row];
    const date = dates[row];
    const amount = amounts[row];
    if (!usable || memberId == null || date == null || amount == null || String(memberId) === "0") return;
    kept.memberIds.push(String(memberId));
    kept.dateSerials.push(date);
    kept.amounts.push(amount);
    const orderId = orderIds?.[row];
    kept.orderIds.push(orderId == null || String(orderId) === "0" ? null : String(orderId));
    kept.couponAmounts.push(coupons?.[row] ?? null);
  });
  const lines: ChurnOrderLines = {
    memberIds: kept.memberIds,
    dateSerials: kept.dateSerials,
    amounts: kept.amounts,
    ...(orderIds === undefined ? {} : { orderIds: kept.orderIds }),
    ...(coupons === undefined ? {} : { couponAmounts: kept.couponAmounts }),
  };
  return { lines, skippedRows: table.rowCount - kept.memberIds.length };
}
