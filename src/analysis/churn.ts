import { churnRiskOfHistory } from "../churn/churn-risk";
import { memberHistory, type MemberHistory } from "../churn/member-history";
import { resolveChurnSettings, type ChurnSettings } from "../churn/churn-settings";
import type { ChurnFeature } from "../churn/churn-features";
import type { ChurnRiskResult } from "../churn/churn-types";
import { churnSheet } from "../report/churn";
import { isoFromExcelSerial } from "../table/excel-serial";
import type { Table } from "../table/types";
import { churnOrderLines } from "./churn-lines";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";
import { requireAcceptedShape } from "./input-shapes";

export type { ChurnSettings } from "../churn/churn-settings";
export { CHURN_DEFAULTS } from "../churn/churn-settings";

export interface ChurnAnalysisResult {
  readonly churn: ChurnRiskResult;
  /** Rows of the table, and those without a member, an order date or an amount (left out). */
  readonly rowCount: number;
  readonly rowsSkipped: number;
  readonly facts: ChurnFacts;
}

/** The numbers behind the pane's summary in words. */
export interface ChurnFacts {
  readonly analysis: "churn";
  /** ISO dates. */
  readonly calibrationEnd: string;
  readonly lastDate: string;
  readonly horizonDays: number;
  readonly members: number;
  readonly churnShare: number;
  readonly auc: number;
  readonly treeAuc: number;
  readonly threshold: number;
  /** Holdout precision and recall of "churned" at the threshold (null when nobody is flagged / churned). */
  readonly precision: number | null;
  readonly recall: number | null;
  /** Members scored as of the last date, and those at or above the threshold. */
  readonly scoredMembers: number;
  readonly atRiskMembers: number;
  readonly droppedFeatures: readonly ChurnFeature[];
}

/**
 * Churn risk from order lines (src/churn/churn-risk.ts): features as of the calibration end, the churn label
 * from the horizon after it, a stratified seeded holdout, an L2 logistic regression and a depth-3 tree, the
 * holdout metrics, and every member scored as of the last date with the ones at or above the threshold
 * listed with reasons. Rows without a member, an order date or an amount are left out (the table's blank
 * rule); an order column groups lines into orders, a coupon column adds the coupon share.
 *
 * Cost: O(rows log rows + Newton iterations × members × features²).
 *
 * @throws CoreError INPUT_SHAPE_NOT_ACCEPTED (one row per member), MISSING_COLUMN (memberId, orderDate, amount), COLUMN_TYPE_MISMATCH, and churnRisk's codes
 */
export function churnAnalysis(
  table: Table,
  settings: ChurnSettings,
  context: AnalysisContext,
): AnalysisRun<ChurnAnalysisResult> {
  requireAcceptedShape(table, "churn");
  const resolved = resolveChurnSettings(settings);
  const { history, skippedRows } = churnHistory(table);
  const churn = churnRiskOfHistory(history, resolved);
  const result: ChurnAnalysisResult = {
    churn,
    rowCount: table.rowCount,
    rowsSkipped: skippedRows,
    facts: {
      analysis: "churn",
      calibrationEnd: isoFromExcelSerial(churn.calibrationEndDay),
      lastDate: isoFromExcelSerial(churn.lastDay),
      horizonDays: churn.horizonDays,
      members: churn.members,
      churnShare: churn.churnShare,
      auc: churn.holdout.auc,
      treeAuc: churn.tree.auc,
      threshold: churn.threshold,
      precision: churn.holdout.metrics.precision,
      recall: churn.holdout.metrics.recall,
      scoredMembers: churn.scored.memberIds.length,
      atRiskMembers: churn.atRisk.length,
      droppedFeatures: churn.model.dropped,
    },
  };
  const parameters = {
    calibrationEnd: isoFromExcelSerial(churn.calibrationEndDay),
    horizonDays: resolved.horizonDays,
    threshold: resolved.threshold,
    holdoutShare: resolved.holdoutShare,
    seed: resolved.seed,
  };
  return {
    result,
    sheets: lazily(() => [
      churnSheet(churn, context.locale, analysisRunRecord(table, context, "churn", parameters)),
    ]),
  };
}

/**
 * The table's order lines grouped by member. The lines (a string and four numbers per row) are garbage once
 * this returns, before the models are fitted: 40 MB less at churn's peak at 1M lines (issue 14).
 */
function churnHistory(table: Table): { readonly history: MemberHistory; readonly skippedRows: number } {
  const { lines, skippedRows } = churnOrderLines(table, "churn");
  return { history: memberHistory(lines), skippedRows };
}
