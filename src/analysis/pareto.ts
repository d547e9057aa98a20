import { paretoShare, type ParetoSummary } from "../member/pareto";
import { paretoSheet } from "../report/member-pareto";
import { requireColumn } from "../table/column-access";
import type { Table } from "../table/types";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";
import { memberColumns } from "./member-columns";
import { requireAcceptedShape } from "./input-shapes";

export interface ParetoSettings {
  /** The "top x %" as a fraction, 0 < x ≤ 1. @default 0.2 */
  readonly topShare?: number;
}

export const PARETO_DEFAULTS = { topShare: 0.2 } as const satisfies ParetoSettings;

export interface ParetoResult {
  readonly pareto: ParetoSummary & { readonly skippedRows: number };
  readonly facts: ParetoFacts;
}

export interface ParetoFacts {
  readonly analysis: "pareto";
  readonly top: number;
  readonly revenueShare: number;
}

/**
 * Share of revenue held by the top x % of members (the ⌈x × members⌉ largest spenders; revenue = the sum
 * of the amount column over a member's rows), with the Lorenz curve and the Gini coefficient.
 *
 * Cost: O(rows + members log members).
 *
 * @throws CoreError INPUT_SHAPE_NOT_ACCEPTED (one row per member), MISSING_COLUMN (memberId, amount), COLUMN_TYPE_MISMATCH, TOP_SHARE_OUT_OF_RANGE and
 *   paretoShare's other codes
 */
export function paretoAnalysis(
  table: Table,
  settings: ParetoSettings,
  context: AnalysisContext,
): AnalysisRun<ParetoResult> {
  requireAcceptedShape(table, "pareto");
  const forWhat = "pareto";
  const topShare = settings.topShare ?? PARETO_DEFAULTS.topShare;
  const { memberIds } = memberColumns(table, forWhat);
  const amounts = requireColumn(table, "amount", forWhat, "number").values;
  const pareto = paretoShare({ memberIds, amounts }, { topShare });
  return {
    result: { pareto, facts: { analysis: "pareto", top: pareto.top, revenueShare: pareto.revenueShare } },
    sheets: lazily(() => [
      paretoSheet(pareto, context.locale, analysisRunRecord(table, context, "pareto", { topShare })),
    ]),
  };
}
