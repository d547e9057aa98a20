import { CoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import { rfmMessages } from "../../src/i18n/messages/rfm";
import { labelTexts } from "../../src/report/segment-text";
import type { MemberIdCell } from "../../src/rfm/member-rfm";
import { rfmFromOrders } from "../../src/rfm/rfm-from-orders";
import { rfmSegments } from "../../src/rfm/rfm-segment";
import { rfmQuantileScores } from "../../src/rfm/rfm-scores";

/** Spills larger than this belong to the task pane or the command line (a spill that large is slow to recalculate; those doors
 * write in row blocks). */
const MAX_SPILL_CELLS = 100_000;
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

/** =RFM.TABLE's order rows after the function read its cells (blank = null, left out by rfmFromOrders). */
export interface RfmTableRequest {
  readonly memberIds: readonly MemberIdCell[];
  readonly orderDates: readonly (number | null)[];
  readonly amounts: readonly (number | null)[];
  readonly asOfSerial: number | undefined;
  readonly frequencyBasis: "lines" | "distinctOrders";
  readonly locale: Locale;
}

/**
 * The table =RFM.TABLE spills: a header row, then per member (order of first appearance) recency days,
 * frequency, monetary, the three quintile scores and the segment label. Core errors reject the job.
 *
 * @throws CoreError SPILL_TOO_LARGE (over 100,000 cells) and rfmFromOrders'
 */
export function rfmTableJob(request: RfmTableRequest): unknown[][] {
  const { locale } = request;
  const members = rfmFromOrders(request, {
    asOfSerial: request.asOfSerial,
    frequencyBasis: request.frequencyBasis,
  });
  const memberCount = members.memberIds.length;
  const cellCount = (memberCount + 1) * HEADER_KEYS.length;
  if (cellCount > MAX_SPILL_CELLS) {
    throw new CoreError(
      "SPILL_TOO_LARGE",
      `RFM.TABLE would spill ${memberCount + 1} rows × ${HEADER_KEYS.length} columns (${cellCount} cells, over ${MAX_SPILL_CELLS}): use the task pane's Segment or the command line (commerce-analytics rfm)`,
    );
  }
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
