import type { Locale } from "../i18n/locale";
import type { PromoMessageKey } from "../i18n/messages/promo";
import { KPI_KEYS, type KpiKey } from "../promo/kpi-keys";
import type { KpiPack } from "../promo/kpi-pack";
import type { ReconciliationLine } from "../yoy/reconcile";
import type { YoyResult } from "../yoy/yoy-from-lines";
import { kpiCell, kpiNumberFormat, PROMO_FORMATS as F, promoColumn, promoTranslator } from "./promo-format";
import { periodWarningText } from "./promo-text";
import type { ReportTable } from "./types";

/**
 * The KPI table ("promo.kpis"): one row per KPI with its localised name, value (or the reason it has none)
 * and its definition written next to it. Values keep their own scale (ratios as fractions); the value
 * column mixes money, counts and ratios, so each row has its KPI's format (percent, 2 decimals, whole number).
 *
 * @example
 * import { kpiPack } from "../promo/kpi-pack";
 * import { joinProducts } from "../promo/product-join";
 * const join = joinProducts({ productKeys: ["A", "A", "B"], units: [1, 1, 2], amounts: [100, 100, 600] });
 * kpiTable(kpiPack(join.products, join.available), "en").rows[0]
 * // ["gmv", "GMV", 800, "Gross merchandise value: Σ line amount, returns included."]
 */
export function kpiTable(pack: KpiPack, locale: Locale): ReportTable {
  const t = promoTranslator(locale);
  return {
    id: "promo.kpis",
    title: t("table.kpis"),
    columns: [
      { key: "key", header: "", numberFormat: F.text, rowKey: true },
      promoColumn(t, "kpi", "header.kpi", F.text),
      {
        ...promoColumn(t, "value", "header.value", F.general),
        rowNumberFormats: KPI_KEYS.map((key) => (pack[key].kind === "value" ? kpiNumberFormat(key) : F.text)),
      },
      promoColumn(t, "definition", "header.definition", F.text),
    ],
    rows: KPI_KEYS.map((key) => [
      key,
      kpiName(locale, key),
      kpiCell(t, pack[key]),
      kpiDefinition(locale, key),
    ]),
  };
}

/** A KPI's localised name. @example kpiName("zh-TW", "sellThrough") // "售罄率" */
export function kpiName(locale: Locale, key: KpiKey): string {
  return promoTranslator(locale)(`kpiName.${key}` as PromoMessageKey);
}

/**
 * A KPI's localised definition.
 *
 * @example kpiDefinition("en", "aovStudy") // "The study's 客单价 (average order value): GMV / buyers summed over products."
 */
export function kpiDefinition(locale: Locale, key: KpiKey): string {
  return promoTranslator(locale)(`kpiDefinition.${key}` as PromoMessageKey);
}

/**
 * The year-over-year table ("promo.yoy"), the one both doors write: per KPI the current and previous value,
 * the change and the % change (or the reason one has none), with the partial-period warnings as notes. The
 * Promotion run gives it yoyFromLines' result (every KPI); the `yoy` command the order-export summary's rows
 * (yoySummaryRows: GMV, orders, buyers, units, spend per buyer).
 *
 * @example
 * import { yearPeriod } from "../yoy/period";
 * import { yoySummary } from "../yoy/yoy-summary";
 * import { yoySummaryRows } from "../yoy/yoy-summary-rows";
 * const sales = { dates: [42370, 42735, 42736, 43100], amounts: [400, 600, 500, 750] };
 * const summary = yoySummary(sales, yearPeriod(2017), yearPeriod(2016));
 * yoyTable({ rows: yoySummaryRows(summary), warnings: summary.warnings }, "en").rows[0] // ["gmv", "GMV", 1250, 1000, 250, 0.25]
 */
export function yoyTable(result: Pick<YoyResult, "rows" | "warnings">, locale: Locale): ReportTable {
  const t = promoTranslator(locale);
  return {
    id: "promo.yoy",
    title: t("table.yoy"),
    notes: result.warnings.map((warning) => periodWarningText(locale, warning)),
    columns: [
      { key: "key", header: "", numberFormat: F.text, rowKey: true },
      promoColumn(t, "kpi", "header.kpi", F.text),
      promoColumn(t, "current", "header.current", F.general),
      promoColumn(t, "previous", "header.previous", F.general),
      promoColumn(t, "change", "header.change", F.general),
      promoColumn(t, "changeRatio", "header.changePercent", F.percent),
    ],
    rows: result.rows.map((row) => [
      row.key,
      kpiName(locale, row.key),
      kpiCell(t, row.current),
      kpiCell(t, row.previous),
      kpiCell(t, row.change),
      kpiCell(t, row.changeRatio),
    ]),
  };
}

/** The reconciliation table ("promo.reconciliation"): each period's totals against the source sums. */
export function reconciliationTable(
  periods: readonly { readonly label: string; readonly lines: readonly ReconciliationLine[] }[],
  locale: Locale,
): ReportTable {
  const t = promoTranslator(locale);
  const allMatch = periods.every((period) => period.lines.every((line) => line.matches));
  return {
    id: "promo.reconciliation",
    title: t("table.reconciliation"),
    notes: [t(allMatch ? "note.reconciledOk" : "note.reconciledGap")],
    columns: [
      promoColumn(t, "period", "header.period", F.text),
      promoColumn(t, "kpi", "header.kpi", F.text),
      promoColumn(t, "sourceTotal", "header.sourceTotal", F.money),
      promoColumn(t, "packTotal", "header.packTotal", F.money),
      promoColumn(t, "difference", "header.difference", F.money),
      promoColumn(t, "matches", "header.matches", F.general),
    ],
    rows: periods.flatMap((period) =>
      period.lines.map((line) => [
        period.label,
        kpiName(locale, line.key),
        line.sourceTotal,
        line.packTotal,
        line.difference,
        line.matches,
      ]),
    ),
  };
}
