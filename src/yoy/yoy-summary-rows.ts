import type { KpiKey } from "../promo/kpi-keys";
import { kpiOf, notAvailable, type KpiValue } from "../promo/kpi-value";
import { yoyChange, type YoyRow } from "./yoy-compare";
import type { PeriodSummary, SummaryKey, YoySummary } from "./yoy-summary";

/**
 * The KPI each figure of the order-export summary is: customers are distinct buyers and aov is GMV / distinct
 * buyers, the KPI pack's buyers and spendPerDistinctBuyer (not the study's 客单价, which needs per-product
 * buyer counts that an order export without products does not have).
 */
export const SUMMARY_KPI: Readonly<Record<SummaryKey, KpiKey>> = {
  gmv: "gmv",
  orders: "orders",
  customers: "buyers",
  units: "units",
  aov: "spendPerDistinctBuyer",
};

const SUMMARY_KEYS: readonly SummaryKey[] = ["gmv", "orders", "customers", "units", "aov"];

/**
 * The order-export summary as the rows of the one year-over-year table both doors write (promo.yoy): per
 * figure its KPI key, current and previous value, change and % change (change / |previous|, as yoySummary).
 * A figure the summary could not compute says why: no member column, no units column, or no customers.
 *
 * Cost: O(1).
 *
 * @example
 * import { yearPeriod } from "./period";
 * import { yoySummary } from "./yoy-summary";
 * const summary = yoySummary({ dates: [42370, 42735, 42736, 43100], amounts: [400, 600, 500, 750] }, yearPeriod(2017), yearPeriod(2016));
 * yoySummaryRows(summary).find((row) => row.key === "gmv")?.changeRatio // { kind: "value", value: 0.25 }
 */
export function yoySummaryRows(summary: YoySummary): YoyRow[] {
  return SUMMARY_KEYS.map((key) => {
    const current = figure(summary.current, key);
    const previous = figure(summary.previous, key);
    return { key: SUMMARY_KPI[key], current, previous, ...yoyChange(current, previous) };
  });
}

/** One period's figure as a KPI value, or the reason it has none. */
function figure(period: PeriodSummary, key: SummaryKey): KpiValue {
  const value = period[key];
  if (value !== null) return kpiOf(value);
  if (key === "units") return notAvailable("units");
  if (key === "aov" && period.customers === 0) {
    return {
      kind: "undefined",
      code: "DIVISION_BY_ZERO",
      subject: "buyers",
      reason: "division by zero: buyers is 0",
    };
  }
  return notAvailable("buyerColumn");
}
