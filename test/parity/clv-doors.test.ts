/**
 * One engine, one answer (issue 9) for customer value: the command line's `clv` (--json and --out sheets), the
 * Members tab's CLV analysis (the engine job), and =CLV, =CLV.BGNBD, =CLV.PALIVE and =CLV.GAMMAGAMMA on the same
 * customers. Published anchors on the CDNOW summary (Fader, Hardie & Lee 2005: r 0.243, α 4.414, a 0.793,
 * b 2.426, as /work/shared/data/README.md lists them and test/cli/clv-command.test.ts checks) and the hand
 * calculation of test/fixtures/clv-cli/simple-orders.csv in that test keep the shared answer honest.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clvCommand } from "../../cli/commands/clv";
import type { ClvJson } from "../../cli/commands/clv/json";
import { membersJob, type ClvSettings, type MembersRequest } from "../../engine/jobs/members";
import { clv } from "../../functions/clv";
import { clvBgnbd, clvGammaGamma, clvPalive } from "../../functions/clv-btyd";
import type { Locale } from "../../src/i18n/locale";
import type { ResultSheet } from "../../src/report/types";
import { excelGridFromCsv } from "./excel-grid";
import { columnRange, JOB_CONTEXT, PANE_RECORD } from "./ranges";
import { sheetContent } from "./sheet-content";

const FIXTURES = join(__dirname, "../fixtures");
/** Each of the heavy tests fits BG/NBD and Gamma-Gamma twice on 2,357 customers: seconds, more on a busy machine. */
const FIT_TIMEOUT_MS = 180_000;
const SIMPLE_ORDERS = join(FIXTURES, "clv-cli/simple-orders.csv");
const CDNOW_SAMPLE = join(FIXTURES, "clv/CDNOW_sample.txt");
const CDNOW_SUMMARY = join(FIXTURES, "clv/cdnow_customers_summary_with_transactions.csv");

async function cli(locale: Locale, values: Record<string, string>) {
  const output = await clvCommand.execute({ values, positionals: [], locale });
  return { json: output.json() as ClvJson, sheets: output.sheets() ?? [] };
}

function pane(file: string, clvSettings: ClvSettings, locale: Locale): ResultSheet {
  const request: MembersRequest = {
    grid: excelGridFromCsv(file),
    roleChoices: {},
    locale,
    runRecord: PANE_RECORD,
    analyses: ["clv"],
    topShare: 0.2,
    discountConvention: "paidRatio",
    clv: clvSettings,
  };
  const [outcome] = membersJob(request, JOB_CONTEXT).outcomes;
  if (outcome === undefined || !outcome.ok) throw new Error(`clv: ${JSON.stringify(outcome)}`);
  return outcome.sheet;
}

describe("simple CLV from the command line, the Members tab and =CLV", () => {
  /*
   * simple-orders.csv (test/cli/clv-command.test.ts): D's line has no amount, so it is skipped (1 row); mean
   * lifetime (10 + 10 + 0) / 3 days; A spends 150 over 10 days, B 100 over 10 days (from registration).
   */
  it.each<Locale>(["en", "zh-TW"])("the same members, values and sheet (%s)", async (locale) => {
    const fromCli = await cli(locale, { input: SIMPLE_ORDERS, model: "simple" });
    const sheet = pane(SIMPLE_ORDERS, { model: "simple", ...BTYD_FORM }, locale);
    expect(fromCli.json.source).toMatchObject({ rowCount: 6, rowsSkipped: 1, customers: 3 });
    expect([sheetContent(sheet)]).toEqual(fromCli.sheets.map(sheetContent));
  });

  it("=CLV's member table holds the command line's figures, leaving out the line the command line skips", async () => {
    const { json } = await cli("en", { input: SIMPLE_ORDERS, model: "simple" });
    const grid = excelGridFromCsv(SIMPLE_ORDERS);
    // Excel passes an empty cell to a function as null (on the web; desktop passes 0).
    const ranges = ["member_id", "order_date", "amount", "registration_date"].map((name) =>
      columnRange(grid, name).map((row) => row.map((cell) => (cell === "" ? null : cell))),
    );
    const [ids, dates, amounts, registrations] = ranges as [
      unknown[][],
      unknown[][],
      unknown[][],
      unknown[][],
    ];
    // The line without an amount is left out at both doors (one answer): the command line counts it skipped.
    expect(amounts.filter((row) => row[0] === null).length).toBe(json.source.rowsSkipped);
    const spill = await Promise.resolve(clv(ids, dates, amounts, registrations));
    // A member with 0 lifetime days has no value per day of its own: the JSON says null with the source
    // "population", the spill (five columns, no source column) shows the population's value it was given.
    const population = json.params.populationValuePerDay;
    expect(spill.slice(1)).toEqual(
      json.members.map((member) => [
        member.id,
        member.lifetimeDays,
        member.totalSpend,
        member.valuePerDaySource === "population" ? population : member.valuePerDay,
        member.clv,
      ]),
    );
    expect(spill.slice(1).map((row) => row[0])).toEqual(["A", "B", "C"]);
  });
});

