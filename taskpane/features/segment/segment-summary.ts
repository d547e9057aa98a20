import type { Locale } from "../../../src/i18n/locale";
import { segmentResultsText } from "../../../src/report/segment-results-text";
import { isoFromExcelSerial } from "../../../src/table";
import type { SegmentAssignResult, SegmentSweepResult } from "../../../engine/jobs/segment";
import { segmentText } from "./messages";

/**
 * The results sentence, counting what the Segments sheet shows ("3 clusters over 109 members, split by recency
 * into 6 rows on the Segments sheet: New 60, …. The largest segment is “New” with 60 members."), then the
 * members and as-of line.
 */
export function segmentSummary(
  locale: Locale,
  sweep: SegmentSweepResult,
  result: SegmentAssignResult,
): string {
  const asOf = sweep.asOfSerial === null ? "—" : isoFromExcelSerial(sweep.asOfSerial).slice(0, 10);
  return [
    segmentResultsText(locale, {
      k: result.clusters.length,
      memberCount: sweep.memberCount,
      rowCount: result.segmentRowCount,
      labelCounts: result.labelCounts,
    }),
    segmentText(locale, sweep.perMember ? "membersLinePerMember" : "membersLine", {
      members: sweep.memberCount.toLocaleString(locale),
      rows: sweep.usedRowCount.toLocaleString(locale),
      asOf,
    }),
  ].join(" ");
}
