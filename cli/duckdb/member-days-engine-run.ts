import { cohortsAnalysisOfColumns, type CohortsResult } from "../../src/analysis/cohorts";
import type { AnalysisContext, AnalysisRun } from "../../src/analysis/context";
import { cycleAnalysisOfColumns, type CycleResult } from "../../src/analysis/cycle";
import { requireAcceptedShape } from "../../src/analysis/input-shapes";
import type { DatedMemberColumns } from "../../src/analysis/member-columns";
import type { UpstreamRows } from "../../src/analysis/upstream-rows";
import type { SqlSource } from "../../src/sql/source";
import type { CommandArgs } from "../command";
import type { CommandRun } from "../commands/analysis-input";
import type { DuckDbSession } from "./duckdb-session";
import { runWithDuckDb, type EngineColumns } from "./engine-run";
import {
  memberCategoryDays,
  memberLineAccounting,
  memberPurchaseDays,
  memberRegistrations,
} from "./member-days-in-duckdb";

/**
 * `cycle --engine duckdb`: DuckDB reduces the file to one row per member and purchase day (and per member, day
 * and category); the core computes each member's cycle, the quartiles, histogram and categories from them.
 *
 * @throws CliError (see runWithDuckDb); CoreError NO_REPEAT_PURCHASES and the core's other codes
 */
export async function cycleWithDuckDb(args: CommandArgs): Promise<CommandRun<CycleResult>> {
  return memberDaysWithDuckDb(args, "cycle", memberCategoryDays, (orders, categories, upstream, context) =>
    cycleAnalysisOfColumns(
      { orders, ...(categories === undefined ? {} : { categories }) },
      upstream,
      context,
    ),
  );
}

/**
 * `cohorts --engine duckdb`: DuckDB reduces the file to one row per member and purchase day and each member's
 * earliest registration; the core computes the cohorts, the monthly activity and the member overview.
 *
 * @throws CliError (see runWithDuckDb); CoreError from cohortRetention
 */
export async function cohortsWithDuckDb(args: CommandArgs): Promise<CommandRun<CohortsResult>> {
  return memberDaysWithDuckDb(
    args,
    "cohorts",
    memberRegistrations,
    (orders, registrations, upstream, context) =>
      cohortsAnalysisOfColumns(
        { orders, ...(registrations === undefined ? {} : { registrations }) },
        upstream,
        context,
      ),
  );
}

/** The steps cycle and cohorts share: the rows accounted for, the member purchase days, one more reduction. */
async function memberDaysWithDuckDb<Extra, Result>(
  args: CommandArgs,
  forWhat: "cycle" | "cohorts",
  reduceMore: (session: DuckDbSession, source: SqlSource, forWhat: string) => Promise<Extra>,
  analyse: (
    orders: DatedMemberColumns,
    extra: Extra,
    upstream: UpstreamRows,
    context: AnalysisContext,
  ) => AnalysisRun<Result>,
): Promise<CommandRun<Result>> {
  const columns: EngineColumns = {
    forWhat,
    required: ["memberId", "orderDate"],
    // Registration dates are read by the cohorts' member overview only.
    types: forWhat === "cohorts" ? { orderDate: "date", registrationDate: "date" } : { orderDate: "date" },
    accepts: (sample) => requireAcceptedShape(sample, forWhat),
  };
  return runWithDuckDb(args, columns, async ({ session, file, source, context }) => {
    const upstream = await memberLineAccounting(session, source, forWhat);
    const orders = await memberPurchaseDays(session, source, forWhat);
    const extra = await reduceMore(session, source, forWhat);
    const runContext = context(upstream.readRowCount);
    return {
      input: { loaded: { inputAddress: file }, context: runContext },
      run: analyse(orders, extra, upstream, runContext),
    };
  });
}
