/**
 * One engine, one answer (issue 9) where a member analysis has a worksheet function: =CYCLE.STATS against the
 * command line's `cycle`, =PROMO.SENSITIVITY against `sensitivity` (the function takes each member's order
 * counts, the command line counts them from the order lines), and the channel mix of `timing` against the
 * Members tab's channel analysis. The hand-worked fixture (test/fixtures/member-cli/orders.csv, figures in
 * test/src/analysis/member-fixture.ts) anchors the shared answer: five members, A-E, and one line without a
 * member, which every door leaves out.
 */
import { join } from "node:path";
import { cycleCommand, type CycleJson } from "../../cli/commands/cycle";
import { sensitivityCommand, type SensitivityJson } from "../../cli/commands/sensitivity";
import { timingCommand, type TimingJson } from "../../cli/commands/timing";
import type { RegisteredCommand } from "../../cli/command";
import { membersJob } from "../../engine/jobs/members";
import { cycleStats, promoSensitivity } from "../../functions/member";
import type { Locale } from "../../src/i18n/locale";
import { sensitivityTagLabel } from "../../src/report/member-sensitivity";
import { excelGridFromCsv } from "./excel-grid";
import { columnRange, JOB_CONTEXT, PANE_RECORD } from "./ranges";

const FIXTURES = join(__dirname, "../fixtures");
const ORDERS = join(FIXTURES, "member-cli/orders.csv");
const R_SAMPLE = join(FIXTURES, "member/rfm_data_orders.csv");

async function cliJson<T>(command: RegisteredCommand, file: string, locale: Locale = "en"): Promise<T> {
  const output = await command.execute({ values: { input: file }, positionals: [], locale });
  return output.json() as T;
}

describe("=CYCLE.STATS and the command line's cycle", () => {
  it.each([
    ["member-cli/orders.csv", ORDERS, "Member ID", "Order Date"],
    ["R rfm's sample", R_SAMPLE, "customer_id", "order_date"],
  ])(
    "%s: the same members, members with a cycle, quartiles and lapsed-after days",
    async (_name, file, id, date) => {
      const { summary } = await cliJson<CycleJson>(cycleCommand, file);
      const grid = excelGridFromCsv(file);
      const spill = await Promise.resolve(cycleStats(columnRange(grid, id), columnRange(grid, date)));
      expect(spill.slice(1).map((row) => row[1])).toEqual([
        summary.members,
        summary.membersWithCycle,
        summary.mean,
        summary.q1,
        summary.median,
        summary.q3,
        summary.lapsedAfterDays,
      ]);
      if (file === ORDERS) expect([summary.members, summary.skippedRows]).toEqual([5, 1]);
    },
  );
});

describe("=PROMO.SENSITIVITY and the command line's sensitivity", () => {
  it.each<Locale>(["en", "zh-TW"])(
    "the same tag for every member from its order counts (%s)",
    async (locale) => {
      const { promotion } = await cliJson<SensitivityJson>(sensitivityCommand, ORDERS, locale);
      const members = promotion?.members ?? [];
      expect(members.map((member) => member.memberId)).toEqual(["A", "B", "C", "D", "E"]);
      const spill = await Promise.resolve(
        promoSensitivity(
          members.map((member) => [member.promotedOrders]),
          members.map((member) => [member.orders]),
          locale,
        ),
      );
      expect(spill.map((row) => row[0])).toEqual(
        members.map((member) => sensitivityTagLabel(locale, member.tag)),
      );
    },
  );
});

describe("the channel mix from the command line's timing and from the Members tab", () => {
  it("the same top channel and order share, and the same rows", async () => {
    const { channels } = await cliJson<TimingJson>(timingCommand, ORDERS);
    const result = membersJob(
      {
        grid: excelGridFromCsv(ORDERS),
        roleChoices: {},
        locale: "en",
        runRecord: PANE_RECORD,
        analyses: ["channel"],
        topShare: 0.2,
        discountConvention: "paidRatio",
        clv: { model: "simple", horizonPeriods: 12, timeUnit: "months", annualDiscountRate: 0.1 },
      },
      JOB_CONTEXT,
    );
    const [outcome] = result.outcomes;
    if (outcome === undefined || !outcome.ok) throw new Error("channel failed in the pane");
    const top = channels?.channels[0];
    expect(outcome.facts).toEqual({
      analysis: "channel",
      topChannel: top?.channel,
      topOrderShare: top?.orderShare,
    });
    // Order ids O1-O13, O12's line without a member left out (1 row): 12 orders; app has 6 (O1, O3, O6, O7,
    // O10, O13), web 5, store 1.
    expect([channels?.orderCount, channels?.skippedRows, top?.channel, top?.orders]).toEqual([
      12,
      1,
      "app",
      6,
    ]);
    expect(result.rowCount).toBe(14);
  });
});
