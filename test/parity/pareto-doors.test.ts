/**
 * Pareto from a per-member table (issue 11 gap): at every door that has Pareto (the command line's `pareto` and
 * the Members tab's engine job; there is no Pareto worksheet function) the order lines of
 * test/fixtures/member-cli/orders.csv and the per-member table built from them by hand below give the same
 * figures. The per-member table, line by line (the line without a member id, 25, belongs to no member):
 *   A: O1 100 + 20, O2 50, O3 150 = 320 (3 orders, last 2021-02-01)
 *   B: O4 80, O5 40 = 120 (2 orders, last 2021-01-20)
 *   C: O6 200, O7 60, O8 30 = 290 (3 orders, last 2021-03-03)
 *   D: O9 30 = 30 (1 order, last 2021-02-14)
 *   E: O10 10, O11 10, O13 10 = 30 (3 orders, last 2021-03-06)
 * Total 790. Top 20 % of 5 members = ⌈0.2 × 5⌉ = 1 member (A, 320): share 320 / 790 = 0.4050632911392405.
 * Gini (population form, sorted 30, 30, 120, 290, 320): 2 × (1·30 + 2·30 + 3·120 + 4·290 + 5·320) / (5 × 790)
 * − 6/5 = 6420 / 3950 − 1.2 = 0.4253164556962025 (numpy: mean absolute difference / (2 × mean) gives the same).
 * Lorenz revenue shares (smallest first): 0, 30, 60, 180, 470, 790 over 790.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { paretoCommand, type ParetoJson } from "../../cli/commands/pareto";
import { membersJob, type MembersRequest } from "../../engine/jobs/members";
import type { Locale } from "../../src/i18n/locale";
import type { ResultSheet } from "../../src/report/types";
import { excelGridFromCsv } from "./excel-grid";
import { JOB_CONTEXT, PANE_RECORD } from "./ranges";

const ORDER_LINES = join(__dirname, "../fixtures/member-cli/orders.csv");

/** The per-member table, as the member study's SQL exports it (YYYYMMDD last orders). */
const PER_MEMBER_CSV = [
  "Member_Id,Order_Sales,Order_count,last_order",
  "A,320,3,20210201",
  "B,120,2,20210120",
  "C,290,3,20210303",
  "D,30,1,20210214",
  "E,30,3,20210306",
].join("\n");

let perMember = "";
beforeAll(() => {
  perMember = join(mkdtempSync(join(tmpdir(), "pareto-doors-")), "members.csv");
  writeFileSync(perMember, `${PER_MEMBER_CSV}\n`);
});

const HAND = {
  customers: 5,
  top: 0.2,
  topMembers: 1,
  topRevenue: 320,
  totalRevenue: 790,
  revenueShare: 320 / 790,
};
const HAND_GINI = 0.4253164556962025;
const HAND_LORENZ = [0, 30, 60, 180, 470, 790].map((revenue) => revenue / 790);

async function cli(file: string, locale: Locale) {
  const output = await paretoCommand.execute({ values: { input: file }, positionals: [], locale });
  return { json: output.json() as ParetoJson, sheets: output.sheets() ?? [] };
}

function pane(file: string, locale: Locale): ResultSheet {
  const request: MembersRequest = {
    grid: excelGridFromCsv(file),
    roleChoices: {},
    locale,
    runRecord: PANE_RECORD,
    analyses: ["pareto"],
    topShare: 0.2,
    discountConvention: "paidRatio",
    clv: { model: "simple", horizonPeriods: 12, timeUnit: "months", annualDiscountRate: 0.1 },
  };
  const [outcome] = membersJob(request, JOB_CONTEXT).outcomes;
  if (outcome === undefined || !outcome.ok) throw new Error(`pareto: ${String(outcome?.error.message)}`);
  return outcome.sheet;
}

/** The summary and Lorenz rows of a Pareto sheet: the figures, without notes or the run record. */
const tableRows = (sheet: ResultSheet | undefined) => sheet?.tables.map((table) => table.rows);

describe("the command line's pareto: order lines and the per-member table give the same figures", () => {
  it("the --json figures match the hand calculation for both shapes", async () => {
    const lines = await cli(ORDER_LINES, "en");
    const members = await cli(perMember, "en");
    for (const { json } of [lines, members]) {
      expect(json).toMatchObject(HAND);
      expect(json.gini).toBeCloseTo(HAND_GINI, 12);
      expect(json.lorenz.map((point) => point.revenueShare)).toEqual(
        HAND_LORENZ.map((share) => expect.closeTo(share, 12) as unknown),
      );
    }
    expect(members.json.lorenz).toEqual(lines.json.lorenz);
    // The order lines leave out the line without a member; the per-member table has no such row.
    expect([lines.json.skippedRows, members.json.skippedRows]).toEqual([1, 0]);
    expect([lines.json.inputShape, members.json.inputShape]).toEqual(["orderLines", "perMember"]);
  });

  it("the --out sheets hold the same rows; the per-member sheet names the column read, in three languages", async () => {
    const expected: Record<Locale, string> = {
      en: 'Read from a per-member table: each member\'s revenue is their total amount in "Order_Sales", the sum of their order lines; every figure here needs only these totals, so none is left out.',
      "zh-TW":
        "讀自每位會員一列的表：每位會員的銷售額為「Order_Sales」欄的消費總額，即其訂單明細的合計；此處各數字只需這些總額，沒有省略任何一項。",
      "zh-CN":
        "读自每位会员一行的表：每位会员的销售额为“Order_Sales”列的消费总额，即其订单明细的合计；此处各数字只需这些总额，没有省略任何一项。",
    };
    for (const locale of ["en", "zh-TW", "zh-CN"] as const) {
      const lines = await cli(ORDER_LINES, locale);
      const members = await cli(perMember, locale);
      expect(tableRows(members.sheets[0])).toEqual(tableRows(lines.sheets[0]));
      expect(members.sheets[0]?.tables[0]?.notes).toContain(expected[locale]);
      expect(lines.sheets[0]?.tables[0]?.notes).not.toContain(expected[locale]);
    }
  });
});

describe("the Members tab's Pareto (engine job): the per-member table as the command line reads it", () => {
  it.each<Locale>(["en", "zh-TW", "zh-CN"])(
    "%s: the same sheet as --out, the same rows as order lines",
    async (locale) => {
      const fromPane = pane(perMember, locale);
      const { sheets } = await cli(perMember, locale);
      const { runRecord: _paneRecord, ...paneContent } = fromPane;
      const { runRecord: _cliRecord, ...cliContent } = sheets[0] as ResultSheet;
      expect(paneContent).toEqual(cliContent);
      expect(tableRows(fromPane)).toEqual(tableRows(pane(ORDER_LINES, locale)));
      expect(fromPane.tables[0]?.rows).toEqual([
        [5, 0.2, 1, 320, 790, expect.closeTo(320 / 790, 12), expect.closeTo(HAND_GINI, 12)],
      ]);
    },
  );
});
