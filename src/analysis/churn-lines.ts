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
  const keeps = (row: number): boolean => {
    const memberId = memberIds[row];
    return (
      mask[row] === true &&
      memberId != null &&
      dates[row] != null &&
      amounts[row] != null &&
      String(memberId) !== "0"
    );
  };
  // Counted first and filled in arrays of that length: arrays grown by push left as much garbage again as
  // they held, which was 100 MB of churn's peak memory at 1M lines (issue 14).
  let keptCount = 0;
  for (let row = 0; row < table.rowCount; row++) if (keeps(row)) keptCount++;
  const kept = {
    memberIds: new Array<string>(keptCount),
    dateSerials: new Float64Array(keptCount),
    amounts: new Float64Array(keptCount),
    orderIds: orderIds === undefined ? [] : new Array<string | null>(keptCount),
    couponAmounts: coupons === undefined ? [] : new Array<number | null>(keptCount),
  };
  let line = 0;
  for (let row = 0; row < table.rowCount; row++) {
    if (!keeps(row)) continue;
    kept.memberIds[line] = String(memberIds[row]);
    kept.dateSerials[line] = dates[row] as number;
    kept.amounts[line] = amounts[row] as number;
    if (orderIds !== undefined) {
      const orderId = orderIds[row];
      kept.orderIds[line] = orderId == null || String(orderId) === "0" ? null : String(orderId);
    }
    if (coupons !== undefined) kept.couponAmounts[line] = coupons[row] ?? null;
    line++;
  }
  const lines: ChurnOrderLines = {
    memberIds: kept.memberIds,
    dateSerials: kept.dateSerials,
    amounts: kept.amounts,
    ...(orderIds === undefined ? {} : { orderIds: kept.orderIds }),
    ...(coupons === undefined ? {} : { couponAmounts: kept.couponAmounts }),
  };
  return { lines, skippedRows: table.rowCount - keptCount };
}