/** The Members tab's BTYD settings as the command line's flags below state them: weeks, 52 of them, no discount. */
const BTYD_FORM = { horizonPeriods: 52, timeUnit: "weeks", annualDiscountRate: 0 } as const;

describe("BG/NBD + Gamma-Gamma from the command line and from the Members tab", () => {
  let dir: string;
  let orders: string;
  beforeAll(() => {
    // CDNOW_sample.txt (`master_id sample_id yyyymmdd cds dollars`) as an order export with ISO dates.
    dir = mkdtempSync(join(tmpdir(), "clv-doors-"));
    orders = join(dir, "cdnow-orders.csv");
    const rows = readFileSync(CDNOW_SAMPLE, "utf8")
      .split(/\r?\n/)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields.length === 5)
      .map(
        ([, id, day, , dollars]) =>
          `C${id},${day?.slice(0, 4)}-${day?.slice(4, 6)}-${day?.slice(6)},${dollars}`,
      );
    writeFileSync(orders, ["Customer ID,Order Date,Amount", ...rows].join("\n"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    "the same fits, values and customer-value sheet on CDNOW's transactions",
    async () => {
      const fromCli = await cli("en", { input: orders, model: "gammagamma", unit: "weeks", horizon: "52" });
      const sheet = pane(orders, { model: "btyd", ...BTYD_FORM }, "en");
      expect(fromCli.json.source).toMatchObject({ rowCount: 6919, rowsSkipped: 0, customers: 2357 });
      expect([sheetContent(sheet)]).toEqual(fromCli.sheets.map(sheetContent));
    },
    FIT_TIMEOUT_MS,
  );
});

describe("=CLV.BGNBD, =CLV.PALIVE and =CLV.GAMMAGAMMA and the command line's clv on the CDNOW summary", () => {
  const grid = excelGridFromCsv(CDNOW_SUMMARY);
  const [x, tx, T, zbar] = ["x", "t_x", "T", "zbar"].map((name) => columnRange(grid, name)) as [
    unknown[][],
    unknown[][],
    unknown[][],
    unknown[][],
  ];

  it(
    "BG/NBD: the same fitted parameters, P(alive) and expected purchases over 39 weeks",
    async () => {
      const { json } = await cli("en", { summary: CDNOW_SUMMARY, model: "bgnbd", horizon: "39" });
      const { r, alpha, a, b } = json.params as Record<"r" | "alpha" | "a" | "b", number>;
      expect([r, alpha, a, b].map((value) => value.toFixed(3))).toEqual(["0.243", "4.414", "0.793", "2.426"]);
      const fitted = Object.fromEntries(await clvBgnbd(x, tx, T));
      expect([fitted.r, fitted.alpha, fitted.a, fitted.b, fitted["log-likelihood"]]).toEqual([
        r,
        alpha,
        a,
        b,
        json.logLikelihood,
      ]);
      const expected = await clvBgnbd(x, tx, T, 39, r, alpha, a, b);
      const alive = clvPalive(x, tx, T, r, alpha, a, b);
      expect(expected.length).toBe(json.members.length);
      json.members.forEach((member, index) => {
        expect(expected[index]?.[0]).toBe(member.expectedPurchases);
        expect(alive[index]?.[0]).toBe(member.probabilityAlive);
      });
    },
    FIT_TIMEOUT_MS,
  );

  it(
    "Gamma-Gamma: the same fitted parameters on the repeat customers",
    async () => {
      const { json } = await cli("en", { summary: CDNOW_SUMMARY, model: "gammagamma", horizon: "39" });
      const fitted = Object.fromEntries(await clvGammaGamma(x, zbar));
      const { p, q, gamma } = json.params as Record<"p" | "q" | "gamma", number>;
      expect([fitted.p, fitted.q, fitted.gamma, fitted["log-likelihood"]]).toEqual([
        p,
        q,
        gamma,
        json.logLikelihood,
      ]);
      expect(fitted["corr(x, zbar)"]).toBe(json.frequencySpendCorrelation);
      // The BG/NBD behind the command line's CLV is =CLV.BGNBD's fit on the same customers.
      const bgnbd = Object.fromEntries(await clvBgnbd(x, tx, T));
      const behind = (json.bgnbd as { params: Record<string, number> }).params;
      expect([bgnbd.r, bgnbd.alpha, bgnbd.a, bgnbd.b]).toEqual([behind.r, behind.alpha, behind.a, behind.b]);
    },
    FIT_TIMEOUT_MS,
  );
});
