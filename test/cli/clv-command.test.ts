import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { REPO_ROOT, runInProcess, spawnCli } from "../support/cli";

// Published values on the CDNOW summary (Fader, Hardie & Lee 2005; Fader & Hardie note 025), as listed in
// /work/shared/data/README.md; the fixtures are in test/fixtures/clv (read-only) and test/fixtures/clv-cli.
const SUMMARY = "test/fixtures/clv/cdnow_customers_summary_with_transactions.csv";
const SAMPLE = "test/fixtures/clv/CDNOW_sample.txt";
const SIMPLE_ORDERS = "test/fixtures/clv-cli/simple-orders.csv";

/** `clv ...args` through the real entry; each spawn costs about a second, so there are five. */
const spawnClv = (...args: string[]) => spawnCli("clv", ...args);
/** `clv ...argv` in-process (no fit is cheap under Jest, so these use small data or fail before fitting). */
const runClv = (...argv: string[]) => runInProcess("clv", ...argv);

type Json = Record<string, unknown> & {
  params: Record<string, number>;
  members: Record<string, unknown>[];
  source: Record<string, unknown>;
};
const parse = (stdout: string): Json => JSON.parse(stdout) as Json;
const near = (value: unknown, expected: number, tolerance: number) =>
  expect(Math.abs((value as number) - expected)).toBeLessThanOrEqual(tolerance);

