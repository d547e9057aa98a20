import type { OrderLineColumns } from "../../src/rfm";
import { requireColumn } from "../../src/table";
import { optionalKeys, requiredKeys } from "../../src/table/column-reader";
import type { Table } from "../../src/table/types";

/** The order-line columns the Segment analysis reads, by role (order id optional). */
export function orderLinesOf(table: Table, forWhat: string): OrderLineColumns {
  const orderIds = optionalKeys(table, "orderId");
  return {
    memberIds: requiredKeys(table, "memberId", forWhat),
    orderDates: requireColumn(table, "orderDate", forWhat, "date").values,
    amounts: requireColumn(table, "amount", forWhat, "number").values,
    ...(orderIds === undefined ? {} : { orderIds }),
  };
}
