import { requireColumn } from "../../../src/table/column-access";
import { optionalKeys, requiredKeys } from "../../../src/table/column-reader";
import type { Table } from "../../../src/table/types";

/** Member ids, optional order ids: what every member analysis reads. @throws CoreError MISSING_COLUMN */
export function memberColumns(table: Table, forWhat: string) {
  const orderIds = optionalKeys(table, "orderId");
  return {
    memberIds: requiredKeys(table, "memberId", forWhat),
    ...(orderIds === undefined ? {} : { orderIds }),
  };
}

/** Member ids, optional order ids and the order dates. @throws CoreError MISSING_COLUMN, COLUMN_TYPE_MISMATCH */
export function datedColumns(table: Table, forWhat: string) {
  return {
    ...memberColumns(table, forWhat),
    orderDates: [...requireColumn(table, "orderDate", forWhat, "date").values],
  };
}

/** Amounts per row. @throws CoreError MISSING_COLUMN, COLUMN_TYPE_MISMATCH */
export function amountCells(table: Table, forWhat: string): (number | null)[] {
  return [...requireColumn(table, "amount", forWhat, "number").values];
}
