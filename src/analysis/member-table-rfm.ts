import type { MemberRfm } from "../rfm/member-rfm";
import { rfmFromMemberDates } from "../rfm/rfm-from-member-dates";
import { rfmFromMemberTable } from "../rfm/rfm-from-member-table";
import { columnByRole, requireColumn } from "../table/column-access";
import { requiredKeys, requiredNumbers } from "../table/column-reader";
import type { Table } from "../table/types";

/**
 * R, F and M from a per-member table (one row per member), as R rfm's rfm_table_customer: F = the orderCount
 * column; M = the totalAmount column, else the amount column (a per-member table's "Amount" or "消費金額" is
 * the member's total); R = the recencyDays column as given, else the days from the lastOrderDate column (else
 * the orderDate column, e.g. `--date last_order`) to the as-of day, with the order-line path's as-of rule (the
 * day after the latest last order unless given).
 *
 * Cost: O(rows).
 *
 * @throws CoreError MISSING_COLUMN (memberId, orderCount, totalAmount, lastOrderDate), COLUMN_TYPE_MISMATCH,
 *   and the codes of rfmFromMemberTable / rfmFromMemberDates (DUPLICATE_MEMBER_ID, AS_OF_BEFORE_LAST_ORDER, …)
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * const table = tableFromGrid({ values: [["Member_Id", "Order_Sales", "Order_count", "last_order"],
 *   ["A", 300, 3, 20210310], ["B", 50, 1, 20210301]] });
 * const members = perMemberRfm(table, undefined, "rfm");
 * [...members.recencyDays, ...members.frequency] // [1, 10, 3, 1]
 */
export function perMemberRfm(table: Table, asOfSerial: number | undefined, forWhat: string): MemberRfm {
  const memberIds = requiredKeys(table, "memberId", forWhat);
  const frequency = requiredNumbers(table, "orderCount", forWhat);
  const amountRole = columnByRole(table, "totalAmount") === null && columnByRole(table, "amount") !== null;
  const monetary = requiredNumbers(table, amountRole ? "amount" : "totalAmount", forWhat);
  const asOf = asOfSerial === undefined ? {} : { asOfSerial };
  if (columnByRole(table, "recencyDays") !== null) {
    const recencyDays = requiredNumbers(table, "recencyDays", forWhat);
    return rfmFromMemberTable({ memberIds, recencyDays, frequency, monetary }, asOf);
  }
  const dateRole =
    columnByRole(table, "lastOrderDate") === null && columnByRole(table, "orderDate") !== null
      ? "orderDate"
      : "lastOrderDate";
  const lastOrderSerials = requireColumn(table, dateRole, forWhat, "date").values;
  return rfmFromMemberDates({ memberIds, lastOrderSerials, frequency, monetary }, asOf);
}
