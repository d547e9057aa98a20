import { CoreError } from "../errors";
import type { Locale } from "../i18n/locale";
import { rfmMessages } from "../i18n/messages/rfm";
import type { ReportCell, ReportTable } from "./types";

/**
 * The order-count distribution ("segments.orderCounts"): members with 1, 2, 3 … orders (whole orders; a
 * fraction from a member table is rounded down), with the share of members; counts from `openEndedFrom` up are
 * one "N+" row so a long tail does not flood the chart. Every count between the smallest and the last row is
 * listed, zeros included, so the column chart's categories are evenly spaced. Categories are text ("20+").
 *
 * Cost: O(n + openEndedFrom).
 *
 * @throws CoreError NO_MEMBERS, OPEN_ENDED_FROM_INVALID, VALUE_NOT_FINITE
 * @example orderCountDistributionTable("en", [1, 1, 2, 5], 3).rows
 * // [["1", 2, 0.5], ["2", 1, 0.25], ["3+", 1, 0.25]]
 */
export function orderCountDistributionTable(
  locale: Locale,
  frequency: ArrayLike<number>,
  openEndedFrom = 20,
): ReportTable {
  if (frequency.length === 0) throw new CoreError("NO_MEMBERS", "At least one member is needed");
  if (!Number.isInteger(openEndedFrom) || openEndedFrom < 1) {
    throw new CoreError(
      "OPEN_ENDED_FROM_INVALID",
      `The open-ended row must start at a whole number ≥ 1 (got ${openEndedFrom})`,
    );
  }
  const counts = new Float64Array(openEndedFrom + 1);
  let smallest = openEndedFrom;
  let largest = 0;
  for (let index = 0; index < frequency.length; index++) {
    const orders = frequency[index] as number;
    if (!Number.isFinite(orders) || orders < 0) {
      throw new CoreError("VALUE_NOT_FINITE", `The order count of member ${index + 1} is not a number ≥ 0`);
    }
    const bucket = Math.min(Math.floor(orders), openEndedFrom);
    counts[bucket] = (counts[bucket] as number) + 1;
    if (bucket < smallest) smallest = bucket;
    if (bucket > largest) largest = bucket;
  }
  const rows: ReportCell[][] = [];
  for (let bucket = smallest; bucket <= largest; bucket++) {
    const label =
      bucket === openEndedFrom
        ? rfmMessages(locale, "report.value.orMore", { count: bucket })
        : String(bucket);
    rows.push([label, counts[bucket] as number, (counts[bucket] as number) / frequency.length]);
  }
  return {
    id: "segments.orderCounts",
    title: rfmMessages(locale, "report.distribution.title"),
    columns: [
      { key: "orderCount", header: rfmMessages(locale, "report.header.orderCount"), numberFormat: "@" },
      { key: "members", header: rfmMessages(locale, "report.header.members"), numberFormat: "#,##0" },
      { key: "memberShare", header: rfmMessages(locale, "report.header.memberShare"), numberFormat: "0.0%" },
    ],
    rows,
  };
}
