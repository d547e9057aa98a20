import type { Locale } from "../i18n/locale";
import { rfmMessages } from "../i18n/messages/rfm";
import type { MemberRfm } from "../rfm/member-rfm";
import { rfmSegments } from "../rfm/rfm-segment";
import { rfmQuantileScores } from "../rfm/rfm-scores";
import { labelTexts } from "./segment-text";
import { MAX_SPILL_CELLS, requireSpillFits } from "./spill-limit";

const HEADER_KEYS = [
  "report.header.member",
  "report.header.recencyDays",
  "report.header.frequency",
  "report.header.monetary",
  "report.header.recencyScore",
  "report.header.frequencyScore",
  "report.header.monetaryScore",
  "report.header.label",
] as const;

/**
 * The rows =RFM.TABLE spills: a header row, then per member (order of first appearance) recency days,
 * frequency, monetary, the three quintile scores (R rfm's rfm_table_order) and the segment label in `locale`.
 *
 * Cost: O(members log members).
 *
 * @throws CoreError SPILL_TOO_LARGE when the table would exceed MAX_SPILL_CELLS, and rfmQuantileScores' codes
 */
export function rfmTableSpill(members: MemberRfm, locale: Locale): unknown[][] {
  const memberCount = members.memberIds.length;
  const cellCount = (memberCount + 1) * HEADER_KEYS.length;
  requireSpillFits(
    cellCount,
    () =>
      `RFM.TABLE would spill ${memberCount + 1} rows × ${HEADER_KEYS.length} columns (${cellCount} cells, over ${MAX_SPILL_CELLS}): use the task pane's Segment or the command line (commerce-analytics rfm)`,
  );
  const scores = rfmQuantileScores(members);
  const codes = rfmSegments(scores.recency.scores, scores.frequency.scores, scores.monetary.scores);
  const labels = labelTexts(locale, "rfmSegment", "label");
  const rows: unknown[][] = [HEADER_KEYS.map((key) => rfmMessages(locale, key))];
  for (let member = 0; member < memberCount; member++) {
    rows.push([
      members.memberIds[member],
      members.recencyDays[member],
      members.frequency[member],
      members.monetary[member],
      scores.recency.scores[member],
      scores.frequency.scores[member],
      scores.monetary.scores[member],
      labels[codes[member] as number],
    ]);
  }
  return rows;
}
