import type { Locale } from "../i18n/locale";
import { rfmMessages } from "../i18n/messages/rfm";
import { segmentDescribeMessages } from "../i18n/messages/segment-describe";
import type { CustomerType } from "../rfm/customer-type";
import { customerTypeText } from "./segment-text";

/** What the results sentence counts: the clusters, the Segments sheet's rows and the members per label. */
export interface SegmentResultsCounts {
  readonly k: number;
  readonly memberCount: number;
  /** Rows of the Segments sheet (non-empty cluster × recency groups). */
  readonly rowCount: number;
  /** Members per customer type, largest first (see segmentLabelCounts). */
  readonly labelCounts: readonly { readonly type: CustomerType; readonly memberCount: number }[];
}

/**
 * The results sentence of a segmentation, counting exactly what the Segments sheet shows: the clusters, the
 * cluster × recency rows, every label on the sheet with its members (the Members sheet's count of that label),
 * and the largest label.
 *
 * Cost: O(labels).
 *
 * @example
 * segmentResultsText("en", { k: 3, memberCount: 109, rowCount: 6, labelCounts: [{ type: "new", memberCount: 60 },
 *   { type: "importantValue", memberCount: 26 }, { type: "churned", memberCount: 21 }, { type: "importantWinBack", memberCount: 2 }] })
 * // "3 clusters over 109 members, split by recency into 6 rows on the Segments sheet: New 60, Important value 26, Churned 21, Important win-back 2. The largest segment is “New” with 60 members."
 */
export function segmentResultsText(locale: Locale, counts: SegmentResultsCounts): string {
  const text = segmentDescribeMessages;
  const number = (value: number) => value.toLocaleString(locale);
  const largest = counts.labelCounts[0];
  const labels = counts.labelCounts.map((count) =>
    text(locale, "labelCount", {
      label: customerTypeText(locale, count.type, "label"),
      members: number(count.memberCount),
    }),
  );
  return text(locale, "results", {
    k: number(counts.k),
    members: number(counts.memberCount),
    rows: number(counts.rowCount),
    sheet: rfmMessages(locale, "report.sheet.segments"),
    labels: labels.join(text(locale, "listSeparator")),
    label: largest === undefined ? "" : customerTypeText(locale, largest.type, "label"),
    size: number(largest?.memberCount ?? 0),
  });
}
