/**
 * `commerce-analytics rfm`. Expected values for R rfm's sample (test/fixtures/rfm/README.md): shared/data/README.md,
 * section "R rfm package sample" (analysis date 2006-12-31); segment labels are R rfm's segment rules applied by
 * hand to the documented scores (test/functions/rfm-scores.test.ts lists them). The small order-lines fixture is
 * worked out by hand below (test/fixtures/rfm-cli/README.md).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { RfmJson } from "../../cli/commands/rfm";
import { runInProcess, spawnCli } from "../support/cli";

const sample = "test/fixtures/rfm/rfm_data_orders.csv";
const orderLines = "test/fixtures/rfm-cli/order-lines.csv";

function memberOf(json: RfmJson, memberId: string) {
  const member = json.members.find((candidate) => candidate.memberId === memberId);
  if (member === undefined) throw new Error(`no member ${memberId}`);
  const { recencyDays, frequency, monetary, recencyScore, frequencyScore, monetaryScore, segment } = member;
  return [recencyDays, frequency, monetary, [recencyScore, frequencyScore, monetaryScore], segment];
}

/** Members with R, F and M scores all 4-5 (the package's "Champions" figure): count, orders, revenue. */
function topScored(json: RfmJson): [number, number, number] {
  const top = json.members.filter(
    (m) => m.recencyScore >= 4 && m.frequencyScore >= 4 && m.monetaryScore >= 4,
  );
  return [
    top.length,
    top.reduce((sum, m) => sum + m.frequency, 0),
    top.reduce((sum, m) => sum + m.monetary, 0),
  ];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "rfm-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("commerce-analytics rfm (spawned)", () => {
  it("reproduces R rfm's documented scores, edges and 4-5 group, and writes the Segments and Members sheets", async () => {
    const out = path.join(dir, "rfm.xlsx");
    const result = spawnCli(
      "rfm",
      "--input",
      sample,
      "--as-of",
      "2006-12-31",
      "--count-by",
      "rows",
      "--json",
      "--out",
      out,
    );
    expect([result.status, result.stderrLines]).toEqual([0, []]);
    const json = result.json<RfmJson>();
    expect(json).toMatchObject({
      asOf: "2006-12-31",
      asOfSource: "given",
      countBy: "rows",
      scoring: {
        bins: 5,
        edgeRule: "rfmPackage",
        recencyEdges: [115, 181, 297.4, 482],
        frequencyEdges: [4, 5, 6, 8],
        monetaryEdges: [255.8, 382, 506.4, 666],
      },
      rows: { read: 4906, used: 4906, skipped: { blankMemberId: 0, unparseableDate: 0, missingAmount: 0 } },
    });
    expect(json.members).toHaveLength(995);
    expect(memberOf(json, "Abbey O'Reilly")).toEqual([205, 6, 472, [3, 4, 3], "potentialLoyalist"]);
    expect(memberOf(json, "Add Senger")).toEqual([140, 3, 340, [4, 1, 2], "newCustomers"]);
    expect(memberOf(json, "Aden Lesch")).toEqual([194, 4, 405, [3, 2, 3], "loyalCustomers"]);
    expect(memberOf(json, "Aden Murphy")).toEqual([98, 7, 596, [5, 4, 4], "potentialLoyalist"]);
    expect(memberOf(json, "Admiral Senger")).toEqual([132, 5, 448, [4, 3, 3], "potentialLoyalist"]);
    expect(json.members[0]?.segmentLabel).toBe("Potential Loyalist"); // Brion Stark 3-5-5
    expect(topScored(json)).toEqual([158, 1234, 120178]);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Segments", "Members"]);
    const rows: unknown[][] = [];
    book.getWorksheet("Members")?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const abbey = rows.find((row) => row[0] === "Abbey O'Reilly");
    expect(abbey).toEqual(["Abbey O'Reilly", 205, 6, 472, 3, 4, 3, "Potential Loyalist"]);
    expect(rows.flat()).toContain("Recency counted to 2006-12-31 (as given).");
  });

  it("defaults to the day after the latest order and distinct order days", () => {
    const result = spawnCli("rfm", "--input", sample, "--json");
    const json = result.json<RfmJson>();
    expect([json.asOf, json.asOfSource, json.countBy]).toEqual(["2006-12-31", "dayAfterLatestOrder", "days"]);
    expect(memberOf(json, "Abbey O'Reilly")).toEqual([205, 6, 472, [3, 4, 3], "potentialLoyalist"]);
    // 11 customers have two orders on one day. Offline cross-check (python3, pandas 1.5.3):
    // groupby(customer_id).order_date.nunique(), np.quantile(..., [.2, .4, .6, .8]) + 1 → 157, 1226, 119412.
    expect(topScored(json)).toEqual([157, 1226, 119412]);
  });

  it("exits 2 with one line on stderr for an as-of date before the latest order", () => {
    const result = spawnCli("rfm", "--input", sample, "--as-of", "2006-12-01", "--json");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderrLines).toEqual([
      `commerce-analytics: ${sample}: --as-of 2006-12-01 is before the latest order 2006-12-30`,
    ]);
  });
});

