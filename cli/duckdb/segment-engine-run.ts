import { segmentAnalysisOfMembers, type SegmentAnalysisSettings } from "../../src/analysis/segment";
import { tableShape } from "../../src/analysis/input-shapes";
import { CliError } from "../cli-error";
import type { CommandArgs } from "../command";
import type { CommandRun } from "../commands/analysis-input";
import type { SegmentAnalysisResult } from "../../src/analysis/segment";
import { runWithDuckDb } from "./engine-run";
import { rfmColumns } from "./rfm-engine-run";
import type { Table } from "../../src/table/types";
import { rfmInDuckDb } from "./rfm-in-duckdb";

/**
 * `segment --engine duckdb`: DuckDB aggregates the order lines into the per-member table [member id, last order
 * date, order count, total amount] with the rfm SQL (rfmInDuckDb: `sql --analysis rfm`); the core's features,
 * elbow sweep, k-means and customer types then run on those members, as on a per-member table (issue 11's path),
 * with the rows read and left out as DuckDB counted them. A file that already holds one row per member has
 * nothing to aggregate and is refused.
 *
 * @throws CliError for per-member input (see runWithDuckDb for the rest); CoreError from the steps
 */
export async function segmentWithDuckDb(
  args: CommandArgs,
  settings: SegmentAnalysisSettings,
): Promise<CommandRun<SegmentAnalysisResult>> {
  const file = typeof args.values.input === "string" ? args.values.input : "";
  const accepts = (sample: Table) => {
    if (tableShape(sample, settings.shape) === "perMember") {
      throw new CliError(
        "--engine duckdb aggregates order lines; this file has one row per member (run it without --engine duckdb)",
        file,
      );
    }
  };
  const columns = { ...rfmColumns("segment"), accepts };
  return runWithDuckDb(args, columns, async ({ session, source, context }) => {
    const aggregated = await rfmInDuckDb(session, source, settings);
    const runContext = context(aggregated.readRowCount);
    return {
      input: { loaded: { inputAddress: file }, context: runContext },
      run: segmentAnalysisOfMembers(
        aggregated.members,
        aggregated.readRowCount,
        "orderLines",
        settings,
        runContext,
      ),
    };
  });
}
