import { paretoAnalysis, type ParetoResult } from "../../src/analysis/pareto";
import type { LorenzPoint } from "../../src/member/concentration";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { loadAnalysisInput, runSheets, runText, type CommandRun } from "./analysis-input";

export interface ParetoJson {
  readonly customers: number;
  readonly top: number;
  readonly revenueShare: number;
  readonly topMembers: number;
  readonly topRevenue: number;
  readonly totalRevenue: number;
  readonly gini: number;
  readonly lorenz: readonly LorenzPoint[];
  readonly skippedRows: number;
  /** "perMember" when the file has one row per member and its total amounts were read. */
  readonly inputShape: "orderLines" | "perMember";
}

/** `pareto --input FILE [--top 0.2]`: the share of revenue held by the top x % of members. */
export const paretoCommand = defineCommand<CommandRun<ParetoResult>>({
  usage: [
    "pareto --input FILE [--top 0.2] [--member COL] [--amount COL] [--json] [--out FILE.xlsx]",
    "",
    "Revenue per member = sum of the amount column over the member's rows; the top x % are the ⌈x × members⌉",
    "largest spenders. A per-member table (one row per member with an order count, e.g. Member_Id, Order_Sales,",
    "Order_count) is read as it is: each member's total amount is their revenue, the same figures as from the",
    "order lines that sum to it (none is left out; the sheet notes the column read). --json prints {customers,",
    "top, revenueShare, topMembers, topRevenue, totalRevenue, gini, lorenz: [{members, memberShare,",
    'revenueShare}] (smallest spenders first), skippedRows, inputShape: "orderLines" | "perMember"}.',
  ].join("\n"),
  options: {
    ...INPUT_OPTIONS,
    ...COLUMN_OPTIONS,
    top: {
      type: "string",
      valueName: "SHARE",
      description: "the top share of members, above 0 and at most 1, e.g. 0.2 or 20% (default 0.2)",
    },
  },
  async run(args) {
    const settings = topShareFlag(args.values.top);
    const input = await loadAnalysisInput(args);
    return { input, run: paretoAnalysis(input.loaded.table, settings, input.context) };
  },
  toJson({ run }): ParetoJson {
    const { customers, top, revenueShare, topMembers, topRevenue, totalRevenue, gini, lorenz, skippedRows } =
      run.result.pareto;
    const { inputShape } = run.result;
    const summary = { customers, top, revenueShare, topMembers, topRevenue, totalRevenue, gini, lorenz };
    return { ...summary, skippedRows, inputShape };
  },
  renderText: runText,
  resultSheets: runSheets,
});

/** --top as a share: "0.2" or "20%", above 0 and at most 1; without the flag, the use case's default. */
function topShareFlag(value: unknown): { readonly topShare?: number } {
  if (value === undefined) return {};
  const text = String(value).trim();
  const percent = text.endsWith("%");
  const number = Number(percent ? text.slice(0, -1) : text);
  const share = percent ? number / 100 : number;
  if (text === "" || text === "%" || !(share > 0 && share <= 1)) {
    throw new CliError(
      `--top must be a share above 0 and at most 1, such as 0.2 or 20% (got "${String(value)}")`,
    );
  }
  return { topShare: share };
}
