import { CUSTOMER_TYPES, type CustomerType } from "../rfm/customer-type";
import type { SegmentGroup } from "../rfm/segment-groups";

/** One customer type as the Segments sheet shows it: its members summed over the rows that carry it. */
export interface SegmentLabelCount {
  readonly type: CustomerType;
  /** Members with this type: the count of the type on the Members sheet. */
  readonly memberCount: number;
  /** Rows of the Segments sheet (cluster × recency) with this type. */
  readonly rowCount: number;
}

/**
 * Members per customer type over the study's cluster × recency rows, largest first (ties in the order of
 * {@link CUSTOMER_TYPES}). Each member carries the type of its row, so a type's count here is the number of
 * Members-sheet rows with that label; a cluster split into a recent and a not-recent row adds to two types.
 *
 * Cost: O(groups).
 *
 * @example
 * segmentLabelCounts([
 *   { cluster: 0, recent: true, memberCount: 26, averageRecencyDays: 9, averageFrequency: 1.6, averageMonetary: 3300, type: "new" },
 *   { cluster: 1, recent: true, memberCount: 34, averageRecencyDays: 72, averageFrequency: 3.6, averageMonetary: 6402, type: "new" },
 *   { cluster: 1, recent: false, memberCount: 5, averageRecencyDays: 223, averageFrequency: 3.2, averageMonetary: 6467, type: "churned" },
 * ]).map((count) => [count.type, count.memberCount, count.rowCount]) // [["new", 60, 2], ["churned", 5, 1]]
 */
export function segmentLabelCounts(groups: readonly SegmentGroup[]): SegmentLabelCount[] {
  const members = new Map<CustomerType, { memberCount: number; rowCount: number }>();
  for (const group of groups) {
    const count = members.get(group.type) ?? { memberCount: 0, rowCount: 0 };
    count.memberCount += group.memberCount;
    count.rowCount += 1;
    members.set(group.type, count);
  }
  return [...members.entries()]
    .map(([type, count]) => ({ type, ...count }))
    .sort(
      (left, right) =>
        right.memberCount - left.memberCount ||
        CUSTOMER_TYPES.indexOf(left.type) - CUSTOMER_TYPES.indexOf(right.type),
    );
}
