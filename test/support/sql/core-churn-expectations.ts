import { churnOrderLines } from "../../../src/analysis/churn-lines";
import { memberFeatures } from "../../../src/churn/member-features";
import { memberHistory } from "../../../src/churn/member-history";
import type { Table } from "../../../src/table/types";
import { sortedBy, type ExpectedRow } from "./compare-rows";

/** churnFeaturesSql's column of each core feature. */
const COLUMN_OF_FEATURE: Readonly<Record<string, string>> = {
  recencyDays: "recency_days",
  purchaseDays: "purchase_days",
  logSpend: "log_spend",
  tenureDays: "tenure_days",
  meanGapDays: "mean_gap_days",
  gapCv: "gap_cv",
  aov: "aov",
  aovCv: "aov_cv",
  couponShare: "coupon_share",
};

/** The churn-feature columns compared to 1e-9 relative (the others are counts, whole days and sums). */
export const CHURN_RATIO_COLUMNS = ["log_spend", "mean_gap_days", "gap_cv", "aov", "aov_cv", "coupon_share"];

/**
 * The churn core's features on a table, as the churn use case reads it (churnOrderLines, memberHistory,
 * memberFeatures), as of `asOfSerial` or, by default, the last purchase day (churnRisk's scoring day); one row
 * per member, sorted by member id, with spend.
 */
export function coreChurnFeatureRows(table: Table, asOfSerial?: number): ExpectedRow[] {
  const history = memberHistory(churnOrderLines(table, "churn").lines);
  const matrix = memberFeatures(history, asOfSerial ?? history.lastDay);
  const width = matrix.features.length;
  const rows = Array.from(matrix.members, (member, row) => {
    const values: Record<string, number | string> = { member_id: history.memberIds[member] as string };
    matrix.features.forEach((feature, column) => {
      values[COLUMN_OF_FEATURE[feature] as string] = matrix.values[row * width + column] as number;
    });
    values.spend = matrix.spend[row] as number;
    return values;
  });
  return sortedBy(rows, "member_id");
}
