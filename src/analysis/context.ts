import type { Locale } from "../i18n/locale";
import type { ResultSheet, RunRecord } from "../report/types";
import type { Table } from "../table/types";

/** What every use case is run with besides its table and settings: the user's language and the run's record. */
export interface AnalysisContext {
  readonly locale: Locale;
  /** The door's record (input address, engine version, time, the door's own parameters such as column flags). */
  readonly runRecord: RunRecord;
}

/** Plain run-record values: what a sheet's run record may hold. */
export type RunParameters = Readonly<Record<string, string | number | boolean>>;

/**
 * What a use case returns: the typed result the door renders (JSON, the pane's summary), and the result
 * sheets. The sheets are built on demand, so a --json run of the command line does not build them.
 */
export interface AnalysisRun<Result> {
  readonly result: Result;
  sheets(): readonly ResultSheet[];
}

/**
 * The run record of a use case's sheets: the door's record with the table's row count and the analysis's
 * own settings (after defaults), so the pane's sheet and the command line's --out sheet state the same
 * parameters for the same run.
 *
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * const table = tableFromGrid({ values: [["Sales"], [5], [7]] });
 * const runRecord = { inputAddress: "A1:A3", rowCount: 0, parameters: { header: true }, engineVersion: "0.1.0",
 *   timestampIso: "2026-01-02T03:04:05Z" };
 * analysisRunRecord(table, { locale: "en", runRecord }, "pareto", { topShare: 0.2 })
 * // { inputAddress: "A1:A3", rowCount: 2, parameters: { header: true, analysis: "pareto", topShare: 0.2 }, … }
 */
export function analysisRunRecord(
  table: Pick<Table, "rowCount">,
  context: AnalysisContext,
  analysis: string,
  settings: RunParameters = {},
): RunRecord {
  return {
    ...context.runRecord,
    rowCount: table.rowCount,
    parameters: { ...context.runRecord.parameters, analysis, ...settings },
  };
}

/** Builds once, on the first call: the sheets of a run are asked for at most once per output, but cheaply. */
export function lazily<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}
