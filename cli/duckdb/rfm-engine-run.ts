import type { AnalysisContext, AnalysisRun } from "../../src/analysis/context";
import { rfmAnalysisOfMembers, type RfmResult, type RfmSettings } from "../../src/analysis/rfm";
import type { CommandArgs } from "../command";
import { runWithDuckDb, type EngineColumns } from "./engine-run";
import { rfmInDuckDb } from "./rfm-in-duckdb";

/** What `rfm --engine duckdb` keeps for its renderers. */
export interface EngineRfmRun {
  readonly inputAddress: string;
  readonly locale: AnalysisContext["locale"];
  readonly run: AnalysisRun<RfmResult>;
}

/** The columns R/F/M's SQL reads (segment's too), for `forWhat`. */
export function rfmColumns(forWhat: string): EngineColumns {
  return {
    forWhat,
    required: ["memberId", "orderDate", "amount"],
    types: { orderDate: "date", amount: "number" },
  };
}

/**
 * `rfm --engine duckdb`: DuckDB aggregates R, F and M per member with the generated SQL (rfmInDuckDb); the core
 * then scores and labels the members and builds the same sheets.
 *
 * @throws CliError (see runWithDuckDb); CoreError from rfmInDuckDb and the scoring
 */
export async function rfmWithDuckDb(args: CommandArgs, settings: RfmSettings): Promise<EngineRfmRun> {
  return runWithDuckDb(args, rfmColumns("rfm"), async ({ session, file, source, context }) => {
    const aggregated = await rfmInDuckDb(session, source, settings);
    return {
      inputAddress: file,
      locale: context(aggregated.readRowCount).locale,
      run: rfmAnalysisOfMembers(
        aggregated.members,
        aggregated.countBy,
        aggregated.readRowCount,
        context(aggregated.readRowCount),
      ),
    };
  });
}
