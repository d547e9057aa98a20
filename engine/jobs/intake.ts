import type { Locale } from "../../src/i18n/locale";
import { intakeSummarySheet, rowsWithEveryRole } from "../../src/report/intake-summary";
import type { ResultSheet, RunRecord } from "../../src/report/types";
import type { ColumnRole, ColumnType, QualityIssue } from "../../src/table/types";
import type { JobContext } from "./context";
import { tableFromRequest, type TableRequest } from "./table-request";

export interface IntakeRequest extends TableRequest {
  readonly locale: Locale;
  readonly runRecord: RunRecord;
}

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
  /** The intake summary as a result sheet (the placeholder analysis of the Data check tab). */
  readonly sheet: ResultSheet;
}

/** Reads the grid into a typed table and reports its columns and data quality. */
export function intakeJob(request: IntakeRequest, context: JobContext): IntakeResult {
  context.progress(0.1, "reading");
  const table = tableFromRequest(request);
  context.progress(0.9, "summarising");
  return {
    rowCount: table.rowCount,
    cleanRowCount: rowsWithEveryRole(table),
    columns: table.columns.map(({ name, role, type }) => ({ name, role, type })),
    issues: table.quality,
    sheet: intakeSummarySheet(table, request.locale, { ...request.runRecord, rowCount: table.rowCount }),
  };
}
