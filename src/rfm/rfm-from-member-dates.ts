import { CoreError } from "../errors";
import { isExcelSerialDay } from "../table/excel-serial";
import type { MemberIdCell, MemberRfm } from "./member-rfm";
import { checkColumnLengths, resolveAsOfDay } from "./order-line-checks";
import { rfmFromMemberTable } from "./rfm-from-member-table";

/** A per-member table with each member's last order date rather than recency days (one row per member). */
export interface MemberDateColumns {
  readonly memberIds: ArrayLike<MemberIdCell>;
  /** Excel serial day of the member's last order (time of day ignored); anything else is an invalid value. */
  readonly lastOrderSerials: ArrayLike<unknown>;
  /** Number of orders. */
  readonly frequency: ArrayLike<unknown>;
  /** Total amount. */
  readonly monetary: ArrayLike<unknown>;
}

export interface RfmFromMemberDatesOptions {
  /** Excel serial day recency is counted to. @default the day after the latest last order in the table */
  readonly asOfSerial?: number;
}

/**
 * R, F and M from a per-member table with last order dates, as R rfm's `rfm_table_customer` (which takes the
 * analysis date and each customer's most recent visit): recencyDays = as-of day − last order day, with the
 * as-of rule of {@link rfmFromOrders} (default: the day after the latest last order, so the latest buyer has
 * recency 1); frequency and monetary as given. Rows whose last order is not a date count as invalid values
 * (skippedRows.invalidMemberValue); the rest is {@link rfmFromMemberTable}'s.
 *
 * Cost: O(n).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, NO_MEMBER_ROWS, NO_USABLE_MEMBER_ROWS, DUPLICATE_MEMBER_ID,
 *   AS_OF_NOT_A_DATE, AS_OF_BEFORE_LAST_ORDER
 * @example
 * rfmFromMemberDates({ memberIds: ["a", "b"], lastOrderSerials: [44270, 44260], frequency: [3, 1], monetary: [90, 10] }).recencyDays
 * // Float64Array [1, 11]
 */
export function rfmFromMemberDates(
  table: MemberDateColumns,
  options: RfmFromMemberDatesOptions = {},
): MemberRfm {
  const rowCount = table.memberIds.length;
  checkColumnLengths("rfmFromMemberDates", rowCount, {
    lastOrderSerials: table.lastOrderSerials,
    frequency: table.frequency,
    monetary: table.monetary,
  });
  if (rowCount === 0) throw new CoreError("NO_MEMBER_ROWS", "At least one member row is needed");
  const lastDays: (number | null)[] = Array.from({ length: rowCount }, (_, row) => {
    const serial = table.lastOrderSerials[row];
    return typeof serial === "number" && isExcelSerialDay(serial) ? Math.floor(serial) : null;
  });
  const latestDay = lastDays.reduce<number>(
    (latest, day) => (day !== null && day > latest ? day : latest),
    0,
  );
  const asOfDay =
    latestDay === 0
      ? (options.asOfSerial ?? 1)
      : resolveAsOfDay("rfmFromMemberDates", options.asOfSerial, latestDay);
  const recencyDays = lastDays.map((day) => (day === null ? null : asOfDay - day));
  const members = rfmFromMemberTable(
    { memberIds: table.memberIds, recencyDays, frequency: table.frequency, monetary: table.monetary },
    { asOfSerial: asOfDay },
  );
  const lastOrderSerial = members.recencyDays.map((recency) => asOfDay - recency);
  return {
    ...members,
    lastOrderSerial,
    asOfSource: options.asOfSerial === undefined ? "dayAfterLatestOrder" : "given",
  };
}
