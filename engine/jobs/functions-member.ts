import type { KeyCell } from "../../src/member/cells";
import { purchaseCycleSummary } from "../../src/member/cycle-summary";

/** =CYCLE.STATS' order rows after the function read its cells (blank → null, left out by the core). */
export interface CycleStatsRequest {
  readonly memberIds: readonly KeyCell[];
  readonly orderDates: readonly (number | null)[];
}

/** The figures =CYCLE.STATS spills (the core's summary without its per-member list and histogram). */
export interface CycleStatsResult {
  readonly memberCount: number;
  readonly membersWithCycle: number;
  readonly mean: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly lapsedAfterDays: number;
}

/**
 * The purchase-cycle summary of =CYCLE.STATS. The inline path of the function runs this same job, so both give
 * one answer; only the figures cross back (the per-member cycles would cost a structured clone for nothing).
 *
 * Cost: O(rows + m log m) for m members.
 *
 * @throws CoreError NO_MEMBERS, NO_DATES, NO_REPEAT_PURCHASES and purchaseCycleSummary's other codes
 */
export function cycleStatsJob(request: CycleStatsRequest): CycleStatsResult {
  const summary = purchaseCycleSummary(request);
  const { mean, q1, median, q3 } = summary.stats;
  return {
    memberCount: summary.memberCount,
    membersWithCycle: summary.membersWithCycle,
    mean,
    q1,
    median,
    q3,
    lapsedAfterDays: summary.lapsedAfterDays,
  };
}
