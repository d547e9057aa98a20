import type { Locale } from "../i18n/locale";
import { promoMessages, type PromoMessageKey } from "../i18n/messages/promo";
import { AMOUNT_KPI_KEYS, RATIO_KPI_KEYS, type KpiKey } from "../promo/kpi-keys";
import type { KpiValue } from "../promo/kpi-value";
import type { ReportCell, ReportColumn } from "./types";

/** Excel number formats of the promotion sheets. */
export const PROMO_FORMATS = {
  text: "@",
  general: "General",
  count: "#,##0",
  money: "#,##0.00",
  percent: "0.0%",
  ratio: "0.000",
} as const;

/** The promotion catalogue bound to one locale. */
export type PromoTranslator = (
  key: PromoMessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string;

/** The promotion catalogue bound to `locale`. @example promoTranslator("zh-CN")("kpiName.sellThrough") // "售罄率" */
export function promoTranslator(locale: Locale): PromoTranslator {
  return (key, values) => promoMessages(locale, key, values);
}

/** A column with a localised header. */
export function promoColumn(
  t: PromoTranslator,
  key: string,
  headerKey: PromoMessageKey,
  numberFormat: string,
): ReportColumn {
  return { key, header: t(headerKey), numberFormat };
}

/** The number format of a KPI: percent for ratios, 2 decimals for money, whole numbers for counts. */
export function kpiNumberFormat(key: KpiKey): string {
  if (RATIO_KPI_KEYS.includes(key)) return PROMO_FORMATS.percent;
  if (AMOUNT_KPI_KEYS.includes(key)) return PROMO_FORMATS.money;
  return PROMO_FORMATS.count;
}

/** A KPI value as a cell: the number, or the localised reason it has none ("n/a: UV is 0"). */
export function kpiCell(t: PromoTranslator, kpi: KpiValue): ReportCell {
  return kpi.kind === "value" ? kpi.value : undefinedText(t, kpi);
}

/** The localised reason of an undefined KPI value. */
export function undefinedText(t: PromoTranslator, kpi: Extract<KpiValue, { kind: "undefined" }>): string {
  const subject = subjectText(t, kpi.subject);
  if (kpi.code === "DIVISION_BY_ZERO") return t("undefined.divisionByZero", { subject });
  if (kpi.code === "NOT_AVAILABLE") return t("undefined.notAvailable", { subject });
  // A year-over-year change whose current or previous value has none: say which, and where its reason is.
  if (kpi.subject === "previous") return t("undefined.operandPrevious");
  if (kpi.subject === "current") return t("undefined.operandCurrent");
  return t("undefined.operand", { subject });
}

const SUBJECTS = new Set([
  "uv",
  "buyers",
  "productBuyersSum",
  "orders",
  "tagValue",
  "stockValue",
  "units",
  "pricedLines",
  "previous",
  "current",
  "gmv",
  "firstStep",
  "buyerColumn",
  "orderColumn",
  "returnColumns",
  "favourites",
  "addToCart",
  "tagPrice",
  "stock",
  "skuCount",
]);

/** A subject (what is zero or missing) in words; an unknown subject (e.g. a custom funnel step) as given. */
export function subjectText(t: PromoTranslator, subject: string): string {
  return SUBJECTS.has(subject) ? t(`subject.${subject}` as PromoMessageKey) : subject;
}

/**
 * A ratio as a percent for a reason text, with the fewest decimals (1 to 4) that tell it apart from the
 * threshold it is compared with: 0.012 → "1.2%", and 0.0084 against 0.008 → "0.84%", not "0.8%".
 *
 * @example formatPercent(0.012, 0.008) // "1.2%"
 */
export function formatPercent(ratio: number, comparedWith?: number): string {
  let decimals = 1;
  const text = (value: number, places: number): string => `${trimZeros((value * 100).toFixed(places))}%`;
  while (
    comparedWith !== undefined &&
    decimals < 4 &&
    ratio !== comparedWith &&
    text(ratio, decimals) === text(comparedWith, decimals)
  ) {
    decimals++;
  }
  return text(ratio, decimals);
}

/** Trailing zeros of a fixed-point text dropped ("0.80" → "0.8", "1.0" → "1"). */
function trimZeros(fixed: string): string {
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

/** A KPI value as a percent text for reasons, or its localised undefined reason. */
export function percentOrReason(t: PromoTranslator, kpi: KpiValue, comparedWith?: number): string {
  return kpi.kind === "value" ? formatPercent(kpi.value, comparedWith) : undefinedText(t, kpi);
}
