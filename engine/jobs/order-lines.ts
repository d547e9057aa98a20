import type { OrderLineColumns } from "../../src/rfm";
import { columnByRole, requireColumn } from "../../src/table";
import type { Table } from "../../src/table/types";

/** The order-line columns the Segment analysis reads, by role (order id optional). */
export function orderLinesOf(table: Table, forWhat: string): OrderLineColumns {
  const orderIds = columnByRole(table, "orderId");
  return {
    memberIds: requireColumn(table, "memberId", forWhat).values as readonly (string | number | null)[],
    orderDates: requireColumn(table, "orderDate", forWhat, "date").values,
    amounts: requireColumn(table, "amount", forWhat, "number").values,
    ...(orderIds === null ? {} : { orderIds: orderIds.values as readonly (string | number | null)[] }),
  };
}
