import type { AnalysisContext, AnalysisRun } from "../../src/analysis/context";
import { rfmAnalysisOfMembers, type RfmResult, type RfmSettings } from "../../src/analysis/rfm";
import { sqlSourceOfTable } from "../../src/sql/source";
import { CliError } from "../cli-error";
import { roleOverridesFromFlags } from "../column-flags";
import type { CommandArgs } from "../command";
import { cliRunRecord, parametersFromFlags } from "../run-record";
import { openDuckDbSession } from "./duckdb-session";
import { createFileView, INPUT_VIEW } from "./file-view";
import { rfmInDuckDb } from "./rfm-in-duckdb";
import { checkColumnTypes, sampleTable } from "./sample-table";

/** What `rfm --engine duckdb` keeps for its renderers. */
export interface EngineRfmRun {
  readonly inputAddress: string;
  readonly locale: AnalysisContext["locale"];
  readonly run: AnalysisRun<RfmResult>;
}

/**
 * `rfm --engine duckdb`: the file (CSV or Parquet) is streamed through DuckDB, which aggregates R, F and M per
 * member with the generated SQL; the core then scores and labels the members and builds the same sheets. The
 * columns' roles come from the core's table builder on the first rows and the column flags, as in every door.
 *
 * @throws CliError for a missing --input, an unreadable file, a role column DuckDB types otherwise; CoreError
 */
export async function rfmWithDuckDb(args: CommandArgs, settings: RfmSettings): Promise<EngineRfmRun> {
  const input = args.values.input;
  if (typeof input !== "string" || input === "") throw new CliError("--input FILE is required");
  for (const flag of ["sheet", "encoding", "header"] as const) {
    if (args.values[flag] !== undefined) {
      throw new CliError(
        `--${flag} does not apply with --engine duckdb (UTF-8 CSV with a header, or Parquet)`,
      );
    }
  }
  const session = await openDuckDbSession();
  try {
    await createFileView(session, input);
    const sample = await sampleTable(session, input, { roles: roleOverridesFromFlags(args.values) });
    await checkColumnTypes(session, input, sample, { orderDate: "date", amount: "number" });
    const aggregated = await rfmInDuckDb(session, sqlSourceOfTable(sample, INPUT_VIEW), settings);
    const context: AnalysisContext = {
      locale: args.locale,
      runRecord: cliRunRecord(input, aggregated.readRowCount, parametersFromFlags(args.values)),
    };
    return {
      inputAddress: input,
      locale: args.locale,
      run: rfmAnalysisOfMembers(aggregated.members, aggregated.countBy, aggregated.readRowCount, context),
    };
  } finally {
    session.close();
  }
}
