import type { Locale } from "../../src/i18n/locale";
import type { PromotionAnalysis } from "../../src/promo/analyse-promotion";
import type { ProductBandDecision } from "../../src/promo/band-rules";
import { KPI_KEYS, RATIO_KPI_KEYS, type KpiKey } from "../../src/promo/kpi-keys";
import { kpiNumberOrNull, type KpiValue } from "../../src/promo/kpi-value";
import type { ProductDecision } from "../../src/promo/rules";
import { kpiCell, promoTranslator } from "../../src/report/promo-format";
import { kpiName } from "../../src/report/promo-kpi-table";
import { productDecisionReasonText } from "../../src/report/promo-product-table";
import { qualityLineText } from "../../src/report/promo-text";
import { textTable } from "../text-table";
import { textHeading } from "../text-heading";

// The promo command's renderers: the --json document and the text output, both from the use case's result.

type AnyDecision = ProductDecision | ProductBandDecision;

/**
 * { kpis: {key: number|null}, undefined: {key: {code, reason}}, products: [{productId, decision, rule,
 * reason, gmv, units, buyers, uv, conversion, sellThrough, band?}], quality: [{kind, …, text}] }
 */
export function promoJson(analysis: PromotionAnalysis) {
  const { pack, join } = analysis;
  const undefinedKpis = Object.fromEntries(
    KPI_KEYS.flatMap((key) => {
      const kpi: KpiValue = pack[key];
      return kpi.kind === "undefined" ? [[key, { code: kpi.code, reason: kpi.reason }]] : [];
    }),
  );
  const decisions: readonly AnyDecision[] = analysis.decisions;
  return {
    kpis: Object.fromEntries(KPI_KEYS.map((key) => [key, kpiNumberOrNull(pack[key])])),
    undefined: undefinedKpis,
    products: decisions.map((decision) => {
      const own = analysis.productPacks.get(decision.productKey) ?? null;
      const figure = (key: "gmv" | "units" | "buyers" | "uv" | "conversionStudy" | "sellThrough") =>
        own === null ? null : kpiNumberOrNull(own[key]);
      return {
        productId: decision.productKey,
        decision: decision.decision,
        rule: decision.reason?.rule ?? null,
        reason: productDecisionReasonText("en", decision),
        ...("bandLabel" in decision ? { band: decision.bandLabel } : {}),
        gmv: figure("gmv"),
        units: figure("units"),
        buyers: figure("buyers"),
        uv: figure("uv"),
        // One product: the study's 转化率 and the distinct-buyer conversion are the same number.
        conversion: figure("conversionStudy"),
        sellThrough: figure("sellThrough"),
      };
    }),
    quality: join.quality.map((line) => ({ ...line, text: qualityLineText("en", line) })),
  };
}

/** Text output: the KPI table, each product's decision with its reason, and the data-quality lines. */
export function renderPromoText(analysis: PromotionAnalysis, inputAddress: string, locale: Locale): string {
  const t = promoTranslator(locale);
  const kpiRows = KPI_KEYS.map((key) => [kpiName(locale, key), kpiText(t, key, analysis.pack[key])]);
  const decisions: readonly AnyDecision[] = analysis.decisions;
  const productRows = decisions.map((decision) => [
    decision.productKey,
    t(`decision.${decision.decision}`),
    productDecisionReasonText(locale, decision),
  ]);
  const lines = [
    inputAddress,
    "",
    textHeading(t("table.kpis")),
    textTable(kpiRows),
    "",
    textHeading(t("table.products")),
    textTable([[t("header.product"), t("header.decision"), t("header.reason")], ...productRows]),
  ];
  if (analysis.join.quality.length > 0) {
    lines.push(
      "",
      textHeading(t("table.quality")),
      ...analysis.join.quality.map((line) => `  ${qualityLineText(locale, line)}`),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** A KPI for the terminal: ratios as percents, amounts with 2 decimals, or the reason it has none. */
function kpiText(t: ReturnType<typeof promoTranslator>, key: KpiKey, kpi: KpiValue): string {
  const cell = kpiCell(t, kpi);
  if (typeof cell !== "number") return String(cell);
  if (RATIO_KPI_KEYS.includes(key)) return `${(cell * 100).toFixed(2)}%`;
  return Number.isInteger(cell) ? String(cell) : cell.toFixed(2);
}
