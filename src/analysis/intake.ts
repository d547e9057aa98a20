import { intakeSummarySheet, rowsWithEveryRole } from "../report/intake-summary";
import { detectInputShape, inputShapeIssues, type InputShape } from "../table/input-shape";
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
  /** The table's quality issues, then the input-shape findings (perMemberTable / oneRowPerMember). */
  readonly issues: readonly QualityIssue[];
  /** How the member analyses read the table: order lines or one row per member (input-shape.ts). */
  readonly shape: InputShape;
}

/**
 * The data check: what was read before any analysis — the row count, the rows with a value in every column
 * that has a role, each column's name, role and type, and the data-quality issues found while reading (the
 * table's own quality report; nothing is re-checked here) followed by the input shape (one row per member with
 * order counts, or every member once without them: input-shape.ts). The sheet is the Intake summary.
 *
 * Cost: O(cells).
 *
 * @throws nothing: every table, even one without rows or roles, has an intake
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * const runRecord = { inputAddress: "A1:B4", rowCount: 3, parameters: {}, engineVersion: "0.1.0",
 *   timestampIso: "2026-01-02T03:04:05Z" };
 * const table = tableFromGrid({ values: [["Customer ID", "Sales"], ["C1", 5], ["C2", null], ["C3", 8]] });
 * intakeAnalysis(table, { locale: "en", runRecord }).result.cleanRowCount // 2 (C2 has no sales)
 */
export function intakeAnalysis(table: Table, context: AnalysisContext): AnalysisRun<IntakeResult> {
  const result: IntakeResult = {
    rowCount: table.rowCount,
    cleanRowCount: rowsWithEveryRole(table),
    columns: table.columns.map(({ name, role, type }) => ({ name, role, type })),
    issues: [...table.quality, ...inputShapeIssues(table)].map(({ rule, count, examples }) => ({
      rule,
      count,
      examples: examples.map(({ row, column, value }) => ({ row, column, value })),
    })),
    shape: detectInputShape(table.columns).shape,
  };
  return {
    result,
    sheets: lazily(() => [
      intakeSummarySheet(table, context.locale, analysisRunRecord(table, context, "intake"), result.issues),
    ]),
  };
}
