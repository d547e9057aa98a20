import type { Locale } from "../i18n/locale";
import type { YoySummary } from "../yoy/yoy-summary";
import { yoySummaryRows } from "../yoy/yoy-summary-rows";
import { promoTranslator } from "./promo-format";
import { yoyTable } from "./promo-kpi-table";
import type { ResultSheet, RunRecord } from "./types";

/**
 * The `yoy` command's sheet: the Promotion run's year-over-year table (promo.yoy) of the order-export
 * summary, under the same sheet name, so both doors write one YoY table.
 *
 * @example yoySummarySheet(summary, "en", run).tables[0]?.id // "promo.yoy"
 */
export function yoySummarySheet(summary: YoySummary, locale: Locale, runRecord: RunRecord): ResultSheet {
  return {
    baseName: promoTranslator(locale)("sheet.yoy"),
    tables: [yoyTable({ rows: yoySummaryRows(summary), warnings: summary.warnings }, locale)],
    charts: [],
    runRecord,
  };
}
