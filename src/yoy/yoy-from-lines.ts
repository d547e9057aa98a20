import { CoreError } from "../errors";
import type { DataQualityLine } from "../promo/data-quality";
import { kpiPack, type KpiPack } from "../promo/kpi-pack";
import { joinProducts } from "../promo/product-join";
import type { ProductTable, TrafficTable, TransactionLines } from "../promo/tables";
import { checkedPeriod, describePeriod, rowsInPeriod, type Period } from "./period";
import {
  partialPeriodWarnings,
  periodCoverage,
  type PeriodCoverage,
  type PeriodWarning,
} from "./period-guard";
import { reconcileTotals, type ReconciliationLine } from "./reconcile";
import { selectLines } from "./select-lines";
import { compareKpiPacks, type YoyRow } from "./yoy-compare";

/** The product and traffic tables that belong to one period (stock and UV are period-specific). */
export interface PeriodTables {
  readonly products?: ProductTable;
  readonly traffic?: TrafficTable;
}

/** One period's KPIs and how they were checked. */
export interface PeriodResult {
  readonly coverage: PeriodCoverage;
  readonly pack: KpiPack;
  readonly reconciliation: readonly ReconciliationLine[];
  readonly quality: readonly DataQualityLine[];
}

export interface YoyResult {
  readonly current: PeriodResult;
  /** null when the previous figures were pasted (see yoyAgainstValues). */
  readonly previous: PeriodResult | null;
  readonly rows: readonly YoyRow[];
  readonly warnings: readonly PeriodWarning[];
}

/**
 * Year over year from one dated export: the KPI pack of the rows in each period (each period joined to its
 * own product and traffic tables), compared KPI by KPI, with the partial-period guard and each pack's totals
 * reconciled against the source sums.
 *
 * Cost: O(lines + products + traffic) per period.
 *
 * @throws CoreError LINES_NOT_DATED, YOY_PERIOD_EMPTY, PERIOD_REVERSED, PERIOD_NOT_WHOLE_DAYS, and joinProducts' codes
 * @example
 * import { yearPeriod } from "./period";
 * const lines = { productKeys: ["A", "A", "A", "A"], units: [1, 1, 1, 1], amounts: [400, 600, 500, 750],
 *   dates: [42370, 42735, 42736, 43100] };
 * yoyFromLines(lines, yearPeriod(2017), yearPeriod(2016)).rows.find((row) => row.key === "gmv")?.changeRatio
 * // { kind: "value", value: 0.25 } (1250 against 1000)
 */
export function yoyFromLines(
  lines: TransactionLines,
  current: Period,
  previous: Period,
  tables: { readonly current?: PeriodTables; readonly previous?: PeriodTables } = {},
  toleranceDays = 1,
): YoyResult {
  const currentResult = periodResult(lines, checkedPeriod(current), tables.current, "current");
  const previousResult = periodResult(lines, checkedPeriod(previous), tables.previous, "previous");
  return {
    current: currentResult,
    previous: previousResult,
    rows: compareKpiPacks(currentResult.pack, previousResult.pack),
    warnings: partialPeriodWarnings(currentResult.coverage, previousResult.coverage, toleranceDays),
  };
}

/** The KPIs, coverage, reconciliation and join quality of the rows of one period. */
export function periodResult(
  lines: TransactionLines,
  period: Period,
  tables: PeriodTables | undefined,
  which: "current" | "previous",
): PeriodResult {
  if (lines.dates === undefined)
    throw new CoreError("LINES_NOT_DATED", "A date column is needed in the lines");
  const rows = rowsInPeriod(lines.dates, period);
  if (rows.length === 0) {
    throw new CoreError(
      "YOY_PERIOD_EMPTY",
      `No line falls in the ${which} period (${describePeriod(period)})`,
    );
  }
  const selected = selectLines(lines, rows);
  const join = joinProducts(selected, tables?.products, tables?.traffic);
  const pack = kpiPack(join.products, join.available);
  return {
    coverage: periodCoverage(lines.dates, period),
    pack,
    reconciliation: reconcileTotals(lines, rows, pack),
    quality: join.quality,
  };
}
