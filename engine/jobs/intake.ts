import { intakeAnalysis, type IntakeResult as IntakeSummary } from "../../src/analysis/intake";
import { CoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import { readingNotes } from "../../src/report/reading-notes";
import type { ResultSheet, RunRecord } from "../../src/report/types";
import type { JobContext } from "./context";
import { dataRowCount, tableFromRequest, type TableRequest } from "./table-request";

export type { IntakeColumn } from "../../src/analysis/intake";

export interface IntakeRequest extends TableRequest {
  readonly locale: Locale;
  readonly runRecord: RunRecord;
}

/** The pane's data check: the use case's result and its Intake sheet (the placeholder of the Data check tab). */
export interface IntakeResult extends IntakeSummary {
  readonly sheet: ResultSheet;
  /** How the cells were read (number styles, day orders), as the Intake sheet's notes say it. */
  readonly readingNotes: readonly string[];
}

/**
 * Reads the grid into a typed table and reports its columns and data quality.
 *
 * @throws CoreError from reading the grid (tableFromGrid's codes); INVALID_RESULT_SHEET if no sheet was built
 */
export function intakeJob(request: IntakeRequest, context: JobContext): IntakeResult {
  context.progress(0.1, "reading", { count: dataRowCount(request) });
  const table = tableFromRequest(request);
  context.progress(0.9, "quality");
  const run = intakeAnalysis(table, { locale: request.locale, runRecord: request.runRecord });
  const [sheet] = run.sheets();
  if (sheet === undefined) throw new CoreError("INVALID_RESULT_SHEET", "the intake built no sheet");
  return { ...run.result, sheet, readingNotes: readingNotes(table, request.locale) };
}