let dir: string;
let sampleCsv: string;
let summaryHead: string[];
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "clv-cli-"));
  // CDNOW_sample.txt (`master_id sample_id yyyymmdd cds dollars`, whitespace separated) as a CSV.
  const lines = readFileSync(path.join(REPO_ROOT, SAMPLE), "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length === 5);
  sampleCsv = path.join(dir, "cdnow-sample.csv");
  writeFileSync(
    sampleCsv,
    ["customer_id,date,cds,dollars", ...lines.map((f) => f.slice(1).join(","))].join("\n"),
  );
  summaryHead = readFileSync(path.join(REPO_ROOT, SUMMARY), "utf8").trim().split(/\r?\n/).slice(0, 401);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("clv (spawned)", () => {
  it("--model bgnbd on the CDNOW summary: published r, α, a, b (3 decimals), LL −9582.4, ID 1's 1.226", () => {
    const result = spawnClv("--summary", SUMMARY, "--model", "bgnbd", "--horizon", "39", "--json");
    expect([result.status, result.stderrLines]).toEqual([0, []]);
    const json = parse(result.stdout);
    expect(
      Object.fromEntries(Object.entries(json.params).map(([key, value]) => [key, value.toFixed(3)])),
    ).toEqual({
      r: "0.243",
      alpha: "4.414",
      a: "0.793",
      b: "2.426",
    });
    near(json.logLikelihood, -9582.4, 0.1);
    expect(json).toMatchObject({ model: "bgnbd", timeUnit: "weeks", horizon: 39, periodUnit: "weeks" });
    expect(json).toMatchObject({ discountRate: null, converged: true, warnings: [] });
    expect(json.members).toHaveLength(2357);
    // ID 1: x = 2, t_x = 30.43, T = 38.86; next 39 weeks 1.226 (published); P(alive) 0.727 (hand value at
    // the published parameters 0.72658, see test/functions/clv.test.ts).
    expect(json.members[0]).toMatchObject({ id: "1", frequency: 2, recency: 30.43, age: 38.86 });
    expect((json.members[0]?.expectedPurchases as number).toFixed(3)).toBe("1.226");
    expect((json.members[0]?.probabilityAlive as number).toFixed(3)).toBe("0.727");
  });

  it("--model gammagamma: published p, q, γ, LL, corr, spends of IDs 1-10 and ID 1's 12-month CLV of 36.3", () => {
    const result = spawnClv(
      ...["--summary", SUMMARY, "--model", "gammagamma", "--unit", "months", "--horizon", "12"],
      ...["--discount", "0.01", "--json"],
    );
    expect([result.status, result.stderrLines]).toEqual([0, []]);
    const json = parse(result.stdout);
    // ±0.01: the note's Solver stopped at γ = 15.44 on a flat ridge (test/src/clv/gamma-gamma.test.ts).
    near(json.params.p, 6.25, 0.01);
    near(json.params.q, 3.74, 0.01);
    near(json.params.gamma, 15.44, 0.01);
    near(json.logLikelihood, -4055.9, 0.1);
    expect((json.frequencySpendCorrelation as number).toFixed(4)).toBe("0.1139");
    expect(json).toMatchObject({ timeUnit: "weeks", horizon: 12, periodUnit: "months", discountRate: 0.01 });
    expect(json).toMatchObject({ repeatCustomers: 946, excludedZeroSpendCustomers: 0, converged: true });
    expect((json.bgnbd as { params: { r: number } }).params.r.toFixed(3)).toBe("0.243");
    const published = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    published.forEach((spend, index) => near(json.members[index]?.expectedSpend, spend, 0.1));
    // The CLV pitfall (shared/data/README.md): 12 months at 1 % a month, a month = 30.4375/7 weeks → ≈ 36.3.
    near(json.members[0]?.clv, 36.3, 0.05);
  });

  it("--input builds the BTYD summary from the raw transactions: the published fit, in months, with --discount", () => {
    const result = spawnClv(
      ...["--input", sampleCsv, "--model", "gammagamma", "--calibration-end", "1997-09-30"],
      ...["--unit", "months", "--horizon", "12", "--discount", "0.01", "--json"],
    );
    expect([result.status, result.stderrLines]).toEqual([0, []]);
    const json = parse(result.stdout);
    const bgnbd = json.bgnbd as {
      params: { r: number; alpha: number; a: number; b: number };
      logLikelihood: number;
    };
    // Fitted in months: r, a, b do not depend on the unit, α scales with it (published 4.414 per week, a month
    // being 30.4375 / 7 weeks), and the log-likelihood shifts by Σx · ln(30.4375 / 7) with Σx = 2,457.
    const { r, alpha, a, b } = bgnbd.params;
    expect([r, (alpha * 30.4375) / 7, a, b].map((value) => value.toFixed(3))).toEqual([
      "0.243",
      "4.414",
      "0.793",
      "2.426",
    ]);
    near(bgnbd.logLikelihood, -9582.4 + 2457 * Math.log(30.4375 / 7), 0.1);
    // Gamma-Gamma on the unrounded zbar: the published 6.25, 3.74, 15.44 (±0.01).
    near(json.params.p, 6.25, 0.01);
    near(json.params.q, 3.74, 0.01);
    near(json.params.gamma, 15.44, 0.01);
    expect(json).toMatchObject({ timeUnit: "months", horizon: 12, periodUnit: "months", discountRate: 0.01 });
    expect(json.members[0]).toMatchObject({ id: "0001", frequency: 2 });
    near(json.members[0]?.clv, 36.3, 0.05); // as from the summary file (the CLV pitfall's corrected value)
    // Counted from the sample file itself: 6,919 lines, those dated after 1997-09-30 are the holdout.
    const after = readFileSync(path.join(REPO_ROOT, SAMPLE), "utf8")
      .split(/\r?\n/)
      .filter((line) => Number(line.trim().split(/\s+/)[2]) > 19970930).length;
    expect(json.source).toEqual({
      kind: "input",
      address: sampleCsv,
      rowCount: 6919,
      customers: 2357,
      rowsSkipped: 0,
      calibrationEnd: "1997-09-30",
      transactionsAfterEnd: after,
    });
  });

  it("--model simple: the article's CLV per member by hand, and the Simple CLV sheet with --out", async () => {
    const out = path.join(dir, "simple.xlsx");
    const result = spawnClv("--input", SIMPLE_ORDERS, "--model", "simple", "--json", "--out", out);
    expect([result.status, result.stderrLines]).toEqual([0, []]);
    const json = parse(result.stdout);
    // By hand: A 2024-01-01 → 01-11 = 10 days, 150 spent (15/day); B registered 2023-12-26, last order
    // 2024-01-05 = 10 days, 100 (10/day); C one order = 0 days; D has no amount (row skipped).
    // Mean lifetime (10 + 10 + 0) / 3 = 20/3 days; population value per day 250 / 20 = 12.5.
    // CLV: A 20/3 · 15 = 100, B 20/3 · 10 = 66.67, C (population rate) 20/3 · 12.5 = 83.33.
    expect(json.members.map(({ id, lifetimeDays, totalSpend }) => [id, lifetimeDays, totalSpend])).toEqual([
      ["A", 10, 150],
      ["B", 10, 100],
      ["C", 0, 60],
    ]);
    expect(json.members.map((member) => (member.clv as number).toFixed(2))).toEqual([
      "100.00",
      "66.67",
      "83.33",
    ]);
    expect(json.members[2]).toMatchObject({ valuePerDay: null, valuePerDaySource: "population" });
    expect(json.members[1]).toMatchObject({ start: "2023-12-26", lastOrder: "2024-01-05" });
    near(json.params.expectedLifetimeDays, 20 / 3, 1e-12);
    expect(json.params.populationValuePerDay).toBe(12.5);
    expect(json).toMatchObject({
      timeUnit: "days",
      periodUnit: "days",
      discountRate: null,
      logLikelihood: null,
    });
    expect(json.source).toMatchObject({ rowCount: 6, rowsSkipped: 1, customers: 3 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((sheet) => sheet.name)).toContain("Simple CLV");
    // The sheet carries the CLV distribution as the pane's does (issue 9: it was once the pane's alone).
    const cells: string[] = [];
    book.getWorksheet("Simple CLV")?.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells).toContain("CLV distribution");
    expect(cells).toContain("CLV range");
  });

  it("--model bgnbd --out: the BG/NBD sheet with the published CDNOW parameters", async () => {
    // Issue 9: the core builds the BG/NBD sheet, so --out writes it instead of refusing the model.
    const out = path.join(dir, "bgnbd.xlsx");
    const result = spawnClv("--summary", SUMMARY, "--model", "bgnbd", "--horizon", "39", "--out", out);
    expect([result.status, result.stderrLines]).toEqual([0, []]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    // "/" cannot stand in a sheet name, so the sheet is "BG NBD".
    const sheet = book.getWorksheet("BG NBD");
    const byLabel = new Map<string, unknown[]>();
    sheet?.eachRow((row) => {
      const values = row.values as unknown[];
      byLabel.set(String(values[1]), values.slice(2));
    });
    const value = (label: string) => Number(byLabel.get(label)?.[0]);
    // Fader, Hardie & Lee (2005) on the CDNOW sample, weeks: r = 0.243, α = 4.414, a = 0.793, b = 2.426.
    expect(value("r (purchase-rate shape)")).toBeCloseTo(0.243, 3);
    expect(value("a (dropout shape)")).toBeCloseTo(0.793, 3);
    expect(value("b (dropout shape)")).toBeCloseTo(2.426, 2);
    // The paper's conditional expectation for x = 2, t_x = 30.43, T = 38.86 (customer 1) over 39 weeks: 1.226.
    expect(Number(byLabel.get("1")?.[4])).toBeCloseTo(1.226, 3);
  });

  it("bad input: a file without the summary columns exits 2 with one line on stderr", () => {
    const result = spawnClv("--summary", SAMPLE, "--model", "bgnbd");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderrLines).toEqual([
      `commerce-analytics: ${SAMPLE}: The summary needs a header row with the columns ID, x, t_x, T (missing: ID, x, t_x, T)`,
    ]);
  });
});

describe("clv (in-process)", () => {
  it("refuses a repeat customer with zero spend with a hint, and --exclude-zero-spend leaves it out", async () => {
    // The first 400 CDNOW customers (fewer give a + b < 1, see the report); ID 1 (x = 2) given zbar 0, as happens in the CDNOW master file.
    const file = path.join(dir, "zero-spend.csv");
    writeFileSync(file, [summaryHead[0], "1,2,30.43,38.86,0.00", ...summaryHead.slice(2)].join("\n"));
    const refused = await runClv("--summary", file, "--model", "gammagamma");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      `commerce-analytics: ${file}: The average repeat spend must be above 0 for customers with repeat purchases (customer 1); pass --exclude-zero-spend to leave such customers out\n`,
    );
    const excluded = await runClv(
      "--summary",
      file,
      "--model",
      "gammagamma",
      "--exclude-zero-spend",
      "--json",
    );
    expect(excluded.status).toBe(0);
    const json = parse(excluded.stdout);
    expect(json.excludedZeroSpendCustomers).toBe(1);
    expect(json.members).toHaveLength(399);
    expect(json.members[0]?.id).toBe("2");
    expect((json.bgnbd as { converged: boolean }).converged).toBe(true);
  });

  it("prints text with the units, the parameter table and the first ten members", async () => {
    const file = path.join(dir, "head.csv");
    writeFileSync(file, summaryHead.join("\n"));
    const { status, stdout } = await runClv("--summary", file, "--model", "bgnbd", "--horizon", "39");
    expect(status).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(`BG/NBD fitted on 400 customers (${file})`);
    expect(lines[1]).toBe("Time unit of recency, T and α: weeks. Horizon: 39 weeks.");
    expect(stdout).toContain("α (purchase-rate scale, weeks)");
    expect(stdout).toContain("… 390 more (all of them with --json)");
  });

  it("simple: --horizon sets the expected lifetime (30 days: A 30 · 15 = 450, B 300, C 30 · 12.5 = 375)", async () => {
    const { status, stdout } = await runClv(
      ...[
        "--input",
        path.join(REPO_ROOT, SIMPLE_ORDERS),
        "--model",
        "simple",
        "--horizon",
        "30",
        "--unit",
        "days",
      ],
      "--json",
    );
    expect(status).toBe(0);
    const json = parse(stdout);
    expect(json.members.map((member) => member.clv)).toEqual([450, 300, 375]);
    expect(json).toMatchObject({ horizon: 30, periodUnit: "days" });
  });

  it.each([
    [
      ["--model", "bgnbd"],
      "give one of --input ORDERS (order lines) or --summary FILE (columns ID, x, t_x, T, zbar)",
    ],
    [["--summary", SUMMARY], "--model must be one of simple, bgnbd, gammagamma (is required)"],
    [
      ["--summary", SUMMARY, "--model", "pareto"],
      '--model must be one of simple, bgnbd, gammagamma (got "pareto")',
    ],
    [
      ["--summary", SUMMARY, "--model", "simple"],
      "--model simple needs --input ORDERS (order lines with member, date, amount), not --summary",
    ],
    [
      ["--summary", SUMMARY, "--model", "bgnbd", "--discount", "0.01"],
      "--discount applies to --model gammagamma (the discounted CLV)",
    ],
    [
      ["--summary", SUMMARY, "--model", "bgnbd", "--unit", "fortnights"],
      '--unit must be one of days, weeks, months, years (got "fortnights")',
    ],
    [
      ["--summary", SUMMARY, "--model", "bgnbd", "--horizon=-3"],
      "--horizon must be a number above 0 (got -3)",
    ],
    [
      ["--summary", SUMMARY, "--model", "bgnbd", "--calibration-end", "1997-09-30"],
      "--calibration-end applies to --input with --model bgnbd or gammagamma",
    ],
    [
      ["--input", SIMPLE_ORDERS, "--model", "bgnbd", "--calibration-end", "soon"],
      '--calibration-end must be a date such as 1997-09-30 (got "soon")',
    ],
  ])("rejects %p before reading data", async (argv, message) => {
    const { status, stdout, stderr } = await runClv(...argv);
    expect([status, stdout, stderr]).toEqual([2, "", `commerce-analytics: ${message}\n`]);
  });

  it("gives the core's message for degenerate data (nobody bought twice)", async () => {
    const file = path.join(dir, "once.csv");
    const rows = Array.from({ length: 12 }, (_, index) => `${index + 1},0,0,${10 + index},0`);
    writeFileSync(file, ["ID,x,t_x,T,zbar", ...rows].join("\n"));
    const { status, stderr } = await runClv("--summary", file, "--model", "bgnbd");
    expect(status).toBe(2);
    expect(stderr).toBe(
      `commerce-analytics: ${file}: The BG/NBD model needs at least one repeat purchase (every customer bought on one day only)\n`,
    );
  });
});
