import { monthIndexOfSerial } from "../dates/month-index";
import { readDatedOrders, type DatedOrderColumns } from "./orders";

/** Calendar months in which each member ordered, as month indexes (year × 12 + month − 1). */
export interface ActiveMonths {
  /** Per member (first appearance order): the distinct months with an order, ascending. */
  readonly monthsByMember: ReadonlyMap<string, readonly number[]>;
  /** First and last month with any order. */
  readonly firstMonth: number;
  readonly lastMonth: number;
  readonly skippedRows: number;
}

/**
 * The months each member ordered in, the shared basis of cohorts and new / returning / lapsed counts.
 * Cost: O(rows).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, KEY_INVALID, DATE_INVALID, NO_MEMBERS, NO_DATES
 * @example activeMonths("fn", { memberIds: ["a", "a"], orderDates: [44227, 44197] }).monthsByMember.get("a") // [24252]
 */
export function activeMonths(fn: string, columns: DatedOrderColumns): ActiveMonths {
  const { memberIds, memberOrderStart, memberOrders, orderDate, skippedRows } = readDatedOrders(fn, columns);
  const orderMonth = Int32Array.from(orderDate, (dateSerial) => monthIndexOfSerial(dateSerial));
  const monthsByMember = new Map<string, number[]>();
  let firstMonth = Infinity;
  let lastMonth = -Infinity;
  memberIds.forEach((memberId, member) => {
    const start = memberOrderStart[member] as number;
    const end = memberOrderStart[member + 1] as number;
    const months = Int32Array.from(
      memberOrders.subarray(start, end),
      (order) => orderMonth[order] as number,
    ).sort();
    const distinct: number[] = [];
    for (const month of months) if (distinct[distinct.length - 1] !== month) distinct.push(month);
    firstMonth = Math.min(firstMonth, distinct[0] as number);
    lastMonth = Math.max(lastMonth, distinct[distinct.length - 1] as number);
    monthsByMember.set(memberId, distinct);
  });
  return { monthsByMember, firstMonth, lastMonth, skippedRows };
}
