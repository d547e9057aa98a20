import { yoySummarySheet } from "../report/promo-yoy";
import { requireColumn } from "../table/column-access";
import { optionalKeys, optionalNumbers } from "../table/column-reader";
import type { Table } from "../table/types";
import { describePeriod, type Period } from "../yoy/period";
import { yoySummary, type YoySummary } from "../yoy/yoy-summary";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";

export interface YoySettings {
  readonly current: Period;
  readonly previous: Period;
  /** Days a period's data may stop short of its end (or start late) before it is called partial. @default 1 */
  readonly toleranceDays?: number;
}

export const YOY_DEFAULTS = { toleranceDays: 1 } as const satisfies Partial<YoySettings>;

/**
 * Year over year from an order (or order-line) export: per period GMV (Σ amount), orders (distinct order
 * ids, else rows), customers (distinct members), units and aov = GMV / customers, the % change of each, and
 * the partial-period guard. Its sheet is the Promotion run's YoY table (promo.yoy).
 *
 * Cost: O(rows).
 *
 * @throws CoreError MISSING_COLUMN (orderDate, amount), COLUMN_TYPE_MISMATCH, YOY_PERIOD_EMPTY,
 *   PERIOD_REVERSED, PERIOD_NOT_WHOLE_DAYS
 */
export function yoyAnalysis(
  table: Table,
  settings: YoySettings,
  context: AnalysisContext,
): AnalysisRun<YoySummary> {
  const forWhat = "yoy";
  const toleranceDays = settings.toleranceDays ?? YOY_DEFAULTS.toleranceDays;
  const sales = {
    dates: requireColumn(table, "orderDate", forWhat, "date").values,
    amounts: requireColumn(table, "amount", forWhat, "number").values,
    orderKeys: optionalKeys(table, "orderId"),
    memberKeys: optionalKeys(table, "memberId"),
    units: optionalNumbers(table, "quantity", forWhat),
  };
  const summary = yoySummary(sales, settings.current, settings.previous, toleranceDays);
  return yoyAnalysisOfSummary(summary, settings, table.rowCount, context);
}

/**
 * {@link yoyAnalysis} from a summary made elsewhere (the command line's `--engine duckdb`, where DuckDB sums the
 * periods and yoySummaryOfFigures assembles them): the same result and sheet for `readRowCount` rows read.
 *
 * Cost: O(1).
 */
export function yoyAnalysisOfSummary(
  summary: YoySummary,
  settings: YoySettings,
  readRowCount: number,
  context: AnalysisContext,
): AnalysisRun<YoySummary> {
  const toleranceDays = settings.toleranceDays ?? YOY_DEFAULTS.toleranceDays;
  const parameters = {
    current: describePeriod(settings.current),
    previous: describePeriod(settings.previous),
    toleranceDays,
  };
  return {
    result: summary,
    sheets: lazily(() => [
      yoySummarySheet(
        summary,
        context.locale,
        analysisRunRecord({ rowCount: readRowCount }, context, "yoy", parameters),
      ),
    ]),
  };
}
