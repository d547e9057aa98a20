import { activeMonths } from "./active-months";
import type { DatedOrderColumns } from "./orders";

/** Member movement in one calendar month. */
export interface MonthActivity {
  /** Month index (year × 12 + month − 1); label with monthLabel(). */
  readonly month: number;
  /** Members with an order this month: new + returning. */
  readonly active: number;
  /** Members whose first order is this month. */
  readonly new: number;
  /** Members with an order this month and an earlier first order. */
  readonly returning: number;
  /** Returning members who also ordered the month before (the rest of the returning came back after a gap). */
  readonly retained: number;
  /** Members who ordered the month before but not this month; 0 in the first month. */
  readonly lapsed: number;
}

/**
 * New, returning and lapsed members per calendar month, for every month from the first to the last order
 * (months without orders included). Definitions: new = first order this month; returning = ordered this month
 * and first ordered earlier; lapsed = ordered last month but not this month (a month-to-month churn count,
 * not the cycle-based "lapsed after" threshold). Cost: O(rows + months).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, KEY_INVALID, DATE_INVALID, NO_MEMBERS, NO_DATES
 * @example
 * memberActivityByMonth({ memberIds: ["a", "a", "b"], orderDates: [44197, 44228, 44197] })
 *   .months.map((m) => [m.active, m.new, m.returning, m.lapsed]) // [[2, 2, 0, 0], [1, 0, 1, 1]]
 */
export function memberActivityByMonth(columns: DatedOrderColumns): {
  readonly months: readonly MonthActivity[];
  readonly skippedRows: number;
} {
  const { monthsByMember, firstMonth, lastMonth, skippedRows } = activeMonths(
    "memberActivityByMonth",
    columns,
  );
  const span = lastMonth - firstMonth + 1;
  const active = new Array<number>(span).fill(0);
  const newMembers = new Array<number>(span).fill(0);
  const retained = new Array<number>(span).fill(0);
  const lapsed = new Array<number>(span).fill(0);
  for (const months of monthsByMember.values()) {
    const activeSet = new Set(months);
    increment(newMembers, (months[0] as number) - firstMonth);
    for (const month of months) {
      const offset = month - firstMonth;
      increment(active, offset);
      if (activeSet.has(month - 1)) increment(retained, offset);
      if (month < lastMonth && !activeSet.has(month + 1)) increment(lapsed, offset + 1);
    }
  }
  const result: MonthActivity[] = [];
  for (let offset = 0; offset < span; offset++) {
    const activeCount = active[offset] as number;
    const newCount = newMembers[offset] as number;
    result.push({
      month: firstMonth + offset,
      active: activeCount,
      new: newCount,
      returning: activeCount - newCount,
      retained: retained[offset] as number,
      lapsed: lapsed[offset] as number,
    });
  }
  return { months: result, skippedRows };
}

function increment(counts: number[], index: number): void {
  counts[index] = (counts[index] as number) + 1;
}
