import type { Locale } from "../i18n/locale";
import type { CartCategoryView } from "../promo/cart-view";
import type { CategoryRow } from "../promo/category-view";
import type { DataQualityLine } from "../promo/data-quality";
import type { Funnel } from "../promo/funnel";
import { isKpiKey } from "../promo/kpi-keys";
import { formatPercent, kpiCell, PROMO_FORMATS as F, promoColumn, promoTranslator } from "./promo-format";
import { kpiName } from "./promo-kpi-table";
import { qualityLineText } from "./promo-text";
import type { ReportTable } from "./types";

/** The funnel table ("promo.funnel") with the weakest step named in a note. */
export function funnelTable(result: Funnel, locale: Locale): ReportTable {
  const t = promoTranslator(locale);
  const stepName = (key: string): string => (isKpiKey(key) ? kpiName(locale, key) : key);
  const weakest = result.weakestStep;
  return {
    id: "promo.funnel",
    title: t("table.funnel"),
    notes: [
      weakest === null
        ? t("note.noWeakestStep")
        : t("note.weakestStep", {
            step: stepName(weakest.key),
            conversion: formatPercent(weakest.stepConversion),
          }),
      ...result.steps.flatMap((step, index) => {
        const previous = result.steps[index - 1];
        if (previous === undefined || step.dropOffCount >= 0 || step.stepConversion.kind !== "value")
          return [];
        const names = { step: stepName(step.key), previous: stepName(previous.key) };
        return [t("note.stepGrew", { ...names, ratio: formatPercent(step.stepConversion.value) })];
      }),
    ],
    columns: [
      promoColumn(t, "step", "header.step", F.text),
      promoColumn(t, "count", "header.count", F.count),
      promoColumn(t, "stepConversion", "header.stepConversion", F.percent),
      promoColumn(t, "conversionFromFirst", "header.conversionFromFirst", F.percent),
      promoColumn(t, "dropOff", "header.dropOff", F.count),
      promoColumn(t, "dropOffRatio", "header.dropOffRatio", F.percent),
    ],
    rows: result.steps.map((step, index) => {
      const previous = result.steps[index - 1];
      // A step larger than the one before (more add-to-cart than visitors) has no drop-off: say what it means.
      const grew =
        previous !== undefined && step.dropOffCount < 0
          ? t("undefined.stepGrew", { step: stepName(step.key), previous: stepName(previous.key) })
          : null;
      return [
        stepName(step.key),
        step.count,
        index === 0 ? null : kpiCell(t, step.stepConversion),
        kpiCell(t, step.conversionFromFirst),
        grew ?? step.dropOffCount,
        index === 0 ? null : (grew ?? kpiCell(t, step.dropOffRatio)),
      ];
    }),
  };
}

/** The category table ("promo.categories"): units, revenue and distinct products per category. */
export function categoryTable(
  rows: readonly CategoryRow[],
  locale: Locale,
  notes: readonly string[] = [],
): ReportTable {
  const t = promoTranslator(locale);
  return {
    id: "promo.categories",
    title: t("table.categories"),
    notes,
    columns: [
      promoColumn(t, "category", "header.category", F.text),
      promoColumn(t, "lines", "header.lines", F.count),
      promoColumn(t, "units", "kpiName.units", F.count),
      promoColumn(t, "revenue", "header.revenue", F.money),
      promoColumn(t, "distinctProducts", "header.distinctProducts", F.count),
    ],
    rows: rows.map((row) => [
      row.category ?? t("category.none"),
      row.lineCount,
      row.units,
      row.revenue,
      row.distinctProducts,
    ]),
  };
}

/** The cart table ("promo.cart"): carts of members who did not order, per category, listed vs delisted. */
export function cartTable(view: CartCategoryView, locale: Locale): ReportTable {
  const t = promoTranslator(locale);
  return {
    id: "promo.cart",
    title: t("table.cart"),
    notes: [t("note.cartExcluded", { count: view.excludedItems })],
    columns: [
      promoColumn(t, "category", "header.category", F.text),
      promoColumn(t, "listedItems", "header.listedItems", F.count),
      promoColumn(t, "listedUnits", "header.listedUnits", F.count),
      promoColumn(t, "delistedItems", "header.delistedItems", F.count),
      promoColumn(t, "delistedUnits", "header.delistedUnits", F.count),
      promoColumn(t, "statusMissingItems", "header.statusMissingItems", F.count),
    ],
    rows: view.rows.map((row) => [
      row.category ?? t("category.none"),
      row.listed.items,
      row.listed.units,
      row.delisted.items,
      row.delisted.units,
      row.statusMissing.items,
    ]),
  };
}

/** The data-quality table ("promo.quality"): one line per finding of the join, in words. */
export function qualityTable(lines: readonly DataQualityLine[], locale: Locale): ReportTable {
  const t = promoTranslator(locale);
  return {
    id: "promo.quality",
    title: t("table.quality"),
    columns: [promoColumn(t, "issue", "header.issue", F.text)],
    rows: lines.map((line) => [qualityLineText(locale, line)]),
  };
}
