import { cohortRetention, type CohortRetention } from "../member/cohort-retention";
import { memberActivityByMonth, type MonthActivity } from "../member/member-activity";
import {
  memberOverviewByMonth,
  type MonthOverview,
  type RegistrationColumns,
} from "../member/member-overview";
import { cohortSheet } from "../report/member-cohorts";
import { optionalDates } from "../table/column-reader";
import type { Table } from "../table/types";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";
import { datedMemberColumns, unlessEmpty, type DatedMemberColumns } from "./member-columns";
import { requireAcceptedShape } from "./input-shapes";
import { tableAsUpstream, type UpstreamRows } from "./upstream-rows";

export interface CohortsResult {
  readonly retention: CohortRetention;
  readonly activity: readonly MonthActivity[];
  /** Present when the table has a registration date column with at least one date. */
  readonly overview: readonly MonthOverview[] | undefined;
  readonly facts: CohortsFacts;
}

export interface CohortsFacts {
  readonly analysis: "cohorts";
  readonly cohorts: number;
  /** Members active in their second month / members of the cohorts that have one; null when none has. */
  readonly secondMonthRetention: number | null;
}

/**
 * Monthly cohort retention (cohort = month of the first order), new / returning / lapsed members per month,
 * and the member overview with registrations when a registration date column is mapped (one without any
 * date is treated as absent).
 *
 * Cost: O(rows + cohorts × months).
 *
 * @throws CoreError INPUT_SHAPE_NOT_ACCEPTED (one row per member), MISSING_COLUMN (memberId, orderDate), COLUMN_TYPE_MISMATCH and cohortRetention's codes
 */
export function cohortsAnalysis(table: Table, context: AnalysisContext): AnalysisRun<CohortsResult> {
  requireAcceptedShape(table, "cohorts");
  const forWhat = "cohorts";
  const orders = datedMemberColumns(table, forWhat);
  const registrationDates = optionalDates(table, "registrationDate", forWhat);
  const registrations =
    registrationDates === undefined ? undefined : { memberIds: orders.memberIds, registrationDates };
  return cohortsAnalysisOfColumns(
    { orders, ...(registrations === undefined ? {} : { registrations }) },
    tableAsUpstream(table),
    context,
  );
}

/** What the cohorts read: dated orders and, optionally, registration dates (a member's earliest counts). */
export interface CohortsColumns {
  readonly orders: DatedMemberColumns;
  readonly registrations?: RegistrationColumns;
}

/**
 * {@link cohortsAnalysis} on columns, which may be aggregated already (the command line's `--engine duckdb`
 * gives one row per member and purchase day, and each member's earliest registration): the rows read and left
 * out upstream are added to the core's own count.
 *
 * Cost: O(rows + cohorts × months).
 *
 * @throws CoreError cohortRetention's codes
 */
export function cohortsAnalysisOfColumns(
  columns: CohortsColumns,
  upstream: UpstreamRows,
  context: AnalysisContext,
): AnalysisRun<CohortsResult> {
  const { orders } = columns;
  const ownRetention = cohortRetention(orders);
  const retention = { ...ownRetention, skippedRows: ownRetention.skippedRows + upstream.skippedRows };
  const activity = memberActivityByMonth(orders).months;
  const registrations = columns.registrations;
  const overview =
    registrations === undefined
      ? undefined
      : unlessEmpty("NO_REGISTRATIONS", () => memberOverviewByMonth(orders, registrations).months);
  let secondMonthActive = 0;
  let secondMonthMembers = 0;
  for (const cohort of retention.cohorts) {
    const active = cohort.activeMembers[1];
    if (active === undefined) continue;
    secondMonthActive += active;
    secondMonthMembers += cohort.members;
  }
  const result: CohortsResult = {
    retention,
    activity,
    overview,
    facts: {
      analysis: "cohorts",
      cohorts: retention.cohorts.length,
      secondMonthRetention: secondMonthMembers === 0 ? null : secondMonthActive / secondMonthMembers,
    },
  };
  return {
    result,
    sheets: lazily(() => [
      cohortSheet(
        { retention, activity, ...(overview === undefined ? {} : { overview }) },
        context.locale,
        analysisRunRecord({ rowCount: upstream.readRowCount }, context, "cohorts"),
      ),
    ]),
  };
}
