import type { Locale } from "../i18n/locale";
import type { ParetoSummary } from "../member/pareto";
import {
  MEMBER_FORMATS as F,
  memberColumn,
  memberTranslator,
  percentText,
  skippedNotes,
} from "./member-format";
import type { ResultSheet, RunRecord } from "./types";

/**
 * The Pareto result sheet: the concentration summary ("member.pareto.summary", one row: members, top
 * share, top members, their revenue and share, Gini; for a per-member table a note naming the total-amount
 * column read) and the Lorenz curve ("member.pareto.lorenz") drawn as a line chart
 * beside the equal-spending diagonal.
 *
 * @example
 * import { paretoShare } from "../member/pareto";
 * const runRecord = { inputAddress: "A1:C4", rowCount: 3, parameters: {}, engineVersion: "0.1.0", timestampIso: "2026-01-02T03:04:05Z" };
 * const pareto = paretoShare({ memberIds: ["a", "b", "a", "c", "d", "e"], amounts: [30, 20, 20, 10, 10, 10] });
 * paretoSheet(pareto, "en", runRecord).charts[0]?.yColumns // ["revenueShare", "equality"]
 */
export function paretoSheet(
  pareto: ParetoSummary & { readonly skippedRows?: number },
  locale: Locale,
  runRecord: RunRecord,
  /** The per-member table's total-amount column the revenues came from; null for order lines. */
  totalsColumn: string | null = null,
): ResultSheet {
  const t = memberTranslator(locale);
  return {
    baseName: t("paretoSheet"),
    tables: [
      {
        id: "member.pareto.summary",
        title: t("paretoTitle"),
        notes: [
          t("paretoNote", {
            top: percentText(pareto.top),
            customers: pareto.customers,
            topMembers: pareto.topMembers,
            share: percentText(pareto.revenueShare),
          }),
          ...(totalsColumn === null ? [] : [t("paretoPerMemberNote", { column: totalsColumn })]),
          ...skippedNotes(locale, pareto.skippedRows ?? 0, "member"),
        ],
        columns: [
          memberColumn(locale, "customers", "statCustomers", F.count),
          memberColumn(locale, "top", "statTop", F.share),
          memberColumn(locale, "topMembers", "statTopMembers", F.count),
          memberColumn(locale, "topRevenue", "statTopRevenue", F.money),
          memberColumn(locale, "totalRevenue", "statTotalRevenue", F.money),
          memberColumn(locale, "revenueShare", "statRevenueShare", F.share),
          memberColumn(locale, "gini", "statGini", F.ratio),
        ],
        rows: [
          [
            pareto.customers,
            pareto.top,
            pareto.topMembers,
            pareto.topRevenue,
            pareto.totalRevenue,
            pareto.revenueShare,
            pareto.gini,
          ],
        ],
      },
      {
        id: "member.pareto.lorenz",
        title: t("lorenzTitle"),
        notes: [t("lorenzNote")],
        columns: [
          memberColumn(locale, "memberShare", "colCumMemberShare", F.share),
          memberColumn(locale, "revenueShare", "colCumRevenueShare", F.share),
          memberColumn(locale, "equality", "colEquality", F.share),
        ],
        rows: pareto.lorenz.map((point) => [point.memberShare, point.revenueShare, point.memberShare]),
      },
    ],
    charts: [
      {
        kind: "line",
        title: t("lorenzChart"),
        tableId: "member.pareto.lorenz",
        xColumn: "memberShare",
        yColumns: ["revenueShare", "equality"],
        xAxisTitle: t("colCumMemberShare"),
        yAxisTitle: t("colCumRevenueShare"),
      },
    ],
    runRecord,
  };
}
