import { checkLengths, noMembersError, readDate, readIdKey, readNumber, type KeyCell } from "./cells";
import { MemberOrders } from "./member-orders";

/** The order lines a member profile reads; every column has one cell per line. */
export interface ProfileLineColumns {
  /** Member id per line; a line without one (null, "", 0) is left out and counted in `skippedRows`. */
  readonly memberIds: readonly KeyCell[];
  /** Line amount; a blank amount counts as 0 (the line still makes its member and order count). */
  readonly amounts: readonly (number | null)[];
  /** Optional order id per line: the lines of one member with one order id are one order. */
  readonly orderIds?: readonly KeyCell[];
  /** Optional order date per line (Excel serial; null or 0 = blank). */
  readonly orderDates?: readonly (number | null)[];
}

/** The lines grouped by member: orders and GMV per member, and each line's member and date. */
export interface ProfileLines {
  /** Distinct member ids, in order of first appearance. */
  readonly memberIds: readonly string[];
  /** Member index of each line, −1 for a line left out (no member id). */
  readonly lineMember: Int32Array;
  /** Order date of each line (Excel serial) or null; all null without a date column. */
  readonly lineDate: readonly (number | null)[];
  /** Distinct orders per member (see {@link profileLines}). */
  readonly memberOrders: Int32Array;
  /** Σ line amount per member. */
  readonly memberGmv: Float64Array;
  /** Lines with a member id. */
  readonly usedLines: number;
  /** Lines without a member id, left out. */
  readonly skippedLines: number;
  /** Used lines whose amount was blank and counted as 0. */
  readonly blankAmountLines: number;
  /** Day (whole serial) of the latest order date, or null when no line has a date. */
  readonly latestOrderDay: number | null;
}

/**
 * Groups order lines by member, the profile's unit: per member the distinct orders and the GMV (Σ amount).
 * One order = one order id of the member; a line without an order id (no order column, or a blank cell) is
 * identified by its order day instead (distinct order days, as rfmFromOrders counts without order ids), and
 * without a date it is an order on its own. So every member has at least one order: with order lines
 * only, every member is a buyer.
 *
 * Cost: O(lines) with one hash entry per distinct (member, order).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, KEY_INVALID, NUMBER_INVALID, DATE_INVALID, NO_MEMBERS
 * @example
 * const lines = profileLines({ memberIds: ["a", "a", "b", null], orderIds: ["o1", "o1", "o2", "o3"], amounts: [10, 5, null, 7] });
 * [lines.memberIds, [...lines.memberOrders], [...lines.memberGmv], lines.skippedLines, lines.blankAmountLines]
 * // [["a", "b"], [1, 1], [15, 0], 1, 1]
 */
export function profileLines(columns: ProfileLineColumns): ProfileLines {
  const fn = "memberProfile";
  const { memberIds, amounts, orderIds, orderDates } = columns;
  checkLengths(fn, memberIds, { amounts, orderIds, orderDates });
  const lineCount = memberIds.length;
  const lineMember = new Int32Array(lineCount).fill(-1);
  const lineDate: (number | null)[] = new Array<number | null>(lineCount).fill(null);
  const memberIndex = new Map<string, number>();
  const orderIsNew = new FirstLineOfOrder(lineCount, fn);
  const orders: number[] = [];
  const gmv: number[] = [];
  let blankAmountLines = 0;
  let latestOrderDay: number | null = null;
  for (let line = 0; line < lineCount; line++) {
    const memberId = readIdKey(memberIds[line], fn, "memberIds", line);
    if (memberId === null) continue;
    let member = memberIndex.get(memberId);
    if (member === undefined) {
      member = memberIndex.size;
      memberIndex.set(memberId, member);
      orders.push(0);
      gmv.push(0);
    }
    lineMember[line] = member;
    const date = orderDates === undefined ? null : readDate(orderDates[line], fn, "orderDates", line);
    lineDate[line] = date;
    if (date !== null) latestOrderDay = Math.max(latestOrderDay ?? -Infinity, Math.floor(date));
    const amount = amounts[line];
    if (amount === null || amount === undefined) blankAmountLines++;
    gmv[member] = (gmv[member] as number) + readNumber(amount, fn, "amounts", line);
    if (orderIsNew.test(member, orderIds?.[line], date, line))
      orders[member] = (orders[member] as number) + 1;
  }
  if (memberIndex.size === 0) throw noMembersError();
  const usedLines = lineMember.reduce((count, member) => count + (member >= 0 ? 1 : 0), 0);
  return {
    memberIds: [...memberIndex.keys()],
    lineMember,
    lineDate,
    memberOrders: Int32Array.from(orders),
    memberGmv: Float64Array.from(gmv),
    usedLines,
    skippedLines: lineCount - usedLines,
    blankAmountLines,
    latestOrderDay,
  };
}

/**
 * Tells whether a line starts an order of its member: lines with the same order id are one order, lines
 * without one are one order per purchase day, and lines with neither are an order each. Order ids are
 * numbered without a string per line (MemberOrders): a key of member and order per line was a million strings
 * at 1M lines (issue 14); only the purchase-day orders keep a key of member and day.
 */
class FirstLineOfOrder {
  private readonly orderIds: MemberOrders;
  private readonly dayKeys = new Set<string>();

  constructor(
    lineCount: number,
    private readonly fn: string,
  ) {
    this.orderIds = new MemberOrders(lineCount);
  }

  test(member: number, orderCell: KeyCell | undefined, date: number | null, line: number): boolean {
    const orderId = orderCell === undefined ? null : readIdKey(orderCell, this.fn, "orderIds", line);
    if (orderId !== null) {
      const newNumber = this.orderIds.count;
      return this.orderIds.numberOf(member, orderId) === newNumber;
    }
    if (date === null) return true;
    const key = `${member}\u0000${Math.floor(date)}`;
    if (this.dayKeys.has(key)) return false;
    this.dayKeys.add(key);
    return true;
  }
}
