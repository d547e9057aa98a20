import type { AnalysisContext } from "../../src/analysis/context";
import { sqlSourceOfTable, type SqlSource } from "../../src/sql/source";
import type { ColumnRole, Table } from "../../src/table/types";
import { CliError } from "../cli-error";
import { roleOverridesFromFlags } from "../column-flags";
import type { CommandArgs } from "../command";
import { cliRunRecord, parametersFromFlags } from "../run-record";
import { openDuckDbSession, type DuckDbSession } from "./duckdb-session";
import { createFileView, INPUT_VIEW } from "./file-view";
import { checkColumnTypes, sampleTable } from "./sample-table";

/** What an analysis step gets: the open session, the file's view as a SQL source, and the sampled table. */
export interface EngineInput {
  readonly session: DuckDbSession;
  readonly file: string;
  /** The view over the file, with the roles the core's table builder recognised on the sample. */
  readonly source: SqlSource;
  /** The first rows as the core reads them: column names, roles and types. */
  readonly sample: Table;
  /** The run's context once the rows read are known (the run record states them). */
  context(readRowCount: number): AnalysisContext;
}

/** The column types an analysis's SQL needs, by role. */
export type EngineColumnNeeds = Readonly<Partial<Record<ColumnRole, "date" | "number">>>;

/**
 * Runs one analysis with `--engine duckdb`, the steps the seven commands share: the file (CSV or Parquet) as a
 * streaming view in an embedded DuckDB, the roles recognised on the first rows with the column flags as every
 * door does, the role columns' types checked, then the analysis's own step (its generated SQL in DuckDB, the
 * core on the aggregated rows). The session is closed whatever happens.
 *
 * @throws CliError for a missing --input, a flag that does not apply, an unreadable file or a column DuckDB
 *   types otherwise; whatever `step` throws
 */
export async function runWithDuckDb<Run>(
  args: CommandArgs,
  needs: EngineColumnNeeds,
  step: (input: EngineInput) => Promise<Run>,
): Promise<Run> {
  const file = args.values.input;
  if (typeof file !== "string" || file === "") throw new CliError("--input FILE is required");
  for (const flag of ["sheet", "encoding", "header"] as const) {
    if (args.values[flag] !== undefined) {
      throw new CliError(
        `--${flag} does not apply with --engine duckdb (UTF-8 CSV with a header, or Parquet)`,
      );
    }
  }
  const session = await openDuckDbSession();
  try {
    await createFileView(session, file);
    const sample = await sampleTable(session, file, { roles: roleOverridesFromFlags(args.values) });
    await checkColumnTypes(session, file, sample, needs);
    return await step({
      session,
      file,
      source: sqlSourceOfTable(sample, INPUT_VIEW),
      sample,
      context: (readRowCount) => ({
        locale: args.locale,
        runRecord: cliRunRecord(file, readRowCount, parametersFromFlags(args.values)),
      }),
    });
  } finally {
    session.close();
  }
}
