import type { Locale } from "../i18n/locale";
import { rfmMessages } from "../i18n/messages/rfm";
import type { RecencySplit } from "../rfm/recency-split";
import type { StudySegmentGroups } from "../rfm/segment-groups";
import { formatForNote, recencySplitNote } from "./segment-notes";
import { segmentRowDescription } from "./segment-row-description";
import { customerTypeText } from "./segment-text";
import type { ReportCell, ReportTable } from "./types";

/**
 * The study's segment table ("segments.summary"): one row per cluster × recency group with average orders,
 * average amount per member, average days since last order, members, share, customer type, description (from the
 * row's own figures) and suggested action. Clusters are written 1-based.
 *
 * Cost: O(groups).
 *
 * @example
 * import { studySegmentGroups } from "../rfm/segment-groups";
 * const members = { recencyDays: Float64Array.of(3, 40, 200), frequency: Float64Array.of(7, 2, 1),
 *   monetary: Float64Array.of(8000, 300, 90) };
 * const groups = studySegmentGroups(members, Int32Array.of(0, 1, 1), Uint8Array.of(1, 0, 0));
 * segmentSummaryTable("zh-TW", groups).rows[0]?.slice(0, 8) // [1, "近期", 7, 8000, 3, 1, 0.3333…, "重要價值客戶"]
 */
export function segmentSummaryTable(
  locale: Locale,
  segmentGroups: StudySegmentGroups,
  recencySplit?: RecencySplit,
): ReportTable {
  const text = (key: Parameters<typeof rfmMessages>[1]) => rfmMessages(locale, key);
  const totalMembers = segmentGroups.groups.reduce((sum, group) => sum + group.memberCount, 0);
  const rows: ReportCell[][] = segmentGroups.groups.map((group) => [
    group.cluster + 1,
    text(group.recent ? "report.value.recent" : "report.value.notRecent"),
    group.averageFrequency,
    group.averageMonetary,
    group.averageRecencyDays,
    group.memberCount,
    group.memberCount / totalMembers,
    customerTypeText(locale, group.type, "label"),
    segmentRowDescription(locale, group, segmentGroups),
    customerTypeText(locale, group.type, "action"),
  ]);
  const notes = [
    rfmMessages(locale, "report.note.average", {
      frequency: formatForNote(locale, segmentGroups.overallAverageFrequency),
      monetary: formatForNote(locale, segmentGroups.overallAverageMonetary),
    }),
    text("report.note.clusterNumbers"),
  ];
  if (recencySplit !== undefined) notes.unshift(recencySplitNote(locale, recencySplit));
  return {
    id: "segments.summary",
    title: text("report.summary.title"),
    columns: [
      { key: "cluster", header: text("report.header.cluster"), numberFormat: "0" },
      { key: "recent", header: text("report.header.recent"), numberFormat: "@" },
      { key: "avgFrequency", header: text("report.header.avgFrequency"), numberFormat: "#,##0.00" },
      { key: "avgMonetary", header: text("report.header.avgMonetary"), numberFormat: "#,##0.00" },
      { key: "avgRecencyDays", header: text("report.header.avgRecencyDays"), numberFormat: "#,##0.0" },
      { key: "members", header: text("report.header.members"), numberFormat: "#,##0" },
      { key: "memberShare", header: text("report.header.memberShare"), numberFormat: "0.0%" },
      { key: "label", header: text("report.header.label"), numberFormat: "@" },
      { key: "description", header: text("report.header.description"), numberFormat: "@", widthChars: 48 },
      { key: "action", header: text("report.header.action"), numberFormat: "@", widthChars: 48 },
    ],
    rows,
    notes,
  };
}
