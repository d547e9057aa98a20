import type { Locale } from "../../../src/i18n/locale";
import { isoFromExcelSerial } from "../../../src/table";
import type { SegmentAssignResult, SegmentSweepResult } from "../../../engine/jobs/segment";
import { segmentText } from "./messages";

/** "5 segments over 1,234 members; the largest is “New customers” with 612 members." plus the as-of line. */
export function segmentSummary(
  locale: Locale,
  sweep: SegmentSweepResult,
  result: SegmentAssignResult,
): string {
  const largest = result.clusters.reduce((best, cluster) => (cluster.size > best.size ? cluster : best));
  const asOf = sweep.asOfSerial === null ? "—" : isoFromExcelSerial(sweep.asOfSerial).slice(0, 10);
  return [
    segmentText(locale, "summary", {
      k: result.clusters.length,
      members: sweep.memberCount.toLocaleString(),
      label: largest.label,
      size: largest.size.toLocaleString(),
    }),
    segmentText(locale, "membersLine", {
      members: sweep.memberCount.toLocaleString(),
      rows: sweep.usedRowCount.toLocaleString(),
      asOf,
    }),
  ].join(" ");
}
