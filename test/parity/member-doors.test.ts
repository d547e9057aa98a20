/**
 * One engine, one answer (issue 9): every member analysis run on the same file through the command line (its
 * --json document and its --out sheets) and through the pane's engine job (the sheet the Members tab writes)
 * gives the same numbers, the same row counts and the same sheets: titles, headers, values, notes, charts.
 * Only the run record (input address, time, the door's own parameters) may differ. The pane's input is the
 * file's cells as Excel would hand them over (excel-grid.ts), not the command line's reading of it.
 */
import { join } from "node:path";
import { cohortsCommand } from "../../cli/commands/cohorts";
import { cycleCommand } from "../../cli/commands/cycle";
import { paretoCommand } from "../../cli/commands/pareto";
import { rfmCommand, type RfmJson } from "../../cli/commands/rfm";
import { sensitivityCommand } from "../../cli/commands/sensitivity";
import { timingCommand } from "../../cli/commands/timing";
import type { RegisteredCommand } from "../../cli/command";
import { rfmTable } from "../../functions/rfm-table";
import { membersJob, type MemberAnalysis, type MembersRequest } from "../../engine/jobs/members";
import type { Locale } from "../../src/i18n/locale";
import type { ResultSheet } from "../../src/report/types";
import { excelGridFromCsv } from "./excel-grid";
import { sheetContent } from "./sheet-content";

const FIXTURES = join(__dirname, "../fixtures");
const ORDERS = join(FIXTURES, "member-cli/orders.csv");
const R_SAMPLE = join(FIXTURES, "member/rfm_data_orders.csv");

async function cli(
  command: RegisteredCommand,
  file: string,
  locale: Locale,
  flags: Record<string, string> = {},
) {
  const output = await command.execute({ values: { input: file, ...flags }, positionals: [], locale });
  return { json: output.json(), sheets: output.sheets() ?? [] };
}

function pane(file: string, analyses: readonly MemberAnalysis[], locale: Locale): ResultSheet[] {
  const request: MembersRequest = {
    grid: excelGridFromCsv(file),
    roleChoices: {},
    locale,
    runRecord: {
      inputAddress: "Orders!A1:G16",
      rowCount: 0,
      parameters: {},
      engineVersion: "test",
      timestampIso: "2026-12-05T00:00:00.000Z",
    },
    analyses,
    topShare: 0.2,
    discountConvention: "paidRatio",
    clv: { model: "simple", horizonPeriods: 12, timeUnit: "months", annualDiscountRate: 0.1 },
  };
  const result = membersJob(request, { progress: () => undefined, isCancelled: () => false });
  return result.outcomes.map((outcome) => {
    if (!outcome.ok) throw new Error(`${outcome.analysis}: ${outcome.error.message}`);
    return outcome.sheet;
  });
}

describe.each<Locale>(["en", "zh-TW"])("the command line and the pane give one answer (%s)", (locale) => {
  it.each<[string, RegisteredCommand, string, readonly MemberAnalysis[]]>([
    ["cycle", cycleCommand, R_SAMPLE, ["cycle"]],
    ["pareto", paretoCommand, R_SAMPLE, ["pareto"]],
    ["cohorts", cohortsCommand, ORDERS, ["cohorts"]],
    ["sensitivity", sensitivityCommand, ORDERS, ["sensitivity"]],
    // The command line's timing also writes the channel sheet when the file has a channel column.
    ["timing", timingCommand, ORDERS, ["timing", "channel"]],
  ])("%s: the same sheets from --out and from the Members tab", async (_name, command, file, analyses) => {
    const fromCli = await cli(command, file, locale);
    const fromPane = pane(file, analyses, locale);
    expect(fromCli.sheets.length).toBeGreaterThan(0);
    expect(fromPane.map(sheetContent)).toEqual(fromCli.sheets.map(sheetContent));
  });
});

describe("=RFM.TABLE and the command line's rfm give one answer", () => {
  // R rfm's sample (4,906 order lines of 995 customers), as of 2006-12-31; the worksheet function counts
  // distinct order days (count_by "days"), so the command line is asked for --count-by days.
  it("per member: recency, frequency, monetary, the three scores and the segment", async () => {
    const { json } = await cli(rfmCommand, R_SAMPLE, "en", { "as-of": "2006-12-31", "count-by": "days" });
    const grid = excelGridFromCsv(R_SAMPLE);
    const body = grid.values.slice(1);
    const column = (index: number) => body.map((row) => [row[index]]);
    const spill = await rfmTable(
      column(0),
      column(1),
      column(2),
      Date.UTC(2006, 11, 31) / 86_400_000 + 25569,
    );
    const fromCli = (json as RfmJson).members.map((member) => [
      member.memberId,
      member.recencyDays,
      member.frequency,
      member.monetary,
      member.recencyScore,
      member.frequencyScore,
      member.monetaryScore,
      member.segmentLabel,
    ]);
    expect(spill.length - 1).toBe(995);
    expect(spill.slice(1)).toEqual(fromCli);
  });
});
