import type { KeyCell } from "../member/cells";
import { columnByRole, requireColumn, usableRows } from "./column-access";
import { textCodesOf, type TextCodes } from "./text-codes";
import type { Column, ColumnRole, Table } from "./types";

/*
 * The one column reader every analysis and door uses (issue 9): the pane's jobs and the CLI once had their own,
 * and they disagreed (a Boolean id was "TRUE" in one and "true" in the other; an id of 0 was blank in one).
 * The blank rule is the typed table's: a cell is missing when the table holds null for it (blank, an error, or
 * unparseable, as the quality report says). Id columns are read as text, so an id of 0 arrives as "0"; the
 * analyses count it as a blank member or order id (desktop Excel's empty cell, an export's guest order), all
 * alike (src/rfm/member-index.ts isBlankIdCell, src/member/cells.ts readIdKey).
 */

/**
 * A column's cells as keys (member, order, category, channel): text and numbers as they are, Booleans as Excel
 * shows them ("TRUE" / "FALSE", as the Intake sheet writes them), missing cells null.
 *
 * Cost: O(rows).
 * @example keyCells({ name: "Paid", header: "Paid", sourceIndex: 0, role: null, type: "boolean", values: [true, null] }) // ["TRUE", null]
 */
export function keyCells(column: Column): KeyCell[] {
  if (column.type === "boolean") {
    return column.values.map((value) => (value === null ? null : value ? "TRUE" : "FALSE"));
  }
  return [...column.values];
}

/** The key cells of the column with a role, or undefined when no column has it. */
export function optionalKeys(table: Table, role: ColumnRole): KeyCell[] | undefined {
  const column = columnByRole(table, role);
  return column === null ? undefined : keyCells(column);
}

/**
 * The codes of the key column with a role (TextCodes), when its reader made them: keyCells' values as
 * integers, for aggregations that group by the key. Undefined otherwise (no such column, not text, or a
 * table built without codes); the caller then groups by the key cells.
 */
export function keyCodes(table: Table, role: ColumnRole): TextCodes | undefined {
  const column = columnByRole(table, role);
  return column === null ? undefined : textCodesOf(column);
}

/** The key cells of a required role. @throws CoreError MISSING_COLUMN */
export function requiredKeys(table: Table, role: ColumnRole, forWhat: string): KeyCell[] {
  return keyCells(requireColumn(table, role, forWhat));
}

/** The numbers of a required role. @throws CoreError MISSING_COLUMN, COLUMN_TYPE_MISMATCH */
export function requiredNumbers(table: Table, role: ColumnRole, forWhat: string): (number | null)[] {
  return [...requireColumn(table, role, forWhat, "number").values];
}

/** The numbers of the column with a role, or undefined when no column has it. @throws COLUMN_TYPE_MISMATCH */
export function optionalNumbers(
  table: Table,
  role: ColumnRole,
  forWhat: string,
): (number | null)[] | undefined {
  return columnByRole(table, role) === null
    ? undefined
    : [...requireColumn(table, role, forWhat, "number").values];
}

/** The dates (Excel serials) of the column with a role, or undefined when none has it. @throws COLUMN_TYPE_MISMATCH */
export function optionalDates(
  table: Table,
  role: ColumnRole,
  forWhat: string,
): (number | null)[] | undefined {
  return columnByRole(table, role) === null
    ? undefined
    : [...requireColumn(table, role, forWhat, "date").values];
}

/** Order lines with a member, an order date and an amount, in input order; the others are counted. */
export interface CompleteOrderRows {
  readonly memberIds: readonly (string | number)[];
  readonly dateSerials: readonly number[];
  readonly amounts: readonly number[];
  /** Registration date per kept row (null = unknown); empty when the table has no registration column. */
  readonly registrationSerials: readonly (number | null)[];
  readonly hasRegistrations: boolean;
  /** Rows left out for a missing member, order date or amount. */
  readonly skippedRows: number;
}

/**
 * The rows an order-line analysis that takes no blanks (the CLV forms) can use: a member, an order date and an
 * amount present, by the table's blank rule (the same rows the quality report counts as usable).
 *
 * Cost: O(rows).
 * @throws CoreError MISSING_COLUMN, COLUMN_TYPE_MISMATCH
 */
export function completeOrderRows(table: Table, forWhat: string): CompleteOrderRows {
  const memberIds = requiredKeys(table, "memberId", forWhat);
  const dates = requireColumn(table, "orderDate", forWhat, "date").values;
  const amounts = requireColumn(table, "amount", forWhat, "number").values;
  const registration = columnByRole(table, "registrationDate");
  const registrations = registration?.type === "date" ? registration.values : undefined;
  const { mask, usableRowCount } = usableRows(table, ["memberId", "orderDate", "amount"], forWhat);
  const kept = {
    memberIds: [] as (string | number)[],
    dateSerials: [] as number[],
    amounts: [] as number[],
    registrationSerials: [] as (number | null)[],
  };
  mask.forEach((usable, row) => {
    const memberId = memberIds[row];
    const date = dates[row];
    const amount = amounts[row];
    if (!usable || memberId == null || date == null || amount == null) return;
    kept.memberIds.push(memberId);
    kept.dateSerials.push(date);
    kept.amounts.push(amount);
    if (registrations !== undefined) kept.registrationSerials.push(registrations[row] ?? null);
  });
  return {
    ...kept,
    hasRegistrations: registrations !== undefined,
    skippedRows: table.rowCount - usableRowCount,
  };
}
