import type { Locale } from "../i18n/locale";
import type { AbcRow, ParetoShare } from "../promo/pareto";
import { formatPercent, PROMO_FORMATS as F, promoColumn, promoTranslator } from "./promo-format";
import type { ReportTable } from "./types";

/** The ABC table ("promo.abc"): products by GMV with share, cumulative share and class; rule and Pareto share in notes. */
export function abcTable(
  rows: readonly AbcRow[],
  locale: Locale,
  pareto?: { readonly topFraction: number; readonly result: ParetoShare },
  limits: { readonly aUpTo: number; readonly bUpTo: number } = { aUpTo: 0.8, bUpTo: 0.95 },
): ReportTable {
  const t = promoTranslator(locale);
  const notes = [t("note.abcRule", { a: formatPercent(limits.aUpTo), b: formatPercent(limits.bUpTo) })];
  if (pareto !== undefined) {
    notes.push(
      t("note.pareto", {
        top: formatPercent(pareto.topFraction),
        count: pareto.result.topCount,
        total: pareto.result.itemCount,
        share: formatPercent(pareto.result.share),
      }),
    );
  }
  return {
    id: "promo.abc",
    title: t("table.abc"),
    notes,
    columns: [
      promoColumn(t, "rank", "header.rank", F.count),
      promoColumn(t, "product", "header.product", F.text),
      promoColumn(t, "gmv", "kpiName.gmv", F.money),
      promoColumn(t, "share", "header.share", F.percent),
      promoColumn(t, "cumulativeShare", "header.cumulativeShare", F.percent),
      promoColumn(t, "class", "header.class", F.text),
    ],
    rows: rows.map((row) => [row.rank, row.key, row.value, row.share, row.cumulativeShare, row.abcClass]),
  };
}
