/**
 * The churn model's features, in the order of every feature matrix, coefficient list and sheet. Each is
 * computed per member from the order lines on or before an as-of day t (src/churn/member-features.ts):
 *
 * - recencyDays: t − the member's last purchase day.
 * - purchaseDays: distinct purchase days (a purchase day is a calendar day with at least one line; the time
 *   of day is dropped), the frequency.
 * - logSpend: sign(S) · ln(1 + |S|) of the member's total spend S (ln(1 + S) for S ≥ 0; the sign keeps a
 *   member whose returns exceed their purchases defined).
 * - tenureDays: t − the first purchase day.
 * - meanGapDays: mean days between consecutive purchase days, (last − first) / (purchaseDays − 1); for a
 *   member with one purchase day, the gap still open, t − that day.
 * - gapCv: coefficient of variation of those gaps (population standard deviation / mean); 0 with fewer than
 *   three purchase days (fewer than two gaps).
 * - aov: average order value, S / orders. An order is the member's lines with one order id when the table has
 *   an order column (a line without an id is its own order), else each line.
 * - aovCv: coefficient of variation of the order values (population standard deviation / |mean|); 0 with one
 *   order or a mean of 0.
 * - couponShare: share of the member's orders with a coupon amount other than 0 on any line (blank = none);
 *   only when the table has a coupon column.
 */
export const CHURN_FEATURES = [
  "recencyDays",
  "purchaseDays",
  "logSpend",
  "tenureDays",
  "meanGapDays",
  "gapCv",
  "aov",
  "aovCv",
  "couponShare",
] as const;

export type ChurnFeature = (typeof CHURN_FEATURES)[number];

/**
 * The features of =CHURN.PROBABILITY's model, in the order of its arguments (recency, frequency, monetary,
 * tenure): the function's coefficients row comes from a second logistic model fitted on exactly these.
 */
export const FUNCTION_FEATURES = ["recencyDays", "purchaseDays", "logSpend", "tenureDays"] as const;

/**
 * sign(S) · ln(1 + |S|): the spend feature (ln(1 + S) for S ≥ 0).
 *
 * @example signedLogSpend(99) // 4.605170185988092 (ln 100)
 */
export function signedLogSpend(spend: number): number {
  return Math.sign(spend) * Math.log1p(Math.abs(spend));
}
