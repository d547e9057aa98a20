import { purchaseCycleByCategory, type CategoryCycle } from "../member/cycle-by-category";
import { purchaseCycleSummary, type PurchaseCycleSummary } from "../member/cycle-summary";
import { cycleSheet } from "../report/member-cycle";
import { optionalKeys } from "../table/column-reader";
import type { Table } from "../table/types";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";
import { datedMemberColumns, unlessEmpty } from "./member-columns";
import { requireAcceptedShape } from "./input-shapes";

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
  const columns = datedMemberColumns(table, "cycle");
  const summary = purchaseCycleSummary(columns);
  const categoryCells = optionalKeys(table, "category");
  const categories =
    categoryCells === undefined
      ? undefined
      : unlessEmpty("NO_CATEGORIES", () =>
          purchaseCycleByCategory({
            memberIds: columns.memberIds,
            orderDates: columns.orderDates,
            categories: categoryCells,
          }),
        );
  const result: CycleResult = {
    summary,
    categories,
    facts: { analysis: "cycle", medianDays: summary.stats.median, lapsedAfterDays: summary.lapsedAfterDays },
  };
  return {
    result,
    sheets: lazily(() => [
      cycleSheet(summary, context.locale, analysisRunRecord(table, context, "cycle"), categories),
    ]),
  };
}
