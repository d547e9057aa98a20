import { CHURN_FEATURES, signedLogSpend, type ChurnFeature } from "./churn-features";
import type { MemberHistory } from "./member-history";
import { OrderScratch } from "./order-scratch";

/** Features of the members who bought on or before an as-of day, one row per member (row-major values). */
export interface MemberFeatureMatrix {
  /** The columns: CHURN_FEATURES, without couponShare when the lines have no coupon column. */
  readonly features: readonly ChurnFeature[];
  /** Member (index into MemberHistory.memberIds) of each row, ascending. */
  readonly members: Int32Array;
  /** rows × features.length values. */
  readonly values: Float64Array;
  /** Total spend S per row (logSpend is sign(S) ln(1 + |S|)), for display. */
  readonly spend: Float64Array;
  readonly asOfDay: number;
}

/**
 * The churn features ({@link CHURN_FEATURES}, defined there) of every member with a line on or before
 * `asOfDay`, computed from those lines only. Cost: O(lines) per call.
 *
 * @example
 * import { memberHistory } from "./member-history";
 * const history = memberHistory({ memberIds: ["a", "a"], dateSerials: [10, 14], amounts: [5, 15] });
 * memberFeatures(history, 20).features
 * // ["recencyDays", "purchaseDays", "logSpend", "tenureDays", "meanGapDays", "gapCv", "aov", "aovCv"] (no coupon column)
 * memberFeatures(history, 20).values // Float64Array [6, 2, 3.0445…, 10, 4, 0, 10, 0.5]
 * // (20 − 14; days 10 and 14; ln(1 + 20); 20 − 10; one gap of 4; one gap, so 0; 20 / 2 orders; SD 5 / mean 10)
 */
export function memberFeatures(history: MemberHistory, asOfDay: number): MemberFeatureMatrix {
  const features = CHURN_FEATURES.filter(
    (feature) => feature !== "couponShare" || history.lineCoupon !== null,
  );
  const width = features.length;
  const memberCount = history.memberIds.length;
  // Preallocated and filled in place: one object or array per member made the garbage collector the largest
  // cost of scoring CDNOW's 23,570 members (a CPU profile: GC 0.8 s of 10 scorings).
  const rows = new Int32Array(memberCount);
  const values = new Float64Array(memberCount * width);
  const spend = new Float64Array(memberCount);
  const scratch = new OrderScratch(history.orderCount);
  const row = new Float64Array(CHURN_FEATURES.length);
  const columns = features.map((feature) => CHURN_FEATURES.indexOf(feature));
  let count = 0;
  for (let member = 0; member < memberCount; member++) {
    const start = history.lineStart[member] as number;
    let end = start;
    const stop = history.lineStart[member + 1] as number;
    while (end < stop && (history.lineDay[end] as number) <= asOfDay) end++;
    if (end === start) continue;
    spend[count] = memberRow(history, start, end, asOfDay, scratch, row);
    rows[count] = member;
    columns.forEach((feature, column) => (values[count * width + column] = row[feature] as number));
    count++;
  }
  return {
    features,
    members: rows.slice(0, count),
    values: values.slice(0, count * width),
    spend: spend.slice(0, count),
    asOfDay,
  };
}

/** Writes one member's features into `row` (CHURN_FEATURES order) and returns the total spend. */
function memberRow(
  history: MemberHistory,
  start: number,
  end: number,
  asOfDay: number,
  scratch: OrderScratch,
  row: Float64Array,
): number {
  const { lineDay, lineAmount, lineOrder, lineCoupon } = history;
  let spend = 0;
  let purchaseDays = 0;
  scratch.reset();
  for (let position = start; position < end; position++) {
    if (position === start || lineDay[position] !== lineDay[position - 1]) purchaseDays++;
    const amount = lineAmount[position] as number;
    spend += amount;
    scratch.add(lineOrder[position] as number, amount, (lineCoupon?.[position] ?? 0) !== 0);
  }
  const first = lineDay[start] as number;
  const last = lineDay[end - 1] as number;
  const meanGap = purchaseDays >= 2 ? (last - first) / (purchaseDays - 1) : asOfDay - first;
  const orders = scratch.count();
  const meanOrder = spend / orders;
  row.set([
    asOfDay - last,
    purchaseDays,
    signedLogSpend(spend),
    asOfDay - first,
    meanGap,
    purchaseDays >= 3
      ? Math.sqrt(gapSquares(lineDay, start, end, meanGap) / (purchaseDays - 1)) / meanGap
      : 0,
    meanOrder,
    orders >= 2 && meanOrder !== 0 ? Math.sqrt(scratch.squares(meanOrder) / orders) / Math.abs(meanOrder) : 0,
    scratch.couponOrders() / orders,
  ]);
  return spend;
}

/** Σ (gap − mean)² over the gaps between consecutive distinct purchase days of one member's lines. */
function gapSquares(lineDay: Float64Array, start: number, end: number, mean: number): number {
  let squares = 0;
  for (let position = start + 1; position < end; position++) {
    const gap = (lineDay[position] as number) - (lineDay[position - 1] as number);
    if (gap > 0) squares += (gap - mean) ** 2;
  }
  return squares;
}
