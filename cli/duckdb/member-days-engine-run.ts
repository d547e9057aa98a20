import { cohortsAnalysisOfColumns, type CohortsResult } from "../../src/analysis/cohorts";
import { cycleAnalysisOfColumns, type CycleResult } from "../../src/analysis/cycle";
import { requireAcceptedShape } from "../../src/analysis/input-shapes";
import type { CommandArgs } from "../command";
import type { CommandRun } from "../commands/analysis-input";
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
  const columns = {
    forWhat: "cycle",
    required: ["memberId", "orderDate"],
    types: { orderDate: "date" },
    accepts: (sample) => requireAcceptedShape(sample, "cycle"),
  } as const satisfies EngineColumns;
  return runWithDuckDb(args, columns, async ({ session, file, source, context }) => {
    const upstream = await memberLineAccounting(session, source, "cycle");
    const orders = await memberPurchaseDays(session, source, "cycle");
    const categories = await memberCategoryDays(session, source, "cycle");
    const runContext = context(upstream.readRowCount);
    return {
      input: { loaded: { inputAddress: file }, context: runContext },
      run: cycleAnalysisOfColumns(
        { orders, ...(categories === undefined ? {} : { categories }) },
        upstream,
        runContext,
      ),
    };
  });
}

/**
 * `cohorts --engine duckdb`: DuckDB reduces the file to one row per member and purchase day and each member's
 * earliest registration; the core computes the cohorts, the monthly activity and the member overview.
 *
 * @throws CliError (see runWithDuckDb); CoreError from cohortRetention
 */
export async function cohortsWithDuckDb(args: CommandArgs): Promise<CommandRun<CohortsResult>> {
  const columns = {
    forWhat: "cohorts",
    required: ["memberId", "orderDate"],
    types: { orderDate: "date", registrationDate: "date" },
    accepts: (sample) => requireAcceptedShape(sample, "cohorts"),
  } as const satisfies EngineColumns;
  return runWithDuckDb(args, columns, async ({ session, file, source, context }) => {
    const upstream = await memberLineAccounting(session, source, "cohorts");
    const orders = await memberPurchaseDays(session, source, "cohorts");
    const registrations = await memberRegistrations(session, source, "cohorts");
    const runContext = context(upstream.readRowCount);
    return {
      input: { loaded: { inputAddress: file }, context: runContext },
      run: cohortsAnalysisOfColumns(
        { orders, ...(registrations === undefined ? {} : { registrations }) },
        upstream,
        runContext,
      ),
    };
  });
}
