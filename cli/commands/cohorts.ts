import { isCoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import { cohortRetention, type CohortRetention } from "../../src/member/cohort-retention";
import { monthLabel } from "../../src/dates/month-index";
import { memberActivityByMonth, type MonthActivity } from "../../src/member/member-activity";
import { memberOverviewByMonth, type MonthOverview } from "../../src/member/member-overview";
import { cohortSheet } from "../../src/report/member-cohorts";
import type { ResultSheet } from "../../src/report/types";
import { columnByRole } from "../../src/table/column-access";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { dateValues, loadMemberInput, memberRunRecord, type MemberInput } from "./member-input";
import { sheetsText } from "./sheet-text";

export interface CohortsResult {
  readonly input: MemberInput;
  readonly retention: CohortRetention;
  readonly activity: readonly MonthActivity[];
  /** The member overview, when a registration date column has values. */
  readonly overview: readonly MonthOverview[] | undefined;
}

type Labelled<T, K extends keyof T> = Omit<T, K> & { readonly [P in K]: string };

export interface CohortsJson {
  /** Months as "yyyy-mm". */
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly maxMonthsSince: number;
  /** activeMembers[k] / retention[k]: members of the cohort who ordered k months after their first month. */
  readonly cohorts: readonly {
    readonly cohort: string;
    readonly members: number;
    readonly activeMembers: readonly number[];
    readonly retention: readonly number[];
  }[];
  readonly activity: readonly Labelled<MonthActivity, "month">[];
  readonly overview: readonly Labelled<MonthOverview, "month">[] | null;
  readonly skippedRows: number;
}

/** `cohorts --input FILE`: retention by first-order month, new / returning / lapsed, member overview. */
export const cohortsCommand = defineCommand<CohortsResult>({
  usage: [
    "cohorts --input FILE [--member COL] [--date COL] [--order COL] [--registration-date COL] [--json]",
    "        [--out FILE.xlsx]",
    "",
    'Months are calendar months ("yyyy-mm"). --json prints {firstMonth, lastMonth, maxMonthsSince,',
    "cohorts: [{cohort, members, activeMembers: [k = 0, 1, …], retention: [...]}], activity: [{month, active,",
    "new, returning, retained, lapsed}], overview: [{month, registeredMembers, newRegistrations, orderingMembers,",
    "newOrdering, existingOrdering, unregisteredOrdering, orderingShare}] | null (without registration dates),",
    "skippedRows}.",
  ].join("\n"),
  options: { ...INPUT_OPTIONS, ...COLUMN_OPTIONS },
  async run(args) {
    const input = await loadMemberInput(args, "cohorts");
    const { table } = input.loaded;
    const columns = {
      memberIds: input.memberIds,
      orderIds: input.orderIds,
      orderDates: dateValues(table, "cohorts"),
    };
    const retention = cohortRetention(columns);
    const { months: activity } = memberActivityByMonth(columns);
    let overview: readonly MonthOverview[] | undefined;
    if (columnByRole(table, "registrationDate") !== null) {
      const registrationDates = dateValues(table, "cohorts", "registrationDate");
      overview = overviewOrNone(
        () => memberOverviewByMonth(columns, { memberIds: input.memberIds, registrationDates }).months,
      );
    }
    return { input, retention, activity, overview };
  },
  toJson({ retention, activity, overview }): CohortsJson {
    return {
      firstMonth: monthLabel(retention.firstMonth),
      lastMonth: monthLabel(retention.lastMonth),
      maxMonthsSince: retention.maxMonthsSince,
      cohorts: retention.cohorts.map(({ cohortMonth, members, activeMembers, retention: shares }) => ({
        cohort: monthLabel(cohortMonth),
        members,
        activeMembers,
        retention: shares,
      })),
      activity: activity.map((month) => ({ ...month, month: monthLabel(month.month) })),
      overview: overview?.map((month) => ({ ...month, month: monthLabel(month.month) })) ?? null,
      skippedRows: retention.skippedRows,
    };
  },
  renderText: (result, locale) =>
    sheetsText(cohortSheets(result, locale), [result.input.loaded.inputAddress]),
  resultSheets: cohortSheets,
});

function cohortSheets(
  { input, retention, activity, overview }: CohortsResult,
  locale: Locale,
): ResultSheet[] {
  return [
    cohortSheet(
      { retention, activity, ...(overview === undefined ? {} : { overview }) },
      locale,
      memberRunRecord(input),
    ),
  ];
}

/** A registration column without a single date is treated as absent. */
function overviewOrNone(compute: () => readonly MonthOverview[]): readonly MonthOverview[] | undefined {
  try {
    return compute();
  } catch (error) {
    if (isCoreError(error) && error.code === "NO_REGISTRATIONS") return undefined;
    throw error;
  }
}
