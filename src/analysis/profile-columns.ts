import { CoreError, isCoreError } from "../errors";
import { requireOneOrTwoColumns } from "../member/profile";
import type { ProfileColumn } from "../member/profile-assign";
import { findColumnIndex } from "../table/column-overrides";
import { keyCells } from "../table/column-reader";
import { serialDayToIsoDate } from "../table/excel-serial";
import type { Column, Table } from "../table/types";

/**
 * The table's columns named in a profile's `by`, as memberProfile reads them. The column's role decides
 * how it groups members: birthday (a date column) and age (a number column) → age bands; category → the
 * member's first order (category is an order attribute); anything else → the member's latest value, as
 * text (numbers as their shortest text, dates as yyyy-mm-dd, Booleans TRUE/FALSE, so a 0 stays a value).
 *
 * Cost: O(rows × columns named).
 *
 * @throws CoreError PROFILE_BY_INVALID (not one or two names), UNKNOWN_COLUMN naming the wanted column and
 *   the table's (details: argument "by", value, bound)
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * const table = tableFromGrid({ values: [["Member", "Level", "Birthday"], ["a", 0, "2000-01-02"]] });
 * profileColumnsOf(table, ["level", "Birthday"]).map((column) => [column.name, column.basis, column.values[0]])
 * // [["Level", "value", "0"], ["Birthday", "birthday", 36527]]
 * profileColumnsOf(table, ["Region"]) // throws CoreError UNKNOWN_COLUMN
 */
export function profileColumnsOf(table: Table, by: readonly string[]): ProfileColumn[] {
  requireOneOrTwoColumns(by);
  return by.map((wanted) => profileColumn(table.columns[columnIndex(table, wanted)] as Column));
}

function columnIndex(table: Table, wanted: string): number {
  try {
    return findColumnIndex(table.columns, wanted, "by");
  } catch (error) {
    if (!isCoreError(error)) throw error;
    // findColumnIndex speaks as the table reader; the profile names its own setting.
    const available = table.columns.map((column) => `"${column.name}"`).join(", ");
    throw new CoreError(
      "UNKNOWN_COLUMN",
      `No column is named "${wanted}" to profile by (columns: ${available})`,
      { argument: "by", value: wanted, bound: available },
    );
  }
}

function profileColumn(column: Column): ProfileColumn {
  const { name } = column;
  if (column.role === "birthday" && column.type === "date") {
    return { name, basis: "birthday", values: column.values };
  }
  if (column.role === "age" && column.type === "number") return { name, basis: "age", values: column.values };
  return { name, basis: column.role === "category" ? "firstOrder" : "value", values: textValues(column) };
}

function textValues(column: Column): (string | null)[] {
  if (column.type === "date") {
    return column.values.map((value) => (value === null ? null : serialDayToIsoDate(value)));
  }
  return keyCells(column).map((cell) => (cell === null ? null : String(cell)));
}
