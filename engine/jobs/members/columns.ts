import type { KeyCell } from "../../../src/member/cells";
import { columnByRole, requireColumn } from "../../../src/table/column-access";
import type { Column, ColumnRole, Table } from "../../../src/table/types";

/** A column's cells as member / order / category / channel keys (text or numbers; Booleans as their text). */
export function keyCells(column: Column): KeyCell[] {
  if (column.type === "boolean") return column.values.map((value) => (value === null ? null : String(value)));
  return [...column.values];
}

/** The key cells of the column with a role, or undefined when no column has it. */
export function optionalKeys(table: Table, role: ColumnRole): KeyCell[] | undefined {
  const column = columnByRole(table, role);
  return column === null ? undefined : keyCells(column);
}

/** The numbers of the column with a role (read as numbers), or undefined when no column has it. */
export function optionalNumbers(
  table: Table,
  role: ColumnRole,
  forWhat: string,
): (number | null)[] | undefined {
  return columnByRole(table, role) === null
    ? undefined
    : [...requireColumn(table, role, forWhat, "number").values];
}

/** The dates (Excel serials) of the column with a role, or undefined when no column has it. */
export function optionalDates(
  table: Table,
  role: ColumnRole,
  forWhat: string,
): (number | null)[] | undefined {
  return columnByRole(table, role) === null
    ? undefined
    : [...requireColumn(table, role, forWhat, "date").values];
}

/** Member ids, optional order ids: what every member analysis reads. @throws CoreError MISSING_COLUMN */
export function memberColumns(table: Table, forWhat: string) {
  const orderIds = optionalKeys(table, "orderId");
  return {
    memberIds: keyCells(requireColumn(table, "memberId", forWhat)),
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

/**
 * Rows with a member id, an order date and an amount, as the CLV functions take them (they accept no blanks):
 * other rows are left out and counted.
 */
export function completeOrderRows(table: Table, forWhat: string) {
  const { memberIds } = memberColumns(table, forWhat);
  const dates = datedColumns(table, forWhat).orderDates;
  const amounts = amountCells(table, forWhat);
  const registrations = optionalDates(table, "registrationDate", forWhat);
  const kept = {
    memberIds: [] as (string | number)[],
    dateSerials: [] as number[],
    amounts: [] as number[],
    registrationSerials: [] as (number | null)[],
  };
  let skippedRows = 0;
  memberIds.forEach((memberId, row) => {
    const date = dates[row] ?? null;
    const amount = amounts[row] ?? null;
    const blankId =
      memberId === null || memberId === 0 || (typeof memberId === "string" && memberId.trim() === "");
    if (blankId || date === null || amount === null) {
      skippedRows++;
      return;
    }
    kept.memberIds.push(typeof memberId === "string" ? memberId.trim() : memberId);
    kept.dateSerials.push(date);
    kept.amounts.push(amount);
    kept.registrationSerials.push(registrations?.[row] ?? null);
  });
  return { ...kept, hasRegistrations: registrations !== undefined, skippedRows };
}
