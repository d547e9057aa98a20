import { paretoShare, type ParetoSummary } from "../member/pareto";
import { paretoSheet } from "../report/member-pareto";
import { requireColumn } from "../table/column-access";
import type { Table } from "../table/types";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";
import { memberColumns } from "./member-columns";
import { requireAcceptedShape } from "./input-shapes";
import { memberTotalRole } from "./member-table-total";
import type { InputShape } from "../table/input-shape";

export interface ParetoSettings {
  /** The "top x %" as a fraction, 0 < x ≤ 1. @default 0.2 */
  readonly topShare?: number;
}

export const PARETO_DEFAULTS = { topShare: 0.2 } as const satisfies ParetoSettings;

export interface ParetoResult {
  readonly pareto: ParetoSummary & { readonly skippedRows: number };
  /** "perMember": each row is a member and its total amount is the member's revenue; else order lines. */
  readonly inputShape: InputShape;
  readonly facts: ParetoFacts;
}

export interface ParetoFacts {
  readonly analysis: "pareto";
  readonly top: number;
  readonly revenueShare: number;
}

/**
 * Share of revenue held by the top x % of members (the ⌈x × members⌉ largest spenders; revenue = the sum
 * of the amount column over a member's rows), with the Lorenz curve and the Gini coefficient. A per-member table
 * (detectInputShape) is read as R rfm's rfm_table_customer reads it: each member's total amount (memberTotalRole)
 * is the revenue, the sum its order lines would give. Every figure (members, the top's revenue, the total, the
 * Gini and the Lorenz curve) needs only those per-member revenues, so none is left out; the sheet says which
 * column was read.
 *
 * Cost: O(rows + members log members).
 *
 * @throws CoreError MISSING_COLUMN (memberId, amount; totalAmount for a per-member table), COLUMN_TYPE_MISMATCH,
 *   TOP_SHARE_OUT_OF_RANGE and paretoShare's other codes
 */
export function paretoAnalysis(
  table: Table,
  settings: ParetoSettings,
  context: AnalysisContext,
): AnalysisRun<ParetoResult> {
  const inputShape = requireAcceptedShape(table, "pareto");
  const forWhat = "pareto";
  const topShare = settings.topShare ?? PARETO_DEFAULTS.topShare;
  const { memberIds } = memberColumns(table, forWhat);
  const amountRole = inputShape === "perMember" ? memberTotalRole(table) : "amount";
  const amountColumn = requireColumn(table, amountRole, forWhat, "number");
  // One row per member: memberRevenues' sum over a member's rows is the one total the row gives.
  const pareto = paretoShare({ memberIds, amounts: amountColumn.values }, { topShare });
  const totalsColumn = inputShape === "perMember" ? amountColumn.name : null;
  return {
    result: {
      pareto,
      inputShape,
      facts: { analysis: "pareto", top: pareto.top, revenueShare: pareto.revenueShare },
    },
    sheets: lazily(() => [
      paretoSheet(
        pareto,
        context.locale,
        analysisRunRecord(table, context, "pareto", { topShare }),
        totalsColumn,
      ),
    ]),
  };
}
