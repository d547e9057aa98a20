import type { ColumnRole } from "../../../src/table/types";
import { MEMBER_ANALYSES, type MemberAnalysis } from "../../../engine/jobs/members/types";

/** The Members tab's analyses that run as engine jobs of their own (one sheet per profile breakdown). */
export const EXTRA_ANALYSES = ["profile", "churn"] as const;
export type ExtraAnalysis = (typeof EXTRA_ANALYSES)[number];

/** Every analysis the Members tab offers, in the order they are listed, run and written. */
export type PaneAnalysis = MemberAnalysis | ExtraAnalysis;
export const PANE_ANALYSES: readonly PaneAnalysis[] = [...MEMBER_ANALYSES, ...EXTRA_ANALYSES];

/** Roles the extra analyses cannot do without (the profile's columns are chosen in its own settings). */
export const EXTRA_REQUIRED_ROLES: Readonly<Record<ExtraAnalysis, readonly ColumnRole[]>> = {
  profile: ["memberId", "amount"],
  churn: ["memberId", "orderDate", "amount"],
};

/**
 * Whether an analysis is one of the extra ones (profile, churn).
 *
 * @example isExtraAnalysis("churn") // true
 * @example isExtraAnalysis("pareto") // false
 */
export function isExtraAnalysis(analysis: string): analysis is ExtraAnalysis {
  return (EXTRA_ANALYSES as readonly string[]).includes(analysis);
}

/** Whether an analysis is one the members job runs (cycle … clv). */
export function isMemberAnalysis(analysis: string): analysis is MemberAnalysis {
  return (MEMBER_ANALYSES as readonly string[]).includes(analysis);
}
