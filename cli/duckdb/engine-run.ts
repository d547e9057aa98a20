import type { AnalysisContext } from "../../src/analysis/context";
import { requireColumn } from "../../src/table/column-access";
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

/** What an analysis needs of the file's columns, checked on the sample before any SQL runs. */
export interface EngineColumns {
  /** The analysis's name in messages ("cycle requires a column for Member ID …"), as the core words them. */
  readonly forWhat: string;
  /** Roles it cannot do without: a missing one gets the core's message naming the file's columns. */
  readonly required: readonly ColumnRole[];
  /** The types DuckDB must read the role columns as. */
  readonly types: Readonly<Partial<Record<ColumnRole, "date" | "number">>>;
  /** The flag that names the file. @default "input" */
  readonly fileFlag?: "input" | "lines";
  /** The roles whose column flags apply to this file (the promotion's lines take line roles only). @default all */
  readonly roles?: readonly ColumnRole[];
  /** The core's check of the table's shape (one row per member or order lines), run first as the core runs it. */
  readonly accepts?: (sample: Table) => void;
}

/**
 * Runs one analysis with `--engine duckdb`, the steps the seven commands share: the file (CSV or Parquet) as a
 * streaming view in an embedded DuckDB, the roles recognised on the first rows with the column flags as every
 * door does, the shape and the role columns checked (with the core's messages) and their types in DuckDB, then the analysis's own step (its generated SQL in DuckDB, the
 * core on the aggregated rows). The session is closed whatever happens.
 *
 * @throws CliError for a missing --input, a flag that does not apply, an unreadable file or a column DuckDB
 *   types otherwise; whatever `step` throws
 */
export async function runWithDuckDb<Run>(
  args: CommandArgs,
  columns: EngineColumns,
  step: (input: EngineInput) => Promise<Run>,
): Promise<Run> {
  const fileFlag = columns.fileFlag ?? "input";
  const file = args.values[fileFlag];
  if (typeof file !== "string" || file === "") throw new CliError(`--${fileFlag} FILE is required`);
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
    const overrides = Object.entries(roleOverridesFromFlags(args.values)).filter(
      ([role]) => columns.roles?.includes(role as ColumnRole) ?? true,
    );
    const sample = await sampleTable(session, file, { roles: Object.fromEntries(overrides) });
    columns.accepts?.(sample);
    for (const role of columns.required) requireColumn(sample, role, columns.forWhat);
    await checkColumnTypes(session, file, sample, columns.types);
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
