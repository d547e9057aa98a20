import { CoreError } from "../errors";
import { plainName } from "../plain-name";
import { MemberOrders } from "../member/member-orders";

/** Order lines as the churn model reads them: one entry per line, all arrays of one length. */
export interface ChurnOrderLines {
  readonly memberIds: readonly string[];
  /** Order date per line as an Excel serial; a fraction is the time of day, dropped (purchase days). */
  readonly dateSerials: ArrayLike<number>;
  readonly amounts: ArrayLike<number>;
  /** Order id per line (null: the line is its own order). Without the column every line is an order. */
  readonly orderIds?: readonly (string | null)[];
  /** Coupon amount per line (null: none). Its presence adds the couponShare feature. */
  readonly couponAmounts?: readonly (number | null)[];
}

/**
 * Each member's lines sorted by purchase day, in flat arrays (compressed rows): features as of any day are a
 * prefix scan, so the calibration features and the scoring features come from one grouping.
 * Members are numbered in order of first appearance.
 */
export interface MemberHistory {
  readonly memberIds: readonly string[];
  /** Lines of member i: positions lineStart[i] … lineStart[i + 1] − 1, ascending by day (input order on ties). */
  readonly lineStart: Int32Array;
  /** Purchase day (the serial without its time of day) per position. */
  readonly lineDay: Float64Array;
  readonly lineAmount: Float64Array;
  /** Order number per position, 0 … orderCount − 1 (unique across members). */
  readonly lineOrder: Int32Array;
  /** Coupon amount per position (0 = none), or null when the lines have no coupon column. */
  readonly lineCoupon: Float64Array | null;
  readonly orderCount: number;
  /** The first and the last purchase day in the data. */
  readonly firstDay: number;
  readonly lastDay: number;
}

/**
 * Groups order lines by member and sorts each member's lines by day. Cost: O(lines log lines).
 *
 * @throws CoreError NO_ORDER_ROWS (no line), COLUMN_LENGTH_MISMATCH, VALUE_NOT_FINITE (a date, amount or
 *   coupon that is not a finite number; details.row is the 0-based line)
 * @example
 * const history = memberHistory({ memberIds: ["a", "b", "a"], dateSerials: [45300.5, 45301, 45299],
 *   amounts: [1, 2, 3] });
 * history.lineStart // Int32Array [0, 2, 3] (a's lines at positions 0 and 1, b's at 2)
 * history.lineDay // Float64Array [45299, 45300, 45301] (a's two by day, the time of day dropped; then b's)
 * history.lineAmount // Float64Array [3, 1, 2]
 */
export function memberHistory(lines: ChurnOrderLines): MemberHistory {
  const { memberIds, dateSerials, amounts, orderIds, couponAmounts } = lines;
  const count = memberIds.length;
  if (count === 0) throw new CoreError("NO_ORDER_ROWS", "At least one order line is needed");
  checkLength("dateSerials", dateSerials.length, count);
  checkLength("amounts", amounts.length, count);
  if (orderIds !== undefined) checkLength("orderIds", orderIds.length, count);
  if (couponAmounts !== undefined) checkLength("couponAmounts", couponAmounts.length, count);
  const memberIndex = new Map<string, number>();
  const memberOfLine = new Int32Array(count);
  const orders = new MemberOrders(count);
  const orderOfLine = new Int32Array(count);
  for (let line = 0; line < count; line++) {
    checkFinite("dateSerials", dateSerials[line] as number, line);
    checkFinite("amounts", amounts[line] as number, line);
    const coupon = couponAmounts?.[line] ?? null;
    if (coupon !== null) checkFinite("couponAmounts", coupon, line);
    const memberId = memberIds[line] as string;
    let member = memberIndex.get(memberId);
    if (member === undefined) memberIndex.set(memberId, (member = memberIndex.size));
    memberOfLine[line] = member;
    orderOfLine[line] = orders.numberOf(member, orderIds?.[line] ?? null);
  }
  const orderCount = orders.count;
  const memberCount = memberIndex.size;
  const lineStart = new Int32Array(memberCount + 1);
  for (const member of memberOfLine) lineStart[member + 1] = (lineStart[member + 1] as number) + 1;
  for (let member = 0; member < memberCount; member++) {
    lineStart[member + 1] = (lineStart[member + 1] as number) + (lineStart[member] as number);
  }
  const next = lineStart.slice(0, memberCount);
  const positions = new Int32Array(count);
  memberOfLine.forEach((member, line) => {
    positions[next[member] as number] = line;
    next[member] = (next[member] as number) + 1;
  });
  const day = (line: number): number => Math.floor(dateSerials[line] as number);
  for (let member = 0; member < memberCount; member++) {
    // Stable: equal days keep input order (TypedArray sort is stable since ES2019).
    positions.subarray(lineStart[member], lineStart[member + 1]).sort((a, b) => day(a) - day(b));
  }
  const lineDay = new Float64Array(count);
  const lineAmount = new Float64Array(count);
  const lineOrder = new Int32Array(count);
  const lineCoupon = couponAmounts === undefined ? null : new Float64Array(count);
  let firstDay = Infinity;
  let lastDay = -Infinity;
  positions.forEach((line, position) => {
    const lineDayValue = day(line);
    lineDay[position] = lineDayValue;
    lineAmount[position] = amounts[line] as number;
    lineOrder[position] = orderOfLine[line] as number;
    if (lineCoupon !== null) lineCoupon[position] = couponAmounts?.[line] ?? 0;
    firstDay = Math.min(firstDay, lineDayValue);
    lastDay = Math.max(lastDay, lineDayValue);
  });
  return {
    memberIds: [...memberIndex.keys()],
    lineStart,
    lineDay,
    lineAmount,
    lineOrder,
    lineCoupon,
    orderCount,
    firstDay,
    lastDay,
  };
}

function checkLength(name: string, length: number, expected: number): void {
  if (length !== expected) {
    throw new CoreError(
      "COLUMN_LENGTH_MISMATCH",
      `The ${plainName(name)} column has ${length} lines but the member ids have ${expected}`,
      { argument: name, value: length, bound: expected },
    );
  }
}

function checkFinite(name: string, value: number, line: number): void {
  if (!Number.isFinite(value)) {
    throw new CoreError(
      "VALUE_NOT_FINITE",
      `The ${plainName(name)} must be finite numbers (line ${line + 1})`,
      {
        argument: name,
        row: line,
      },
    );
  }
}
