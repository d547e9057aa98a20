import { CoreError } from "../errors";

/** One point of the Lorenz curve: the poorest `members` hold `revenueShare` of all revenue. */
export interface LorenzPoint {
  readonly members: number;
  /** members / all members. */
  readonly memberShare: number;
  readonly revenueShare: number;
}

/**
 * Revenues sorted ascending after validation.
 *
 * @throws CoreError NO_MEMBERS (empty), VALUE_NOT_FINITE, NEGATIVE_MEMBER_REVENUE, NO_REVENUE (total not above 0)
 */
export function sortedRevenues(revenues: readonly number[]): Float64Array {
  if (revenues.length === 0) throw new CoreError("NO_MEMBERS", "At least one member is needed");
  for (const revenue of revenues) {
    if (!Number.isFinite(revenue))
      throw new CoreError("VALUE_NOT_FINITE", "A member's revenue is not a finite number");
    if (revenue < 0) throw new CoreError("NEGATIVE_MEMBER_REVENUE", "A member's revenue is negative");
  }
  const sorted = Float64Array.from(revenues).sort();
  if (!(sorted.reduce((sum, revenue) => sum + revenue, 0) > 0)) {
    throw new CoreError("NO_REVENUE", "The total revenue must be above 0");
  }
  return sorted;
}

/**
 * Number of members in the "top x %": ⌈x · n⌉, so the top 20 % of 6 members is 2 (1.2 rounded up) and a
 * non-empty top always has at least one member. A relative tolerance keeps binary noise from rounding an
 * exact product up (0.1 × 30 = 3.0000000000000004 → 3). Cost: O(1).
 *
 * @throws CoreError TOP_SHARE_OUT_OF_RANGE unless 0 < x ≤ 1
 * @example topMemberCount(0.2, 6) // 2
 */
export function topMemberCount(topShare: number, memberCount: number): number {
  if (!(topShare > 0 && topShare <= 1)) {
    throw new CoreError(
      "TOP_SHARE_OUT_OF_RANGE",
      `The top share must be above 0 and at most 1 (got ${String(topShare)})`,
    );
  }
  const product = topShare * memberCount;
  return Math.min(memberCount, Math.ceil(product - 1e-9 * Math.max(1, product)));
}

/**
 * Gini coefficient of member revenues: G = 2·Σ i·y₍ᵢ₎ / (n·Σ y) − (n + 1)/n with y ascending, i = 1..n — one
 * minus twice the area under the (piecewise linear) Lorenz curve; 0 = everyone spends the same, (n − 1)/n =
 * one member holds everything. This is the population form without the n/(n − 1) small-sample correction.
 * Cost: O(n log n).
 *
 * @throws CoreError NO_MEMBERS, VALUE_NOT_FINITE, NEGATIVE_MEMBER_REVENUE, NO_REVENUE
 * @example giniCoefficient([50, 20, 10, 10, 5, 5]) // 0.44999999999999996 (0.45 up to binary rounding)
 */
export function giniCoefficient(revenues: readonly number[]): number {
  const sorted = sortedRevenues(revenues);
  const n = sorted.length;
  let total = 0;
  let weighted = 0;
  sorted.forEach((revenue, index) => {
    total += revenue;
    weighted += (index + 1) * revenue;
  });
  return Math.max(0, (2 * weighted) / (n * total) - (n + 1) / n);
}

/**
 * Lorenz curve of member revenues: members sorted from the smallest spender up, cumulative member share vs
 * cumulative revenue share, from (0, 0) to (1, 1). With n ≤ maxPoints members every member is a point;
 * otherwise maxPoints + 1 points at (near-)even member shares k/n, k = round(j·n / maxPoints). The share held
 * by the top x % is 1 − revenueShare at memberShare 1 − x. Cost: O(n log n).
 *
 * @throws CoreError NO_MEMBERS, VALUE_NOT_FINITE, NEGATIVE_MEMBER_REVENUE, NO_REVENUE, POINTS_INVALID
 * @example lorenzCurve([5, 5, 10]).map((p) => p.revenueShare) // [0, 0.25, 0.5, 1]
 */
export function lorenzCurve(revenues: readonly number[], maxPoints = 100): LorenzPoint[] {
  if (!Number.isInteger(maxPoints) || maxPoints < 1) {
    throw new CoreError("POINTS_INVALID", "The number of curve points must be a positive whole number");
  }
  const sorted = sortedRevenues(revenues);
  const n = sorted.length;
  const cumulative = new Float64Array(n + 1);
  for (let index = 0; index < n; index++)
    cumulative[index + 1] = (cumulative[index] as number) + (sorted[index] as number);
  const total = cumulative[n] as number;
  const steps = Math.min(n, maxPoints);
  const points: LorenzPoint[] = [];
  for (let step = 0; step <= steps; step++) {
    const members = steps === n ? step : Math.round((step * n) / steps);
    points.push({ members, memberShare: members / n, revenueShare: (cumulative[members] as number) / total });
  }
  return points;
}
