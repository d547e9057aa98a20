import type { Locale } from "../i18n/locale";
import type { CohortRetention } from "../member/cohort-retention";
import { serialOfMonthStart } from "../dates/month-index";
import type { MonthActivity } from "../member/member-activity";
import type { MonthOverview } from "../member/member-overview";
import { MEMBER_FORMATS as F, memberColumn, memberTranslator, skippedNotes } from "./member-format";
import type { ReportCell, ReportColumn, ReportTable, ResultSheet, RunRecord } from "./types";

/**
 * Ids of the two cohort triangles. Like the timing heat table, the retention triangle reads best with a
 * colour scale, which the workbook port applies by id (report/types.ts has no formatting hint yet).
 */
export const COHORT_COUNTS_TABLE_ID = "member.cohort.counts";
export const COHORT_RETENTION_TABLE_ID = "member.cohort.retention";

/**
 * The cohort result sheet: the retention triangle as counts and as shares (months since the first order
 * across, first-order months down, cells after the data's last month left empty), new / returning / lapsed
 * members per month ("member.cohort.activity", with a line chart), and the member overview
 * ("member.cohort.overview") when registration data was given. Months are written as the serial of the
 * month's first day with the format "yyyy-mm".
 *
 * @example
 * import { cohortRetention } from "../member/cohort-retention";
 * import { memberActivityByMonth } from "../member/member-activity";
 * const runRecord = { inputAddress: "A1:C4", rowCount: 3, parameters: {}, engineVersion: "0.1.0", timestampIso: "2026-01-02T03:04:05Z" };
 * const columns = { memberIds: ["a", "a", "b"], orderDates: [44197, 44228, 44228] };
 * const parts = { retention: cohortRetention(columns), activity: memberActivityByMonth(columns).months };
 * cohortSheet(parts, "en", runRecord).tables.map((table) => table.id)
 * // ["member.cohort.counts", "member.cohort.retention", "member.cohort.activity"]
 */
export function cohortSheet(
  parts: {
    readonly retention: CohortRetention;
    readonly activity: readonly MonthActivity[];
    readonly overview?: readonly MonthOverview[];
  },
  locale: Locale,
  runRecord: RunRecord,
): ResultSheet {
  const t = memberTranslator(locale);
  const { retention, activity, overview } = parts;
  const width = retention.maxMonthsSince + 1;
  const sinceColumns = (format: string): ReportColumn[] =>
    Array.from({ length: width }, (_, k) => memberColumn(locale, `m${k}`, "colMonthsSince", format, { k }));
  const triangle = (values: (row: CohortRetention["cohorts"][number]) => readonly number[]): ReportCell[][] =>
    retention.cohorts.map((cohort) => {
      const cells = values(cohort);
      return [
        serialOfMonthStart(cohort.cohortMonth),
        cohort.members,
        ...Array.from({ length: width }, (_, k) => cells[k] ?? null),
      ];
    });
  const leadColumns = [
    memberColumn(locale, "cohort", "colCohort", F.month),
    memberColumn(locale, "members", "colMembers", F.count),
  ];
  const tables: ReportTable[] = [
    {
      id: COHORT_COUNTS_TABLE_ID,
      title: t("cohortCountsTitle"),
      notes: [t("cohortNote"), ...skippedNotes(locale, retention.skippedRows)],
      columns: [...leadColumns, ...sinceColumns(F.count)],
      rows: triangle((cohort) => cohort.activeMembers),
    },
    {
      id: COHORT_RETENTION_TABLE_ID,
      title: t("cohortRetentionTitle"),
      columns: [...leadColumns, ...sinceColumns(F.share)],
      heatmapColumns: sinceColumns(F.share).map((column) => column.key),
      rows: triangle((cohort) => cohort.retention),
    },
    {
      id: "member.cohort.activity",
      title: t("activityTitle"),
      notes: [t("activityNote")],
      columns: [
        memberColumn(locale, "month", "colMonth", F.month),
        memberColumn(locale, "active", "colActive", F.count),
        memberColumn(locale, "new", "colNew", F.count),
        memberColumn(locale, "returning", "colReturning", F.count),
        memberColumn(locale, "retained", "colRetained", F.count),
        memberColumn(locale, "lapsed", "colLapsed", F.count),
      ],
      rows: activity.map((month) => [
        serialOfMonthStart(month.month),
        month.active,
        month.new,
        month.returning,
        month.retained,
        month.lapsed,
      ]),
    },
  ];
  if (overview !== undefined) tables.push(overviewTable(locale, overview));
  return {
    baseName: t("cohortSheet"),
    tables,
    charts: [
      {
        kind: "line",
        title: t("activityChart"),
        tableId: "member.cohort.activity",
        xColumn: "month",
        yColumns: ["new", "returning", "lapsed"],
        xAxisTitle: t("colMonth"),
        yAxisTitle: t("colMembers"),
      },
    ],
    runRecord,
  };
}

function overviewTable(locale: Locale, overview: readonly MonthOverview[]): ReportTable {
  const t = memberTranslator(locale);
  return {
    id: "member.cohort.overview",
    title: t("overviewTitle"),
    notes: [t("overviewNote")],
    columns: [
      memberColumn(locale, "month", "colMonth", F.month),
      memberColumn(locale, "registeredMembers", "colRegistered", F.count),
      memberColumn(locale, "newRegistrations", "colNewRegistrations", F.count),
      memberColumn(locale, "orderingMembers", "colOrdering", F.count),
      memberColumn(locale, "orderingShare", "colOrderingShare", F.share),
      memberColumn(locale, "newOrdering", "colNewOrdering", F.count),
      memberColumn(locale, "existingOrdering", "colExistingOrdering", F.count),
      memberColumn(locale, "unregisteredOrdering", "colUnregistered", F.count),
    ],
    rows: overview.map((month) => [
      serialOfMonthStart(month.month),
      month.registeredMembers,
      month.newRegistrations,
      month.orderingMembers,
      month.orderingShare,
      month.newOrdering,
      month.existingOrdering,
      month.unregisteredOrdering,
    ]),
  };
}
