import type { Locale } from "../i18n/locale";
import { memberText } from "../i18n/messages/member";
import type { CategoryCycle } from "../member/cycle-by-category";
import type { CycleHistogramBin } from "../member/cycle-histogram";
import type { PurchaseCycleSummary } from "../member/cycle-summary";
import { MEMBER_FORMATS as F, memberColumn, memberTranslator, skippedNotes } from "./member-format";
import type { ReportTable, ResultSheet, RunRecord } from "./types";

/**
 * The purchase-cycle result sheet: summary ("member.cycle.summary"), histogram ("member.cycle.histogram",
 * drawn as a clustered column chart), cycle by category when given ("member.cycle.category"), and one row
 * per member ("member.cycle.members").
 *
 * @example
 * import { purchaseCycleSummary } from "../member/cycle-summary";
 * const runRecord = { inputAddress: "A1:C4", rowCount: 3, parameters: {}, engineVersion: "0.1.0", timestampIso: "2026-01-02T03:04:05Z" };
 * const summary = purchaseCycleSummary({ memberIds: ["a", "a", "b", "b"], orderDates: [44197, 44207, 44197, 44227] });
 * cycleSheet(summary, "zh-TW", runRecord).baseName // "購買週期"
 */
export function cycleSheet(
  summary: PurchaseCycleSummary,
  locale: Locale,
  runRecord: RunRecord,
  categories?: readonly CategoryCycle[],
): ResultSheet {
  const t = memberTranslator(locale);
  const { stats } = summary;
  const summaryTable: ReportTable = {
    id: "member.cycle.summary",
    title: t("cycleSummaryTitle"),
    notes: [
      t("cycleDefinition"),
      ...(summary.singleDayMembers > 0 ? [t("cycleSingleNote", { count: summary.singleDayMembers })] : []),
      t("lapsedNote"),
      ...skippedNotes(locale, summary.skippedRows),
    ],
    columns: [
      memberColumn(locale, "measure", "colMeasure", F.text),
      {
        ...memberColumn(locale, "value", "colValue", F.general),
        // Counts, then day statistics with one decimal, then the whole-day threshold: read as numbers, not
        // "84.92134831" (issue 12, item 6).
        rowNumberFormats: [
          F.count,
          F.count,
          F.count,
          F.days,
          F.days,
          F.days,
          F.days,
          F.days,
          F.days,
          F.wholeDays,
        ],
      },
    ],
    rows: [
      [t("statMembers"), summary.memberCount],
      [t("statWithCycle"), summary.membersWithCycle],
      [t("statSingle"), summary.singleDayMembers],
      [t("statMean"), stats.mean],
      [t("statMin"), stats.min],
      [t("statQ1"), stats.q1],
      [t("statMedian"), stats.median],
      [t("statQ3"), stats.q3],
      [t("statMax"), stats.max],
      [t("statLapsed"), summary.lapsedAfterDays],
    ],
  };
  const histogramTable: ReportTable = {
    id: "member.cycle.histogram",
    title: t("histogramTitle"),
    columns: [
      memberColumn(locale, "bin", "colCycleBin", F.text),
      memberColumn(locale, "fromDays", "colFromDays", F.wholeDays),
      memberColumn(locale, "toDays", "colToDays", F.wholeDays),
      memberColumn(locale, "members", "colMembers", F.count),
      memberColumn(locale, "memberShare", "colMemberShare", F.share),
    ],
    rows: summary.histogram.map((bin) => [
      binLabel(t, bin),
      bin.lowerDays,
      bin.upperDays,
      bin.members,
      bin.memberShare,
    ]),
  };
  const tables: ReportTable[] = [summaryTable, histogramTable];
  if (categories !== undefined && categories.length > 0) tables.push(categoryTable(locale, categories));
  tables.push({
    id: "member.cycle.members",
    title: t("cycleMembersTitle"),
    columns: [
      memberColumn(locale, "memberId", "colMember", F.text),
      memberColumn(locale, "purchaseDays", "colPurchaseDays", F.count),
      memberColumn(locale, "lastPurchase", "colLastPurchase", F.date),
      memberColumn(locale, "cycleDays", "colCycleDays", F.wholeDays),
    ],
    rows: summary.members.map((member) => [
      member.memberId,
      member.purchaseDays,
      member.lastPurchaseDaySerial,
      member.cycleDays,
    ]),
  });
  return {
    baseName: t("cycleSheet"),
    tables,
    charts: [
      {
        kind: "columnClustered",
        title: t("histogramChart"),
        tableId: "member.cycle.histogram",
        xColumn: "bin",
        yColumns: ["members"],
        xAxisTitle: t("colCycleBin"),
        yAxisTitle: t("colMembers"),
      },
    ],
    runRecord,
  };
}

function categoryTable(locale: Locale, categories: readonly CategoryCycle[]): ReportTable {
  return {
    id: "member.cycle.category",
    title: memberText(locale, "categoryTitle"),
    columns: [
      memberColumn(locale, "category", "colCategory", F.text),
      memberColumn(locale, "members", "colMembers", F.count),
      memberColumn(locale, "membersWithCycle", "colMembersWithCycle", F.count),
      memberColumn(locale, "mean", "statMean", F.days),
      memberColumn(locale, "q1", "statQ1", F.days),
      memberColumn(locale, "median", "statMedian", F.days),
      memberColumn(locale, "q3", "statQ3", F.days),
      memberColumn(locale, "lapsedAfterDays", "statLapsed", F.wholeDays),
    ],
    rows: categories.map((category) => [
      category.category,
      category.members,
      category.membersWithCycle,
      category.stats?.mean ?? null,
      category.stats?.q1 ?? null,
      category.stats?.median ?? null,
      category.stats?.q3 ?? null,
      category.lapsedAfterDays,
    ]),
  };
}

/** "7–13", a one-day bar as "7", the open tail as "30+". */
function binLabel(t: ReturnType<typeof memberTranslator>, bin: CycleHistogramBin): string {
  if (bin.openEnded) return t("binOpen", { from: bin.lowerDays });
  if (bin.lowerDays === bin.upperDays) return String(bin.lowerDays);
  return t("binRange", { from: bin.lowerDays, to: bin.upperDays });
}
