import { activeMonths } from "./active-months";
import type { DatedOrderColumns } from "./orders";

/** One row of the retention triangle: the members whose first order fell in one month. */
export interface CohortRow {
  /** Month index (year × 12 + month − 1) of the first order; label with monthLabel(). */
  readonly cohortMonth: number;
  /** Members whose first order is in cohortMonth. */
  readonly members: number;
  /**
   * activeMembers[k]: cohort members with at least one order in month cohortMonth + k, for k = 0 … up to the
   * last month in the data (so later cohorts have shorter rows: a triangle). activeMembers[0] = members.
   */
  readonly activeMembers: readonly number[];
  /** retention[k] = activeMembers[k] / members. */
  readonly retention: readonly number[];
}

export interface CohortRetention {
  /** Cohorts in month order; months in which no member placed a first order have no row. */
  readonly cohorts: readonly CohortRow[];
  readonly firstMonth: number;
  readonly lastMonth: number;
  /** Length of the longest row minus one: lastMonth − firstMonth. */
  readonly maxMonthsSince: number;
  readonly skippedRows: number;
}

/**
 * Cohort retention by calendar month: members grouped by the month of their first order, then the number
 * (and share) of each cohort that ordered again k months later. A member counts once per month however many
 * orders they placed; "months since" counts calendar months (an order on Jan 31 and one on Feb 1 are one month
 * apart). Cells after the last month in the data are absent, not 0. Cost: O(rows + members × active months).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, KEY_INVALID, DATE_INVALID, NO_MEMBERS, NO_DATES
 * @example cohortRetention({ memberIds: ["a", "a", "b"], orderDates: [44197, 44228, 44228] }).cohorts.map((c) => c.activeMembers)
 * // [[1, 1], [1]] (a: Jan cohort, back in Feb; b: Feb cohort)
 */
export function cohortRetention(columns: DatedOrderColumns): CohortRetention {
  const { monthsByMember, firstMonth, lastMonth, skippedRows } = activeMonths("cohortRetention", columns);
  const countsByCohort = new Map<number, number[]>();
  for (const months of monthsByMember.values()) {
    const cohortMonth = months[0] as number;
    let counts = countsByCohort.get(cohortMonth);
    if (counts === undefined) {
      counts = new Array<number>(lastMonth - cohortMonth + 1).fill(0);
      countsByCohort.set(cohortMonth, counts);
    }
    for (const month of months) {
      const monthsSince = month - cohortMonth;
      counts[monthsSince] = (counts[monthsSince] as number) + 1;
    }
  }
  const cohorts = [...countsByCohort]
    .sort(([left], [right]) => left - right)
    .map(([cohortMonth, activeMembers]) => {
      const members = activeMembers[0] as number;
      return {
        cohortMonth,
        members,
        activeMembers,
        retention: activeMembers.map((count) => count / members),
      };
    });
  return { cohorts, firstMonth, lastMonth, maxMonthsSince: lastMonth - firstMonth, skippedRows };
}
