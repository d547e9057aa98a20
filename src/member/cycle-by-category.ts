import { CoreError } from "../errors";
import { checkLengths, noMembersError, readDate, readIdKey, readKey, type KeyCell } from "./cells";
import { lapsedAfterDays } from "./cycle-summary";
import { LastTwoDays } from "./purchase-cycle";
import { quartileSummary, type QuartileSummary } from "./quartiles";

export interface CategoryCycleColumns {
  readonly memberIds: readonly KeyCell[];
  readonly orderDates: readonly (number | null)[];
  /** Category per row (order line); rows without one are left out. */
  readonly categories: readonly KeyCell[];
}

/** The purchase cycle within one category. */
export interface CategoryCycle {
  readonly category: string;
  /** Members who bought the category at least once. */
  readonly members: number;
  /** Members who bought it on two or more different days. */
  readonly membersWithCycle: number;
  /** Cycle statistics over those members; null when nobody bought the category on two different days. */
  readonly stats: QuartileSummary | null;
  /** Tukey fence ⌈Q3 + 1.5·IQR⌉ in days; null with `stats`. */
  readonly lapsedAfterDays: number | null;
}

/**
 * Purchase cycle per category: for each member and category, the days between the member's last two distinct
 * days with a purchase in that category; then count, mean and quartiles (R type 7) per category. Categories
 * come sorted by the number of members who bought them, most first (ties by name). Cost: O(rows + m log m).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, KEY_INVALID, DATE_INVALID, NO_MEMBERS, NO_DATES, NO_CATEGORIES
 * @example
 * purchaseCycleByCategory({ memberIds: ["a", "a", "a"], orderDates: [44197, 44204, 44210], categories: ["tea", "tea", "cups"] })
 *   .map((c) => [c.category, c.stats?.median ?? null]) // [["cups", null], ["tea", 7]]
 */
export function purchaseCycleByCategory(columns: CategoryCycleColumns): CategoryCycle[] {
  const fn = "purchaseCycleByCategory";
  const { memberIds, orderDates, categories } = columns;
  checkLengths(fn, memberIds, { orderDates, categories });
  const trackers = new Map<string, Map<string, LastTwoDays>>();
  let anyMember = false;
  let anyDated = false;
  let anyCategory = false;
  for (let row = 0; row < memberIds.length; row++) {
    const memberId = readIdKey(memberIds[row], fn, "memberIds", row);
    if (memberId === null) continue;
    anyMember = true;
    const dateSerial = readDate(orderDates[row], fn, "orderDates", row);
    if (dateSerial === null) continue;
    anyDated = true;
    const category = readKey(categories[row], fn, "categories", row);
    if (category === null) continue;
    anyCategory = true;
    let byMember = trackers.get(category);
    if (byMember === undefined) trackers.set(category, (byMember = new Map()));
    let tracker = byMember.get(memberId);
    if (tracker === undefined) byMember.set(memberId, (tracker = new LastTwoDays()));
    tracker.add(dateSerial);
  }
  if (!anyMember) throw noMembersError();
  if (!anyDated)
    throw new CoreError("NO_DATES", "At least one row with both a member id and an order date is needed");
  if (!anyCategory)
    throw new CoreError("NO_CATEGORIES", "At least one dated member row with a category is needed");
  const result: CategoryCycle[] = [];
  for (const [category, byMember] of trackers) {
    const cycles: number[] = [];
    for (const tracker of byMember.values()) {
      const cycleDays = tracker.result().cycleDays;
      if (cycleDays !== null) cycles.push(cycleDays);
    }
    const stats = cycles.length > 0 ? quartileSummary(cycles) : null;
    result.push({
      category,
      members: byMember.size,
      membersWithCycle: cycles.length,
      stats,
      lapsedAfterDays: stats === null ? null : lapsedAfterDays(stats),
    });
  }
  return result.sort(
    (x, y) => y.members - x.members || (x.category < y.category ? -1 : x.category > y.category ? 1 : 0),
  );
}
