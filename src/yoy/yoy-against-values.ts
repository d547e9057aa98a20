import type { KpiPack } from "../promo/kpi-pack";
import type { TransactionLines } from "../promo/tables";
import { checkedPeriod, type Period } from "./period";
import { partialPeriodWarnings } from "./period-guard";
import { compareKpiPacks } from "./yoy-compare";
import { periodResult, type PeriodTables, type YoyResult } from "./yoy-from-lines";

/**
 * Year over year of this period's computed KPIs against last year's pasted figures (a pack from
 * kpiPackFromValues). The partial-period guard can only check the current period against its own bounds
 * (e.g. data to 2017-06-30 in a 2017 period against a full-year figure).
 *
 * Cost: O(lines + products + traffic).
 *
 * @throws CoreError as yoyFromLines
 */
export function yoyAgainstValues(
  lines: TransactionLines,
  current: Period,
  previousPack: KpiPack,
  tables?: PeriodTables,
  toleranceDays = 1,
): YoyResult {
  const currentResult = periodResult(lines, checkedPeriod(current), tables, "current");
  return {
    current: currentResult,
    previous: null,
    rows: compareKpiPacks(currentResult.pack, previousPack),
    warnings: partialPeriodWarnings(currentResult.coverage, null, toleranceDays),
  };
}
