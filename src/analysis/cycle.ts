import {
  purchaseCycleByCategory,
  type CategoryCycle,
  type CategoryCycleColumns,
} from "../member/cycle-by-category";
import { purchaseCycleSummary, type PurchaseCycleSummary } from "../member/cycle-summary";
import { cycleSheet } from "../report/member-cycle";
import { optionalKeys } from "../table/column-reader";
import type { Table } from "../table/types";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";
import { datedMemberColumns, unlessEmpty, type DatedMemberColumns } from "./member-columns";
import { requireAcceptedShape } from "./input-shapes";
import { tableAsUpstream, type UpstreamRows } from "./upstream-rows";

export interface CycleResult {
  readonly summary: PurchaseCycleSummary;
  /** Per category, when the table has a category column with at least one value. */
  readonly categories: readonly CategoryCycle[] | undefined;
  readonly facts: CycleFacts;
}

/** The numbers behind the pane's summary in words. */
export interface CycleFacts {
  readonly analysis: "cycle";
  readonly medianDays: number;
  readonly lapsedAfterDays: number;
}

/**
 * Purchase cycle: days between each member's last two distinct purchase days, their mean and quartiles (R
 * type 7), the lapsed-after threshold, and the same per category when a category column is mapped (a
 * category column without any value is treated as absent).
 *
 * Cost: O(rows log rows).
 *
 * @throws CoreError INPUT_SHAPE_NOT_ACCEPTED (one row per member), MISSING_COLUMN (memberId, orderDate), COLUMN_TYPE_MISMATCH, NO_REPEAT_PURCHASES (nobody bought on two different days) and the rest of
 *   purchaseCycleSummary's codes
 */
export function cycleAnalysis(table: Table, context: AnalysisContext): AnalysisRun<CycleResult> {
  requireAcceptedShape(table, "cycle");
  const orders = datedMemberColumns(table, "cycle");
  const categoryCells = optionalKeys(table, "category");
  const categories =
    categoryCells === undefined
      ? undefined
      : { memberIds: orders.memberIds, orderDates: orders.orderDates, categories: categoryCells };
  return cycleAnalysisOfColumns(
    { orders, ...(categories === undefined ? {} : { categories }) },
    tableAsUpstream(table),
    context,
  );
}

/** What the purchase cycle reads: orders (lines of one order id are one order) and, optionally, category lines. */
export interface CycleColumns {
  readonly orders: DatedMemberColumns;
  /** Lines with a category: each line dated by itself (purchaseCycleByCategory). */
  readonly categories?: CategoryCycleColumns;
}

/**
 * {@link cycleAnalysis} on columns, which may be aggregated already (the command line's `--engine duckdb` gives
 * one row per member and purchase day, and per member, day and category): the rows read and left out upstream
 * are added to the core's own count.
 *
 * Cost: O(rows log rows).
 *
 * @throws CoreError NO_REPEAT_PURCHASES and the rest of purchaseCycleSummary's codes
 */
export function cycleAnalysisOfColumns(
  columns: CycleColumns,
  upstream: UpstreamRows,
  context: AnalysisContext,
): AnalysisRun<CycleResult> {
  const ownSummary = purchaseCycleSummary(columns.orders);
  const summary = { ...ownSummary, skippedRows: ownSummary.skippedRows + upstream.skippedRows };
  const categoryColumns = columns.categories;
  const categories =
    categoryColumns === undefined
      ? undefined
      : unlessEmpty("NO_CATEGORIES", () => purchaseCycleByCategory(categoryColumns));
  const result: CycleResult = {
    summary,
    categories,
    facts: { analysis: "cycle", medianDays: summary.stats.median, lapsedAfterDays: summary.lapsedAfterDays },
  };
  return {
    result,
    sheets: lazily(() => [
      cycleSheet(
        summary,
        context.locale,
        analysisRunRecord({ rowCount: upstream.readRowCount }, context, "cycle"),
        categories,
      ),
    ]),
  };
}
