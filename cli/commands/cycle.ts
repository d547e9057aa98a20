import { cycleAnalysis, type CycleResult } from "../../src/analysis/cycle";
import type { CategoryCycle } from "../../src/member/cycle-by-category";
import type { CycleHistogramBin } from "../../src/member/cycle-histogram";
import { COLUMN_OPTIONS } from "../column-flags";
import { isoDateMemo } from "../iso-date-memo";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { ENGINE_OPTION, engineFlag } from "../duckdb/engine-flag";
import { cycleWithDuckDb } from "../duckdb/member-days-engine-run";
import { loadAnalysisInput, runSheets, runText, type CommandRun } from "./analysis-input";

export interface CycleJson {
  readonly summary: {
    /** Members with a dated order; the statistics cover membersWithCycle of them. */
    readonly members: number;
    readonly membersWithCycle: number;
    readonly singleDayMembers: number;
    readonly mean: number;
    readonly min: number;
    readonly q1: number;
    readonly median: number;
    readonly q3: number;
    readonly max: number;
    readonly lapsedAfterDays: number;
    readonly skippedRows: number;
  };
  readonly members: readonly {
    readonly memberId: string;
    readonly purchaseDays: number;
    /** "yyyy-mm-dd". */
    readonly lastPurchaseDate: string;
    readonly cycleDays: number | null;
  }[];
  readonly histogram: readonly CycleHistogramBin[];
  readonly categories: readonly CategoryCycle[] | null;
}

/** `cycle --input FILE`: purchase cycle per member and its mean, quartiles and lapsed-after threshold. */
export const cycleCommand = defineCommand<CommandRun<CycleResult>>({
  usage: [
    "cycle --input FILE [--member COL] [--date COL] [--order COL] [--category COL] [--engine core|duckdb] [--json]",
    "    [--out FILE.xlsx]",
    "",
    "Cycle = days between a member's last two distinct purchase days (quartiles: Excel QUARTILE.INC, R type 7).",
    "--json prints {summary: {members, membersWithCycle, singleDayMembers, mean, min, q1, median, q3, max,",
    "lapsedAfterDays, skippedRows}, members: [{memberId, purchaseDays, lastPurchaseDate, cycleDays (null: one",
    "purchase day)}], histogram: [{lowerDays, upperDays, members, memberShare, openEnded}], categories: [...] | null}.",
    "--engine duckdb: DuckDB (embedded) reduces the file (CSV or Parquet, larger than memory) to one row per member",
    "and purchase day with the first steps of `sql --analysis cycle`; the cycles and quartiles are then computed here.",
  ].join("\n"),
  options: { ...INPUT_OPTIONS, ...COLUMN_OPTIONS, ...ENGINE_OPTION },
  async run(args) {
    if (engineFlag(args.values.engine) === "duckdb") return cycleWithDuckDb(args);
    const input = await loadAnalysisInput(args);
    return { input, run: cycleAnalysis(input.loaded.table, input.context) };
  },
  toJson({ run }): CycleJson {
    const { summary, categories } = run.result;
    const { stats } = summary;
    const isoOf = isoDateMemo();
    return {
      summary: {
        members: summary.memberCount,
        membersWithCycle: summary.membersWithCycle,
        singleDayMembers: summary.singleDayMembers,
        mean: stats.mean,
        min: stats.min,
        q1: stats.q1,
        median: stats.median,
        q3: stats.q3,
        max: stats.max,
        lapsedAfterDays: summary.lapsedAfterDays,
        skippedRows: summary.skippedRows,
      },
      members: summary.members.map((member) => ({
        memberId: member.memberId,
        purchaseDays: member.purchaseDays,
        lastPurchaseDate: isoOf(member.lastPurchaseDaySerial),
        cycleDays: member.cycleDays,
      })),
      histogram: summary.histogram,
      categories: categories ?? null,
    };
  },
  renderText: runText,
  resultSheets: runSheets,
});
