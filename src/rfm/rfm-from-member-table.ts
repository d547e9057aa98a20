import { CoreError } from "../errors";
import { CompactIndex, isBlankIdCell } from "./member-index";
import { NO_SKIPPED_ROWS, type MemberIdCell, type MemberRfm } from "./member-rfm";
import { checkColumnLengths } from "./order-line-checks";
import { isExcelSerialDay } from "../table/excel-serial";

/** A member-level table that already has R, F and M (one row per member), as parallel columns. */
export interface MemberTableColumns {
  readonly memberIds: ArrayLike<MemberIdCell>;
  /** Days since the member's last order. */
  readonly recencyDays: ArrayLike<unknown>;
  /** Number of orders. */
  readonly frequency: ArrayLike<unknown>;
  /** Total amount. */
  readonly monetary: ArrayLike<unknown>;
}

export interface RfmFromMemberTableOptions {
  /** Excel serial day the recency was counted to, if known (shown on result sheets). @default unknown (null) */
  readonly asOfSerial?: number;
}

/**
 * Validates a member-level R/F/M table and returns it in the same shape as {@link rfmFromOrders}, so scoring,
 * labels and reports take either. Rows with a blank member id or an invalid value are skipped and counted.
 * Recency days keep their fraction if they have one (R rfm's `rfm_table_customer` takes them as given).
 *
 * Cost: O(n).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, NO_MEMBER_ROWS, NO_USABLE_MEMBER_ROWS, DUPLICATE_MEMBER_ID,
 *   AS_OF_NOT_A_DATE
 * @example
 * rfmFromMemberTable({ memberIds: ["a", "b"], recencyDays: [3, 40], frequency: [2, 1], monetary: [15, 7] }).frequency
 * // Float64Array [2, 1]
 */
export function rfmFromMemberTable(
  table: MemberTableColumns,
  options: RfmFromMemberTableOptions = {},
): MemberRfm {
  const rowCount = table.memberIds.length;
  checkColumnLengths("rfmFromMemberTable", rowCount, {
    recencyDays: table.recencyDays,
    frequency: table.frequency,
    monetary: table.monetary,
  });
  if (rowCount === 0) throw new CoreError("NO_MEMBER_ROWS", "At least one member row is needed");
  if (options.asOfSerial !== undefined && !isExcelSerialDay(options.asOfSerial)) {
    throw new CoreError(
      "AS_OF_NOT_A_DATE",
      `The as-of date must be a date (got ${String(options.asOfSerial)})`,
    );
  }

  const members = new CompactIndex();
  const recencyDays = new Float64Array(rowCount);
  const frequency = new Float64Array(rowCount);
  const monetary = new Float64Array(rowCount);
  let blankMemberId = 0;
  let invalidMemberValue = 0;
  for (let row = 0; row < rowCount; row++) {
    const cell = table.memberIds[row];
    const recency = table.recencyDays[row];
    const orders = table.frequency[row];
    const amount = table.monetary[row];
    if (isBlankIdCell(cell)) {
      blankMemberId++;
    } else if (!isNonNegativeNumber(recency) || !isNonNegativeNumber(orders) || !isFiniteNumber(amount)) {
      invalidMemberValue++;
    } else {
      const before = members.size;
      const member = members.idOf(cell);
      if (member < before) {
        throw new CoreError(
          "DUPLICATE_MEMBER_ID",
          `Member ${String(cell)} appears more than once (row ${row + 1})`,
          { argument: "memberId", row, value: String(cell) },
        );
      }
      recencyDays[member] = recency;
      frequency[member] = orders;
      monetary[member] = amount;
    }
  }
  if (members.size === 0) {
    throw new CoreError(
      "NO_USABLE_MEMBER_ROWS",
      `None of the ${rowCount} rows is usable (blank member id ${blankMemberId}, invalid value ${invalidMemberValue})`,
    );
  }
  const memberCount = members.size;
  return {
    memberIds: members.firstCells,
    recencyDays: recencyDays.slice(0, memberCount),
    frequency: frequency.slice(0, memberCount),
    monetary: monetary.slice(0, memberCount),
    lastOrderSerial: null,
    asOfSerial: options.asOfSerial === undefined ? null : Math.floor(options.asOfSerial),
    asOfSource: options.asOfSerial === undefined ? "memberTable" : "given",
    usedRowCount: memberCount,
    skippedRows: { ...NO_SKIPPED_ROWS, blankMemberId, invalidMemberValue },
  };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function isNonNegativeNumber(value: unknown): value is number {
  return isFiniteNumber(value) && value >= 0;
}
