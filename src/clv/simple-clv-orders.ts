import { CoreError } from "../errors";
import { accumulateMemberSpans, type SimpleClvOrders } from "./member-spans";

export type { SimpleClvOrders } from "./member-spans";

export interface SimpleClvOptions {
  /** Expected lifetime in days; by default the mean lifetime of all members in the data. */
  readonly expectedLifetimeDays?: number;
}

export interface SimpleClvMember {
  readonly memberId: string | number;
  /** Registration date, or the first order date when the registration is unknown or later. */
  readonly startSerial: number;
  readonly lastOrderSerial: number;
  /** Whole days from start to last order (0 when both fall on one day). */
  readonly lifetimeDays: number;
  readonly totalSpend: number;
  /** totalSpend / lifetimeDays; null when lifetimeDays is 0 (no lifetime observed yet). */
  readonly valuePerDay: number | null;
  /** "member": own value per day; "population": lifetime 0, so the population's value per day stands in. */
  readonly valuePerDaySource: "member" | "population";
  /** expectedLifetimeDays × value per day (own, or the population's). */
  readonly clv: number;
}

export interface SimpleClvResult {
  readonly members: readonly SimpleClvMember[];
  /** Mean of lifetimeDays over all members (those with 0 days included), or the caller's value. */
  readonly expectedLifetimeDays: number;
  /** Σ spend / Σ lifetime days over members with lifetime > 0 (spend per member-day, not a mean of ratios). */
  readonly populationValuePerDay: number;
  /** expectedLifetimeDays × populationValuePerDay: the article's CLV of an average member. */
  readonly averageClv: number;
  /** Members with lifetime 0 days, valued at the population's value per day. */
  readonly zeroLifetimeMembers: number;
}

/**
 * The article's simple CLV from order lines. Per member: lifetime = last order day − start day, start being
 * the registration date (or the first order when it is unknown or later); value per day = total spend /
 * lifetime days. Population: expected lifetime = mean lifetime over all members; value per day = total spend
 * / total lifetime days of members with lifetime > 0. CLV = expected lifetime × value per day, per member and
 * for the average member.
 *
 * Division-by-zero rule: a member whose start and last order fall on one day has no observed lifetime; their
 * own value per day is null and the population's is used (flagged `valuePerDaySource: "population"`), and
 * their 0 days count in the mean lifetime. The form is historic and does not condition on survival: a member
 * already past the expected lifetime gets a CLV below their spend to date (the BG/NBD route does condition).
 *
 * Cost: O(n) for n order lines.
 *
 * @throws CoreError SIMPLE_CLV_NO_ORDERS, SIMPLE_CLV_COLUMNS_MISMATCH, SIMPLE_CLV_ORDER_INVALID,
 *   SIMPLE_CLV_NO_LIFETIME (no member has lifetime > 0), SIMPLE_CLV_INPUT_INVALID
 * @example simpleClvFromOrders({ memberIds: ["A", "A", "B"], orderDateSerials: [45000, 45010, 45005], amounts: [30, 20, 40] }).averageClv // 25 (5 days × 50 / 10)
 */
export function simpleClvFromOrders(
  orders: SimpleClvOrders,
  options: SimpleClvOptions = {},
): SimpleClvResult {
  const accumulated = accumulateMemberSpans(orders);
  let lifetimeSum = 0;
  let spendWithLifetime = 0;
  let daysWithLifetime = 0;
  for (const member of accumulated) {
    const lifetimeDays = member.lastDay - member.startDay;
    lifetimeSum += lifetimeDays;
    if (lifetimeDays > 0) {
      spendWithLifetime += member.spend;
      daysWithLifetime += lifetimeDays;
    }
  }
  if (daysWithLifetime === 0) {
    throw new CoreError(
      "SIMPLE_CLV_NO_LIFETIME",
      "At least one member whose last order is after their start date is needed",
    );
  }
  const expectedLifetimeDays = options.expectedLifetimeDays ?? lifetimeSum / accumulated.length;
  if (!Number.isFinite(expectedLifetimeDays) || expectedLifetimeDays < 0) {
    throw new CoreError(
      "SIMPLE_CLV_INPUT_INVALID",
      `The expected lifetime must be ≥ 0 days (got ${expectedLifetimeDays})`,
    );
  }
  const populationValuePerDay = spendWithLifetime / daysWithLifetime;
  let zeroLifetimeMembers = 0;
  const members = accumulated.map((member): SimpleClvMember => {
    const lifetimeDays = member.lastDay - member.startDay;
    const valuePerDay = lifetimeDays > 0 ? member.spend / lifetimeDays : null;
    if (valuePerDay === null) zeroLifetimeMembers++;
    return {
      memberId: member.memberId,
      startSerial: member.startDay,
      lastOrderSerial: member.lastDay,
      lifetimeDays,
      totalSpend: member.spend,
      valuePerDay,
      valuePerDaySource: valuePerDay === null ? "population" : "member",
      clv: expectedLifetimeDays * (valuePerDay ?? populationValuePerDay),
    };
  });
  const averageClv = expectedLifetimeDays * populationValuePerDay;
  return { members, expectedLifetimeDays, populationValuePerDay, averageClv, zeroLifetimeMembers };
}
