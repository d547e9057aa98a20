import { CoreError } from "../errors";
import { activeMonths } from "./active-months";
import { checkLengths, readDate, readIdKey, type KeyCell } from "./cells";
import { monthIndexOfSerial } from "../dates/month-index";
import type { DatedOrderColumns } from "./orders";

/**
 * Registration dates per member: a member list, or the order rows themselves when the export carries a
 * registration column (a member's earliest non-empty date is used).
 */
export interface RegistrationColumns {
  readonly memberIds: readonly KeyCell[];
  readonly registrationDates: readonly (number | null)[];
}

/** The source study's member overview for one calendar month. */
export interface MonthOverview {
  /** Month index (year × 12 + month − 1). */
  readonly month: number;
  /** Members registered by the end of the month. */
  readonly registeredMembers: number;
  /** Members who registered during the month. */
  readonly newRegistrations: number;
  /** Distinct members with an order in the month. */
  readonly orderingMembers: number;
  /** Ordering members who registered this month. */
  readonly newOrdering: number;
  /** Ordering members registered before this month. */
  readonly existingOrdering: number;
  /** Ordering members with no registration date, or one after this month. */
  readonly unregisteredOrdering: number;
  /** (newOrdering + existingOrdering) / registeredMembers; null while nobody is registered. */
  readonly orderingShare: number | null;
}

/**
 * Member overview per month, from the member study: of the members registered by the end of each month, how
 * many ordered in it (the share), and how the ordering members split into new (registered this month) and
 * existing (registered before). Months run from the first to the last order month. Cost: O(rows + months ×
 * log members).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, KEY_INVALID, DATE_INVALID, NO_MEMBERS, NO_DATES, NO_REGISTRATIONS
 * @example
 * memberOverviewByMonth({ memberIds: ["a", "b"], orderDates: [44197, 44228] },
 *   { memberIds: ["a", "b", "c"], registrationDates: [44000, 44228, 44000] }).months.map((m) => m.orderingShare)
 * // [0.5, 0.3333333333333333]
 */
export function memberOverviewByMonth(
  orders: DatedOrderColumns,
  registrations: RegistrationColumns,
): { readonly months: readonly MonthOverview[]; readonly skippedRows: number } {
  const fn = "memberOverviewByMonth";
  const { monthsByMember, firstMonth, lastMonth, skippedRows } = activeMonths(fn, orders);
  const registrationMonth = registrationMonths(fn, registrations);
  const registeredMonths = [...registrationMonth.values()].sort((x, y) => x - y);
  const span = lastMonth - firstMonth + 1;
  const tallies = Array.from({ length: span }, () => ({ ordering: 0, newOrdering: 0, existingOrdering: 0 }));
  for (const [memberId, months] of monthsByMember) {
    const registered = registrationMonth.get(memberId);
    for (const month of months) {
      const tally = tallies[month - firstMonth] as (typeof tallies)[number];
      tally.ordering++;
      if (registered === month) tally.newOrdering++;
      else if (registered !== undefined && registered < month) tally.existingOrdering++;
    }
  }
  const months = tallies.map((tally, offset) => {
    const month = firstMonth + offset;
    const registeredMembers = countAtOrBelow(registeredMonths, month);
    const newRegistrations = registeredMembers - countAtOrBelow(registeredMonths, month - 1);
    const registeredOrdering = tally.newOrdering + tally.existingOrdering;
    return {
      month,
      registeredMembers,
      newRegistrations,
      orderingMembers: tally.ordering,
      newOrdering: tally.newOrdering,
      existingOrdering: tally.existingOrdering,
      unregisteredOrdering: tally.ordering - registeredOrdering,
      orderingShare: registeredMembers > 0 ? registeredOrdering / registeredMembers : null,
    };
  });
  return { months, skippedRows };
}

/** Earliest registration month per member. */
function registrationMonths(fn: string, columns: RegistrationColumns): Map<string, number> {
  const { memberIds, registrationDates } = columns;
  checkLengths(fn, memberIds, { registrationDates });
  const earliest = new Map<string, number>();
  for (let row = 0; row < memberIds.length; row++) {
    const memberId = readIdKey(memberIds[row], fn, "registration memberIds", row);
    const serial = readDate(registrationDates[row], fn, "registrationDates", row);
    if (memberId === null || serial === null) continue;
    const month = monthIndexOfSerial(serial);
    const known = earliest.get(memberId);
    if (known === undefined || month < known) earliest.set(memberId, month);
  }
  if (earliest.size === 0) {
    throw new CoreError("NO_REGISTRATIONS", "At least one member with a registration date is needed");
  }
  return earliest;
}

function countAtOrBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
