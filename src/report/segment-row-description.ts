import type { Locale } from "../i18n/locale";
import { segmentDescribeMessages } from "../i18n/messages/segment-describe";
import type { SegmentGroup, StudySegmentGroups } from "../rfm/segment-groups";
import { formatForNote } from "./segment-notes";

/**
 * The description of one row of the Segments sheet, built from the row's own figures and the averages its
 * label was decided by, so it is true for the row: its recency group and mean days since the last order, its
 * mean orders and amount per member, and whether each is above the overall mean (strictly, as the label rule).
 *
 * Cost: O(1).
 *
 * @example
 * segmentRowDescription("en", { recent: true, averageRecencyDays: 72, averageFrequency: 3.588, averageMonetary: 6402.2 },
 *   { overallAverageFrequency: 3.7, overallAverageMonetary: 7000 })
 * // "Recent: last order 72 days ago on average; 3.59 orders per member, not above the overall average of 3.7; 6,402.2 spent per member, not above the overall average of 7,000."
 */
export function segmentRowDescription(
  locale: Locale,
  group: Pick<SegmentGroup, "recent" | "averageRecencyDays" | "averageFrequency" | "averageMonetary">,
  overall: Pick<StudySegmentGroups, "overallAverageFrequency" | "overallAverageMonetary">,
): string {
  const text = segmentDescribeMessages;
  const format = (value: number) => formatForNote(locale, value);
  const days = Math.round(group.averageRecencyDays);
  const ordersAbove = group.averageFrequency > overall.overallAverageFrequency;
  const amountAbove = group.averageMonetary > overall.overallAverageMonetary;
  return text(locale, "sentence", {
    recency: text(locale, group.recent ? "recent" : "notRecent", { days: format(days) }),
    orders: text(locale, ordersAbove ? "ordersAbove" : "ordersNotAbove", {
      value: format(group.averageFrequency),
      overall: format(overall.overallAverageFrequency),
    }),
    amount: text(locale, amountAbove ? "amountAbove" : "amountNotAbove", {
      value: format(group.averageMonetary),
      overall: format(overall.overallAverageMonetary),
    }),
  });
}
