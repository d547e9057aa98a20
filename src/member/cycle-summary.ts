import { CoreError } from "../errors";
import { cycleHistogram, type CycleHistogramBin, type CycleHistogramOptions } from "./cycle-histogram";
import type { DatedOrderColumns } from "./orders";
import { memberPurchaseCycles, type MemberCycle } from "./purchase-cycle";
import { quartileSummary, type QuartileSummary } from "./quartiles";

export interface PurchaseCycleOptions extends CycleHistogramOptions {
  /** k in the lapse fence Q3 + k·IQR. @default 1.5 (Tukey's fence) */
  readonly lapseFenceMultiplier?: number;
}

export interface PurchaseCycleSummary {
  readonly members: readonly MemberCycle[];
  /** Members with at least one dated order. */
  readonly memberCount: number;
  /** Members with two or more purchase days: the population the statistics describe. */
  readonly membersWithCycle: number;
  /** Members who bought on one day only: no cycle, not in the statistics. */
  readonly singleDayMembers: number;
  readonly skippedRows: number;
  /** Mean, min, Q1, median, Q3, max of cycleDays over members with a cycle (quartiles R type 7). */
  readonly stats: QuartileSummary;
  /** Suggested "lapsed after" threshold in whole days: ⌈Q3 + k·IQR⌉, see {@link lapsedAfterDays}. */
  readonly lapsedAfterDays: number;
  readonly histogram: readonly CycleHistogramBin[];
}

/**
 * Purchase cycles per member and their population summary: count, mean, Q1, median, Q3 (R type 7 = Excel
 * `QUARTILE.INC`) of the days between each member's last two distinct purchase days, a histogram, and a
 * suggested "lapsed after" threshold. Members with one purchase day are counted but have no cycle.
 * Cost: O(rows + m log m) for m members.
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, KEY_INVALID, DATE_INVALID, NO_MEMBERS, NO_DATES, NO_REPEAT_PURCHASES
 *   (nobody bought on two different days), LAPSE_MULTIPLIER_INVALID, BIN_WIDTH_INVALID, MAX_BINS_INVALID
 * @example purchaseCycleSummary({ memberIds: ["a", "a", "b", "b", "c"], orderDates: [44197, 44207, 44197, 44227, 44197] }).stats.median
 * // 20 (cycles 10 and 30; member c bought once)
 */
export function purchaseCycleSummary(
  columns: DatedOrderColumns,
  options: PurchaseCycleOptions = {},
): PurchaseCycleSummary {
  const multiplier = options.lapseFenceMultiplier ?? 1.5;
  if (!Number.isFinite(multiplier) || multiplier < 0) {
    throw new CoreError("LAPSE_MULTIPLIER_INVALID", "The lapse fence multiplier must be a number ≥ 0");
  }
  const { members, skippedRows } = memberPurchaseCycles(columns);
  const cycles: number[] = [];
  for (const member of members) if (member.cycleDays !== null) cycles.push(member.cycleDays);
  if (cycles.length === 0) {
    throw new CoreError(
      "NO_REPEAT_PURCHASES",
      "At least one member who bought on two different days is needed",
    );
  }
  const stats = quartileSummary(cycles);
  return {
    members,
    memberCount: members.length,
    membersWithCycle: cycles.length,
    singleDayMembers: members.length - cycles.length,
    skippedRows,
    stats,
    lapsedAfterDays: lapsedAfterDays(stats, multiplier),
    histogram: cycleHistogram(cycles, options),
  };
}

/**
 * The suggested "lapsed after" threshold: Tukey's upper fence of the cycle distribution, Q3 + k·(Q3 − Q1),
 * rounded up to whole days. A member whose days since the last purchase exceed it has waited longer than all
 * but the outlying repeat gaps seen in the population, so a reminder is overdue. The fence uses only the
 * quartiles (shown beside it), so a few very long gaps do not inflate it the way mean + 2·sd would, and it
 * adapts to the spread, unlike a fixed multiple of the median. Cost: O(1).
 *
 * @example lapsedAfterDays({ q1: 7.25, q3: 14.5 }, 1.5) // 26 (14.5 + 1.5 × 7.25 = 25.375, rounded up)
 */
export function lapsedAfterDays(quartiles: Pick<QuartileSummary, "q1" | "q3">, multiplier = 1.5): number {
  const fence = quartiles.q3 + multiplier * (quartiles.q3 - quartiles.q1);
  // Tolerance so that a fence like 19.000000000000004 (binary rounding of an exact 19) stays 19.
  return Math.ceil(fence - 1e-9);
}
