import type { AnalysisContext, AnalysisRun } from "../../src/analysis/context";
import type { ResultSheet } from "../../src/report/types";
import type { CommandArgs } from "../command";
import { loadTable, type LoadedTable } from "../load-table";
import { cliRunRecord, parametersFromFlags } from "../run-record";
import { sheetsText } from "./sheet-text";

/** A command's input table, read once, and the context its use case runs in (locale, run record). */
export interface AnalysisInput {
  readonly loaded: LoadedTable;
  readonly context: AnalysisContext;
}

/** What a run's renderers read of its input: its address and the context (a DuckDB run holds no table). */
export interface RunInput {
  readonly loaded: Pick<LoadedTable, "inputAddress">;
  readonly context: AnalysisContext;
}

/** What a command adapter keeps between run and its renderers: the input and the use case's run. */
export interface CommandRun<Result, Input extends RunInput = RunInput> {
  readonly input: Input;
  readonly run: AnalysisRun<Result>;
}

/**
 * Reads --input with the column flags; the run record states the file, its rows and the flags given (the use
 * case adds its own settings to it).
 *
 * @throws CliError / CoreError from reading the file
 */
export async function loadAnalysisInput(args: CommandArgs): Promise<AnalysisInput> {
  const loaded = await loadTable(args);
  return {
    loaded,
    context: {
      locale: args.locale,
      runRecord: cliRunRecord(loaded.inputAddress, loaded.table.rowCount, parametersFromFlags(args.values)),
    },
  };
}

/** The default text output: the use case's sheets as text tables, headed by the input's address. */
export function runText({ input, run }: CommandRun<unknown>): string {
  return sheetsText(run.sheets(), [input.loaded.inputAddress]);
}

/** The sheets --out writes: the use case's own. */
export function runSheets({ run }: CommandRun<unknown>): readonly ResultSheet[] {
  return run.sheets();
}
