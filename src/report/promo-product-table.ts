import type { Locale } from "../i18n/locale";
import type { PromoMessageKey } from "../i18n/messages/promo";
import type { ProductBandDecision } from "../promo/band-rules";
import type { KpiKey } from "../promo/kpi-keys";
import type { KpiPack } from "../promo/kpi-pack";
import type { ProductDecision } from "../promo/rules";
import { formatPercent, kpiCell, PROMO_FORMATS as F, promoColumn, promoTranslator } from "./promo-format";
import { decisionReasonText } from "./promo-text";
import type { ReportTable } from "./types";

/**
 * Each product's figures: column key, the KPI of its own pack, header and format. Over one product the study's
 * 转化率 and the distinct-buyer conversion are the same number (its distinct buyers / its UV), so the column
 * is just "conversion", as the rule that reads it (decideProducts).
 */
const PRODUCT_FIGURES: readonly (readonly [string, KpiKey, PromoMessageKey, string])[] = [
  ["gmv", "gmv", "kpiName.gmv", F.money],
  ["units", "units", "kpiName.units", F.count],
  ["buyers", "buyers", "kpiName.buyers", F.count],
  ["uv", "uv", "kpiName.uv", F.count],
  ["conversion", "conversionStudy", "header.productConversion", F.percent],
  ["sellThrough", "sellThrough", "kpiName.sellThrough", F.percent],
];

/**
 * The product list ("promo.products"): each product's decision and its reason with the numbers, next to its
 * GMV, units, buyers, UV, conversion and sell-through (its own KPI pack, productPacks). Takes per-product decisions (decideProducts) or
 * band decisions (decideBands(...).products); the rule's thresholds go in a note.
 */
export function productDecisionTable(
  packs: ReadonlyMap<string, KpiPack>,
  decisions: readonly ProductDecision[] | readonly ProductBandDecision[],
  locale: Locale,
): ReportTable {
  const t = promoTranslator(locale);
  const firstReason = decisions.find((decision) => decision.reason !== null)?.reason ?? null;
  const isBandRule = decisions.some((decision) => "bandLabel" in decision);
  const notes =
    firstReason === null
      ? []
      : [
          t("note.rule", {
            keep: formatPercent(firstReason.thresholds.keepConversionAbove),
            candidate: formatPercent(firstReason.thresholds.candidateSellThroughAbove),
          }),
        ];
  if (isBandRule) notes.push(t("note.bandRule"));
  return {
    id: "promo.products",
    title: t("table.products"),
    notes,
    columns: [
      promoColumn(t, "product", "header.product", F.text),
      promoColumn(t, "decision", "header.decision", F.text),
      promoColumn(t, "reason", "header.reason", F.text),
      ...PRODUCT_FIGURES.map(([key, , headerKey, numberFormat]) =>
        promoColumn(t, key, headerKey, numberFormat),
      ),
    ],
    rows: decisions.map((decision) => {
      const pack = packs.get(decision.productKey) ?? null;
      const cells = PRODUCT_FIGURES.map(([, packKey]) => (pack === null ? null : kpiCell(t, pack[packKey])));
      return [
        decision.productKey,
        t(`decision.${decision.decision}`),
        productDecisionReasonText(locale, decision),
        ...cells,
      ];
    }),
  };
}

/**
 * A product decision's reason in words: the rule with its numbers, or for a band decision the band and its
 * reason (or why the product is in no band). The command line's JSON uses it in English, the sheets in `locale`.
 *
 * @example
 * import { kpiOf } from "../promo/kpi-value";
 * import { decide } from "../promo/rules";
 * productDecisionReasonText("en", { productKey: "A", ...decide(kpiOf(0.02), kpiOf(0.1)) }) // "conversion 2% > 0.8%"
 */
export function productDecisionReasonText(
  locale: Locale,
  decision: ProductDecision | ProductBandDecision,
): string {
  const t = promoTranslator(locale);
  if (!("bandLabel" in decision)) return decisionReasonText(locale, decision.reason);
  if (decision.reason === null || decision.bandLabel === null) {
    return t("reason.outside", { where: t(`where.${decision.outside ?? "missing"}`) });
  }
  return t("reason.band", { band: decision.bandLabel, reason: decisionReasonText(locale, decision.reason) });
}
