import type { ColumnRole } from "../../../src/table/types";
import { MEMBER_ANALYSES, type MemberAnalysis } from "../../../engine/jobs/members/types";
import { EXTRA_ANALYSES, EXTRA_REQUIRED_ROLES, type PaneAnalysis } from "./pane-analyses";

/** Why an analysis cannot run with the mapped columns (a key under "reason." in messages.ts). */
export type UnavailableReason = "memberId" | "orderDate" | "amount" | "channel" | "promotionOrPrice";

/** Roles each analysis cannot do without; optional roles (order id, category, registration date) only add tables. */
const REQUIRED_ROLES: Readonly<Record<MemberAnalysis, readonly ColumnRole[]>> = {
  cycle: ["memberId", "orderDate"],
  sensitivity: ["memberId"],
  timing: ["memberId", "orderDate"],
  channel: ["memberId", "channel"],
  cohorts: ["memberId", "orderDate"],
  pareto: ["memberId", "amount"],
  clv: ["memberId", "orderDate", "amount"],
};

/**
 * For each analysis: null when the mapped roles allow it, otherwise the first thing missing. Sensitivity
 * needs a coupon or discount column (promotion sensitivity) or a unit price with a category (price sensitivity).
 *
 * @example analysisAvailability(new Set(["memberId", "amount"])).pareto // null
 * @example analysisAvailability(new Set(["memberId", "amount"])).cycle // "orderDate"
 * @example analysisAvailability(new Set(["memberId", "totalAmount", "orderCount"])).pareto // null
 */
export function analysisAvailability(
  roles: ReadonlySet<ColumnRole>,
): Readonly<Record<MemberAnalysis, UnavailableReason | null>> {
  const result = {} as Record<MemberAnalysis, UnavailableReason | null>;
  for (const analysis of MEMBER_ANALYSES) {
    const missing = REQUIRED_ROLES[analysis].find((role) => !roles.has(role));
    result[analysis] = missing === undefined ? null : (missing as UnavailableReason);
  }
  const promotion = roles.has("couponAmount") || roles.has("discount");
  const price = roles.has("unitPrice") && roles.has("category");
  if (result.sensitivity === null && !promotion && !price) result.sensitivity = "promotionOrPrice";
  // A per-member table's total amount is each member's revenue (paretoAnalysis reads it).
  if (result.pareto === "amount" && roles.has("totalAmount")) result.pareto = null;
  return result;
}

/**
 * analysisAvailability with the Profile and Churn risk added (each needs its roles; see EXTRA_REQUIRED_ROLES).
 *
 * @example paneAvailability(new Set(["memberId", "amount"])).profile // null
 * @example paneAvailability(new Set(["memberId", "amount"])).churn // "orderDate"
 */
export function paneAvailability(
  roles: ReadonlySet<ColumnRole>,
): Readonly<Record<PaneAnalysis, UnavailableReason | null>> {
  const result: Record<PaneAnalysis, UnavailableReason | null> = {
    ...analysisAvailability(roles),
    profile: null,
    churn: null,
  };
  for (const analysis of EXTRA_ANALYSES) {
    const missing = EXTRA_REQUIRED_ROLES[analysis].find((role) => !roles.has(role));
    result[analysis] = missing === undefined ? null : (missing as UnavailableReason);
  }
  return result;
}
