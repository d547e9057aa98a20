import type { AnalysisRun } from "../../../src/analysis/context";
import { CoreError } from "../../../src/errors";
import type { ResultSheet, RunRecord } from "../../../src/report/types";
import type { Table } from "../../../src/table/types";
import type { MemberFacts, MembersRequest } from "./types";

/** What one analysis produces: the sheet to write and the numbers for the summary in words. */
export interface AnalysisOutput {
  readonly sheet: ResultSheet;
  readonly facts: MemberFacts;
}

/** One analysis over the typed table; throws the core's error when the data do not allow it. */
export type AnalysisRunner = (table: Table, request: MembersRequest, runRecord: RunRecord) => AnalysisOutput;

/**
 * A use case's run as the Members tab writes it: one sheet per analysis (each core use case of the tab
 * builds exactly one) and its facts.
 *
 * @throws CoreError INVALID_RESULT_SHEET when a use case built other than one sheet (a programming error)
 */
export function onlySheet(run: AnalysisRun<{ readonly facts: MemberFacts }>): AnalysisOutput {
  const sheets = run.sheets();
  const [sheet] = sheets;
  if (sheet === undefined || sheets.length !== 1) {
    throw new CoreError("INVALID_RESULT_SHEET", `a member analysis built ${sheets.length} sheets, not one`);
  }
  return { sheet, facts: run.result.facts };
}
