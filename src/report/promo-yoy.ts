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
 * @example
 * import { yearPeriod } from "../yoy/period";
 * import { yoySummary } from "../yoy/yoy-summary";
 * const summary = yoySummary({ dates: [42370, 42736], amounts: [1000, 1250] }, yearPeriod(2017), yearPeriod(2016));
 * const runRecord = { inputAddress: "A1:C4", rowCount: 3, parameters: {}, engineVersion: "0.1.0", timestampIso: "2026-01-02T03:04:05Z" };
 * yoySummarySheet(summary, "en", runRecord).tables[0]?.id // "promo.yoy"
 */
export function yoySummarySheet(summary: YoySummary, locale: Locale, runRecord: RunRecord): ResultSheet {
  return {
    baseName: promoTranslator(locale)("sheet.yoy"),
    tables: [yoyTable({ rows: yoySummaryRows(summary), warnings: summary.warnings }, locale)],
    charts: [],
    runRecord,
  };
}
