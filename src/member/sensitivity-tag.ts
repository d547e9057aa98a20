import { CoreError } from "../errors";
import { quartileSummary } from "./quartiles";

/** How strongly a member reacts, relative to the population. */
export type SensitivityTag = "low" | "mid" | "high";

/**
 * Tags a member's promoted-order share against the population's quartiles:
 * low when share ≤ Q1, high when share ≥ Q3, mid strictly between. Both can hold only when Q1 = Q3 (most
 * members share one value, typically 0 when most members never use a coupon); then a share of 1 ("always
 * used a promotion") is high and any other share low, so "never" stays low and "always" stays high.
 * Cost: O(1).
 *
 * @example sensitivityTag(0.5, 0.25, 0.5) // "high"
 * @example
 * sensitivityTag(0, 0, 0) // "low"
 * sensitivityTag(0.2, 0, 0) // "high"
 */
export function sensitivityTag(share: number, q1: number, q3: number): SensitivityTag {
  const atOrBelowQ1 = share <= q1;
  const atOrAboveQ3 = share >= q3;
  if (atOrBelowQ1 && atOrAboveQ3) return share >= 1 ? "high" : "low";
  if (atOrBelowQ1) return "low";
  if (atOrAboveQ3) return "high";
  return "mid";
}

export interface SensitivityTagging {
  /** promotedOrders / orders per member, in input order. */
  readonly shares: readonly number[];
  /** Population first and third quartiles of the shares (R type 7 = Excel QUARTILE.INC). */
  readonly q1Share: number;
  readonly q3Share: number;
  readonly tags: readonly SensitivityTag[];
}

/**
 * Promotion sensitivity from per-member counts (the worksheet form =PROMO.SENSITIVITY(coupon_orders,
 * orders)): share = promoted orders / orders, quartiles over all members given, tag by
 * {@link sensitivityTag}. Cost: O(n log n).
 *
 * @throws CoreError NO_MEMBERS (empty), COLUMN_LENGTH_MISMATCH, ORDER_COUNT_INVALID (orders not > 0, or promoted
 *   orders outside 0..orders, or not finite)
 * @example sensitivityFromCounts([0, 1, 2, 4], [4, 4, 4, 4]).tags // ["low", "mid", "mid", "high"]
 */
export function sensitivityFromCounts(
  promotedOrders: readonly number[],
  orders: readonly number[],
): SensitivityTagging {
  if (orders.length === 0) throw new CoreError("NO_MEMBERS", "At least one member is needed");
  if (promotedOrders.length !== orders.length) {
    throw new CoreError(
      "COLUMN_LENGTH_MISMATCH",
      `${promotedOrders.length} promoted order counts for ${orders.length} order counts: one per member is needed`,
    );
  }
  const shares = orders.map((orderCount, index) => {
    const promoted = promotedOrders[index] as number;
    const valid =
      Number.isFinite(orderCount) &&
      Number.isFinite(promoted) &&
      orderCount > 0 &&
      promoted >= 0 &&
      promoted <= orderCount;
    if (!valid) {
      throw new CoreError(
        "ORDER_COUNT_INVALID",
        `Orders must be above 0 and promoted orders between 0 and orders (member ${index + 1})`,
      );
    }
    return promoted / orderCount;
  });
  const { q1, q3 } = quartileSummary(shares);
  return { shares, q1Share: q1, q3Share: q3, tags: shares.map((share) => sensitivityTag(share, q1, q3)) };
}
