import {
  giniCoefficient,
  lorenzCurve,
  sortedRevenues,
  topMemberCount,
  type LorenzPoint,
} from "./concentration";
import { memberRevenues, type RevenueColumns } from "./member-revenue";

export interface ParetoOptions {
  /** The "top x %" as a fraction of members, 0 < x ≤ 1. @default 0.2 */
  readonly topShare?: number;
  /** Most points on the Lorenz curve table (see lorenzCurve). @default 100 */
  readonly curvePoints?: number;
}

export interface ParetoSummary {
  /** Members counted (all members with a row, zero-revenue members included). */
  readonly customers: number;
  /** The x asked for. */
  readonly top: number;
  /** ⌈x · customers⌉: how many members the top holds. */
  readonly topMembers: number;
  readonly topRevenue: number;
  readonly totalRevenue: number;
  /** topRevenue / totalRevenue: the Pareto check ("the top 20 % bring 80 %"). */
  readonly revenueShare: number;
  /** Gini coefficient of member revenue (population form). */
  readonly gini: number;
  /** Lorenz curve from (0, 0) to (1, 1), smallest spenders first. */
  readonly lorenz: readonly LorenzPoint[];
}

/**
 * Pareto check from per-member revenues: the share of revenue held by the top x % of members (⌈x·n⌉ members,
 * largest first; ties at the cut do not matter because tied members add the same revenue), with the Lorenz
 * curve and the Gini coefficient. Cost: O(n log n).
 *
 * @throws CoreError NO_MEMBERS, VALUE_NOT_FINITE, NEGATIVE_MEMBER_REVENUE, NO_REVENUE, TOP_SHARE_OUT_OF_RANGE,
 *   POINTS_INVALID
 * @example paretoFromRevenues([50, 20, 10, 10, 5, 5]).revenueShare // 0.7 (top ⌈0.2 × 6⌉ = 2 members: 50 + 20 of 100)
 */
export function paretoFromRevenues(revenues: readonly number[], options: ParetoOptions = {}): ParetoSummary {
  const top = options.topShare ?? 0.2;
  const sorted = sortedRevenues(revenues);
  const customers = sorted.length;
  const topMembers = topMemberCount(top, customers);
  let totalRevenue = 0;
  let topRevenue = 0;
  for (let index = customers - 1; index >= 0; index--) {
    const revenue = sorted[index] as number;
    totalRevenue += revenue;
    if (index >= customers - topMembers) topRevenue += revenue;
  }
  return {
    customers,
    top,
    topMembers,
    topRevenue,
    totalRevenue,
    revenueShare: topRevenue / totalRevenue,
    gini: giniCoefficient(revenues),
    lorenz: lorenzCurve(revenues, options.curvePoints ?? 100),
  };
}

/**
 * Pareto check from order rows: revenue per member (memberRevenues), then {@link paretoFromRevenues}.
 * Cost: O(rows + n log n).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, KEY_INVALID, NUMBER_INVALID, NO_MEMBERS, NEGATIVE_MEMBER_REVENUE, NO_REVENUE,
 *   TOP_SHARE_OUT_OF_RANGE, POINTS_INVALID
 * @example paretoShare({ memberIds: ["a", "b", "a", "c", "d", "e"], amounts: [30, 20, 20, 10, 10, 10] }).revenueShare
 * // 0.5 (top ⌈0.2 × 5⌉ = 1 member: a with 50 of 100)
 */
export function paretoShare(
  columns: RevenueColumns,
  options: ParetoOptions = {},
): ParetoSummary & { readonly skippedRows: number } {
  const { members, skippedRows } = memberRevenues(columns);
  return {
    ...paretoFromRevenues(
      members.map((member) => member.revenue),
      options,
    ),
    skippedRows,
  };
}