describe("rfm (in-process)", () => {
  // Hand calculation. Rows used: M1 O1 2021-01-05 10, M1 O1 2021-01-05 5, M1 O2 2021-01-05 20, M2 O3 2021-01-10 7;
  // skipped: a blank member, "not a date", a blank amount. As of 2021-01-11 (the day after the latest order):
  // M1 6 days, 2 orders (O1, O2), 35; M2 1 day, 1 order, 7.
  // Recency [6, 1]: type-7 quantiles 2, 3, 4, 5 → edges 3, 4, 5, 6; 6 reaches all four → R 1; 1 none → R 5.
  // Orders [2, 1]: quantiles 1.2 … 1.8 → edges 2.2 … 2.8 → F 1 and 1.
  // Amount [35, 7]: quantiles 12.6, 18.2, 23.8, 29.4 → edges 13.6, 19.2, 24.8, 30.4 → M 5 and 1.
  // Segments: 1-1-5 → Lost (no earlier rule holds: F 1 fails the rest, R 1 fails promising … about to sleep);
  // 5-1-1 → New Customers (potential: F 1; loyal, promising: R 5).
  it("counts distinct order ids, reports skipped rows and scores two members by hand", async () => {
    const { status, stdout, stderr } = await runInProcess("rfm", "--input", orderLines, "--json");
    expect([status, stderr]).toEqual([0, ""]);
    const json = JSON.parse(stdout) as RfmJson;
    expect(json).toMatchObject({
      asOf: "2021-01-11",
      countBy: "orders",
      scoring: { recencyEdges: [3, 4, 5, 6], frequencyEdges: [2.2, 2.4, 2.6, 2.8] },
      rows: {
        read: 7,
        used: 4,
        skipped: { blankMemberId: 1, unparseableDate: 1, missingAmount: 1, blankOrderId: 0 },
      },
    });
    expect(json.scoring.monetaryEdges).toEqual([13.6, 19.2, 24.8, 30.4]);
    expect(memberOf(json, "M1")).toEqual([6, 2, 35, [1, 1, 5], "lost"]);
    expect(memberOf(json, "M2")).toEqual([1, 1, 7, [5, 1, 1], "newCustomers"]);
  });

  it("counts order days or rows with --count-by", async () => {
    const days = JSON.parse(
      (await runInProcess("rfm", "--input", orderLines, "--count-by", "days", "--json")).stdout,
    );
    const rows = JSON.parse(
      (await runInProcess("rfm", "--input", orderLines, "--count-by", "rows", "--json")).stdout,
    );
    expect([memberOf(days as RfmJson, "M1")[1], memberOf(rows as RfmJson, "M1")[1]]).toEqual([1, 3]);
  });

  it("prints the rows used, how orders were counted, the edges and members per segment as text, in zh-TW too", async () => {
    const { stdout } = await runInProcess("rfm", "--input", orderLines);
    expect(stdout).toContain("2 members from 4 of 7 rows.");
    expect(stdout).toContain("Orders = distinct order ids per member.");
    expect(stdout).toContain("  M: 13.6, 19.2, 24.8, 30.4");
    expect(stdout).toContain("  New Customers: 1\n  Lost: 1"); // in RFM_SEGMENTS order
    expect(stdout).toContain("Recency counted to 2021-01-11 (the day after the latest order).");
    const zhTw = await runInProcess("rfm", "--input", orderLines, "--locale", "zh-TW");
    expect(zhTw.stdout).toContain("2 位會員，取自 7 列中的 4 列。");
  });

  it.each([
    [["--count-by", "weeks"], '--count-by must be orders, days or rows (got "weeks")'],
    [["--as-of", "someday"], '--as-of must be a date such as 2006-12-31 (got "someday")'],
    [["--amount", "Nope"], 'No column is named "Nope" for Amount'],
  ])("exits 2 with one line for %j", async (flags, expected) => {
    const { status, stdout, stderr } = await runInProcess("rfm", "--input", orderLines, ...flags, "--json");
    expect([status, stdout]).toEqual([2, ""]);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toContain(expected);
  });

  it("refuses --count-by orders without an order id column", async () => {
    const { status, stderr } = await runInProcess("rfm", "--input", sample, "--count-by", "orders");
    expect(status).toBe(2);
    expect(stderr).toBe(
      "commerce-analytics: --count-by orders needs an order id column (name it with --order COL)\n",
    );
  });
});
