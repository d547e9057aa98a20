import { intakeSummarySheet, rowsWithEveryRole } from "../report/intake-summary";
import type { ColumnRole, ColumnType, QualityIssue, Table } from "../table/types";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";

/** A column as the data check shows it: its header, the role it was given and the type read from its cells. */
export interface IntakeColumn {
  readonly name: string;
  readonly role: ColumnRole | null;
  readonly type: ColumnType;
}

export interface IntakeResult {
  readonly rowCount: number;
  /** Rows with a value in every column that has a role: what an analysis that needs them all would use. */
  readonly cleanRowCount: number;
  readonly columns: readonly IntakeColumn[];
  readonly issues: readonly QualityIssue[];
}

/**
 * The data check: what was read before any analysis — the row count, the rows with a value in every column
 * that has a role, each column's name, role and type, and the data-quality issues found while reading (the
 * table's own quality report; nothing is re-checked here). The sheet is the Intake summary.
 *
 * Cost: O(cells).
 *
 * @throws nothing: every table, even one without rows or roles, has an intake
 * @example intakeAnalysis(tableFromGrid({ values: [["Sales"], [5], [null]] }), context).result.cleanRowCount // 1
 */
export function intakeAnalysis(table: Table, context: AnalysisContext): AnalysisRun<IntakeResult> {
  const result: IntakeResult = {
    rowCount: table.rowCount,
    cleanRowCount: rowsWithEveryRole(table),
    columns: table.columns.map(({ name, role, type }) => ({ name, role, type })),
    issues: table.quality.map(({ rule, count, examples }) => ({
      rule,
      count,
      examples: examples.map(({ row, column, value }) => ({ row, column, value })),
    })),
  };
  return {
    result,
    sheets: lazily(() => [
      intakeSummarySheet(table, context.locale, analysisRunRecord(table, context, "intake")),
    ]),
  };
}
