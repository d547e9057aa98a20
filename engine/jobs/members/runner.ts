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

/** Index of the largest value (the first one on ties). */
export function indexOfMax(values: readonly number[]): number {
  let best = 0;
  values.forEach((value, index) => {
    if (value > (values[best] ?? -Infinity)) best = index;
  });
  return best;
}
