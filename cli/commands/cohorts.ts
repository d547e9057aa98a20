import { cohortsAnalysis, type CohortsResult } from "../../src/analysis/cohorts";
import { monthLabel } from "../../src/dates/month-index";
import type { MonthActivity } from "../../src/member/member-activity";
import type { MonthOverview } from "../../src/member/member-overview";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { ENGINE_OPTION, engineFlag } from "../duckdb/engine-flag";
import { cohortsWithDuckDb } from "../duckdb/member-days-engine-run";
import { loadAnalysisInput, runSheets, runText, type CommandRun } from "./analysis-input";

type Labelled<T, K extends keyof T> = Omit<T, K> & { readonly [P in K]: string };

export interface CohortsJson {
  /** Months as "yyyy-mm". */
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly maxMonthsSince: number;
  /** activeMembers[k] / retention[k]: members of the cohort who ordered k months after their first month. */
  readonly cohorts: readonly {
    readonly cohort: string;
    readonly members: number;
    readonly activeMembers: readonly number[];
    readonly retention: readonly number[];
  }[];
  readonly activity: readonly Labelled<MonthActivity, "month">[];
  readonly overview: readonly Labelled<MonthOverview, "month">[] | null;
  readonly skippedRows: number;
}

/** `cohorts --input FILE`: retention by first-order month, new / returning / lapsed, member overview. */
export const cohortsCommand = defineCommand<CommandRun<CohortsResult>>({
  usage: [
    "cohorts --input FILE [--member COL] [--date COL] [--order COL] [--registration-date COL]",
    "        [--engine core|duckdb] [--json] [--out FILE.xlsx]",
    "",
    'Months are calendar months ("yyyy-mm"). --json prints {firstMonth, lastMonth, maxMonthsSince,',
    "cohorts: [{cohort, members, activeMembers: [k = 0, 1, …], retention: [...]}], activity: [{month, active,",
    "new, returning, retained, lapsed}], overview: [{month, registeredMembers, newRegistrations, orderingMembers,",
    "newOrdering, existingOrdering, unregisteredOrdering, orderingShare}] | null (without registration dates),",
    "skippedRows}.",
    "--engine duckdb: DuckDB (embedded) reduces the file (CSV or Parquet, larger than memory) to one row per member",
    "and purchase day and each member's earliest registration; the cohorts are then computed here.",
  ].join("\n"),
  options: { ...INPUT_OPTIONS, ...COLUMN_OPTIONS, ...ENGINE_OPTION },
  async run(args) {
    if (engineFlag(args.values.engine) === "duckdb") return cohortsWithDuckDb(args);
    const input = await loadAnalysisInput(args);
    return { input, run: cohortsAnalysis(input.loaded.table, input.context) };
  },
  toJson({ run }): CohortsJson {
    const { retention, activity, overview } = run.result;
    return {
      firstMonth: monthLabel(retention.firstMonth),
      lastMonth: monthLabel(retention.lastMonth),
      maxMonthsSince: retention.maxMonthsSince,
      cohorts: retention.cohorts.map(({ cohortMonth, members, activeMembers, retention: shares }) => ({
        cohort: monthLabel(cohortMonth),
        members,
        activeMembers,
        retention: shares,
      })),
      activity: activity.map((month) => ({ ...month, month: monthLabel(month.month) })),
      overview: overview?.map((month) => ({ ...month, month: monthLabel(month.month) })) ?? null,
      skippedRows: retention.skippedRows,
    };
  },
  renderText: runText,
  resultSheets: runSheets,
});
