import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runInProcess, spawnCli } from "../support/cli";

// yoy, bands and promo on the hand-made fixtures of test/fixtures/promo-cli (README.md there); every expected
// number is derived by hand in the comment next to it. Four spawns go through the real entry
// (bin/commerce-analytics.cjs → tsx → cli/main.ts); the other cases run in-process.
const fixture = (name: string) => path.join("test/fixtures/promo-cli", name);

/** A written sheet's cells as rows of values (exceljs rows are 1-based with an empty slot 0). */
function sheetRows(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "promo-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("yoy", () => {
  /*
   * orders.csv, 2017: O5 (M1, 2 + 1 units, 500 + 100), O6 (M4, 1, 250), O7 (M2, 2, 400)
   *   → gmv 1250, orders 3, customers {M1, M4, M2} = 3, units 6, aov 1250 / 3.
   * 2016: O1 (M1, 1, 100), O2 (M2, 2, 300), O3 (M1, 1, 200), O4 (M3, 3, 400)
   *   → gmv 1000, orders 4, customers 3, units 7, aov 1000 / 3. The 2015 row (O0) is in neither.
   * yoy: gmv 250/1000 = 0.25; orders −1/4; customers 0; units −1/7; aov 0.25.
   * 2017 data ends 2017-06-28 (186 days before 31 Dec), 2016 data 2016-12-30 (1 day): PARTIAL_PERIOD. Like for
   * like trims the later start (3 days after 1 Jan: 2016-01-04 is day 4) and the larger end gap (186 days).
   */
  it("prints current, previous, yoy and the partial-period warning, and writes the YoY sheet (spawned)", async () => {
    const out = path.join(dir, "yoy.xlsx");
    const result = spawnCli(
      "yoy",
      "--input",
      fixture("orders.csv"),
      "--current",
      "2017",
      "--previous",
      "2016",
    );
    const json = spawnCli(
      "yoy",
      "--input",
      fixture("orders.csv"),
      "--current",
      "2017",
      "--json",
      "--out",
      out,
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Spend per distinct buyer\s+416\.67\s+333\.33\s+25\.0%/);
    expect(json.status).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.current).toMatchObject({ fromIso: "2017-01-01", toIso: "2017-12-31", rows: 4 });
    expect(parsed.current).toMatchObject({ gmv: 1250, orders: 3, customers: 3, units: 6 });
    expect(parsed.current.aov).toBeCloseTo(1250 / 3, 10);
    expect(parsed.previous).toMatchObject({
      fromIso: "2016-01-01",
      gmv: 1000,
      orders: 4,
      customers: 3,
      units: 7,
    });
    expect(parsed.previous.aov).toBeCloseTo(1000 / 3, 10);
    expect(parsed.yoy.gmv).toBeCloseTo(0.25, 12);
    expect(parsed.yoy.orders).toBeCloseTo(-0.25, 12);
    expect(parsed.yoy.customers).toBe(0);
    expect(parsed.yoy.units).toBeCloseTo(-1 / 7, 12);
    expect(parsed.yoy.aov).toBeCloseTo(0.25, 12);
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0].code).toBe("PARTIAL_PERIOD");
    expect(parsed.warnings[0].message).toContain(
      "compare 2017-01-04 – 2017-06-28 with 2016-01-04 – 2016-06-28",
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const rows = sheetRows(book.getWorksheet("Promotion YoY"));
    // The Promotion run's YoY table (promo.yoy): KPI names, no internal keys (customers are buyers).
    expect(rows.find((row) => row[0] === "GMV")).toEqual(["GMV", 1250, 1000, 250, 0.25]);
    expect(rows.find((row) => row[0] === "Distinct buyers")).toEqual(["Distinct buyers", 3, 3, 0, 0]);
  });

  it("takes ISO date periods (in-process)", async () => {
    // 2017-01-01 – 2017-06-30: the same 2017 rows. 2016-01-01 – 2016-06-30: O1 and O2 → gmv 400, orders 2,
    // customers 2, units 3, aov 200. yoy gmv (1250 − 400) / 400 = 2.125.
    const { status, stdout } = await runInProcess(
      ...["yoy", "--input", fixture("orders.csv"), "--json"],
      ...["--current-from", "2017-01-01", "--current-to", "2017-06-30"],
      ...["--previous-from", "2016-01-01", "--previous-to", "2016-06-30"],
    );
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.previous).toMatchObject({ gmv: 400, orders: 2, customers: 2, units: 3, aov: 200 });
    expect(parsed.yoy.gmv).toBeCloseTo(2.125, 12);
  });

  it("refuses incomplete period flags with exit 2 and one line", async () => {
    const { status, stderr } = await runInProcess(
      "yoy",
      "--input",
      fixture("orders.csv"),
      "--current-from",
      "2017-01-01",
    );
    expect(status).toBe(2);
    expect(stderr).toBe(
      "commerce-analytics: yoy requires --current YEAR, or all of --current-from, --current-to, --previous-from, --previous-to\n",
    );
  });
});

describe("bands", () => {
  /*
   * prices.csv (Price, Amount, Quantity): A 0, B 100, C 100.5, D 200, E 250, F −5, G blank.
   * pandas 1.5.3 (/usr/bin/python3, offline):
   *   pd.cut([0, 100, 100.5, 200, 250, -5, nan], [0, 100, 200], include_lowest=True).codes → [0, 0, 1, 1, -1, -1, -1]
   *   pd.cut(same, [0, 100, 200], right=False).codes                                      → [0, 1, 1, -1, -1, -1, -1]
   * Right-closed: [0, 100] = A, B (Amount 10 + 20, Quantity 1 + 2); (100, 200] = C, D (30 + 40, 3 + 4);
   * below = F (60, 6); above = E (50, 5); missing = G (70, 7).
   */
  it("prints bands with rows and sums, and the rows outside under separate keys (spawned)", () => {
    const result = spawnCli(
      ...["bands", "--input", fixture("prices.csv"), "--by", "Price"],
      ...["--edges", "0,100,200", "--sum", "Amount,Quantity", "--json"],
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      by: "Price",
      edges: [0, 100, 200],
      closed: "right",
      bands: [
        { label: "[0, 100]", lower: 0, upper: 100, rows: 2, sums: { Amount: 30, Quantity: 3 } },
        { label: "(100, 200]", lower: 100, upper: 200, rows: 2, sums: { Amount: 70, Quantity: 7 } },
      ],
      below: { rows: 1, sums: { Amount: 60, Quantity: 6 } },
      above: { rows: 1, sums: { Amount: 50, Quantity: 5 } },
      missing: { rows: 1, sums: { Amount: 70, Quantity: 7 } },
    });
  });

  it("takes start:stop:step edges and --closed left (in-process)", async () => {
    // 0:200:100 → edges 0, 100, 200. Left-closed: [0, 100) = A (10); [100, 200) = B, C (20 + 30);
    // 200 (D) is not below the last edge, so above = D, E (40 + 50).
    const { status, stdout } = await runInProcess(
      ...["bands", "--input", fixture("prices.csv"), "--by", "price"],
      ...["--edges", "0:200:100", "--closed", "left", "--sum", "Amount", "--json"],
    );
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.edges).toEqual([0, 100, 200]);
    expect(parsed.bands.map((band: { label: string; rows: number }) => [band.label, band.rows])).toEqual([
      ["[0, 100)", 1],
      ["[100, 200)", 2],
    ]);
    expect(parsed.above).toEqual({ rows: 2, sums: { Amount: 90 } });
  });

  it("reports bad edges against the flag, not the file", async () => {
    const { status, stderr } = await runInProcess(
      "bands",
      "--input",
      fixture("prices.csv"),
      "--by",
      "Price",
      "--edges",
      "0,200,100",
    );
    expect(status).toBe(2);
    expect(stderr).toBe("commerce-analytics: --edges: Band edges must ascend (edge 3, 100, is below 200)\n");
  });

  it("reports a bad start:stop:step against the flag, in the core's words for it", async () => {
    const { status, stderr } = await runInProcess(
      ...["bands", "--input", fixture("prices.csv"), "--by", "Price", "--edges", "0:200:0"],
    );
    expect(status).toBe(2);
    expect(stderr).toBe("commerce-analytics: --edges: The band step must be above 0 (got 0)\n");
  });

  it("reports a non-numeric --by column against the file", async () => {
    const { status, stderr } = await runInProcess(
      ...["bands", "--input", fixture("prices.csv"), "--by", "Item", "--edges", "0,1"],
    );
    expect(status).toBe(2);
    expect(stderr).toBe(
      `commerce-analytics: ${fixture("prices.csv")}: Column "Item", the band column, must hold numbers (it was read as text)\n`,
    );
  });
});

describe("promo", () => {
  /*
   * lines.csv: P1 2 units 300 (M1, O1) · P2 1 unit 100, 1 returned for 100 (M2, O2) · P1 1 unit 150 (M2, O2)
   *            · P3 4 units 200 (M3, O3) · P3 1 unit 50 (M1, O4)
   * products.csv (tag, sale, stock): P1 300 150 10 · P2 250 100 4 · P3 100 50 5 · P4 500 250 2
   * traffic.csv (UV, favourites, add-to-cart): P1 100 8 5 · P2 0 2 1 · P3 500 10 6 · P4 50 1 0
   * GMV 300+100+150+200+50 = 800; net sales 800 − 100 = 700; units 2+1+1+4+1 = 9; buyers {M1,M2,M3} = 3;
   * orders {O1..O4} = 4; spend per distinct buyer 800/3; spend per order 800/4 = 200; UV 100+0+500+50 = 650;
   * distinct-buyer conversion 3/650; the study's buyers summed over products P1 {M1,M2} 2 + P2 {M2} 1 +
   * P3 {M3,M1} 2 = 5, its AOV (客单价) 800/5 = 160 and its conversion (转化率) 5/650;
   * discount rate 800 / (300×3 + 250×1 + 100×5 + 500×0) = 800/1650; stock value 3000+1000+500+1000 = 5500;
   * sell-through 800/5500; favourites 21; add-to-cart 12; SKU count not given; SPU 4; returns 1 unit, 100.
   * Per product (keep: conversion > 0.8 %; else candidate: sell-through > 30 %; else clear):
   *   P1 buyers {M1,M2} / UV 100 = 2 % → keep; sell-through 450/3000 = 0.15
   *   P2 UV 0 → conversion undefined, sell-through 100/1000 = 10 % does not decide → undecided
   *   P3 2/500 = 0.4 %; sell-through 250/500 = 50 % → candidate
   *   P4 0/50 = 0 %, sell-through 0/1000 = 0 → clear (and it has no lines: one data-quality line)
   */
  it("prints the KPI pack and the per-product decisions, and writes the result sheets (spawned)", async () => {
    const out = path.join(dir, "promo.xlsx");
    const result = spawnCli(
      ...["promo", "--lines", fixture("lines.csv"), "--products", fixture("products.csv")],
      ...["--traffic", fixture("traffic.csv"), "--json", "--out", out],
    );
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.kpis).toMatchObject({
      gmv: 800,
      netSales: 700,
      units: 9,
      buyers: 3,
      orders: 4,
      averageOrderValue: 200,
      uv: 650,
      stockValue: 5500,
      favourites: 21,
      addToCart: 12,
      skuCount: null,
      spuCount: 4,
      returnUnits: 1,
      returnAmount: 100,
    });
    expect(parsed.kpis.productBuyersSum).toBe(5);
    expect(parsed.kpis.aovStudy).toBe(160);
    expect(parsed.kpis.conversionStudy).toBeCloseTo(5 / 650, 12);
    expect(parsed.kpis.spendPerDistinctBuyer).toBeCloseTo(800 / 3, 10);
    expect(parsed.kpis.conversionDistinctBuyers).toBeCloseTo(3 / 650, 12);
    expect(parsed.kpis.discountRate).toBeCloseTo(800 / 1650, 12);
    expect(parsed.kpis.sellThrough).toBeCloseTo(800 / 5500, 12);
    expect(parsed.undefined).toEqual({
      skuCount: { code: "NOT_AVAILABLE", reason: "not available: no skuCount input" },
    });
    const decisions = parsed.products.map((p: { productId: string; decision: string }) => [
      p.productId,
      p.decision,
    ]);
    expect(decisions).toEqual([
      ["P1", "keep"],
      ["P2", "undecided"],
      ["P3", "candidate"],
      ["P4", "clear"],
    ]);
    expect(parsed.products[0]).toMatchObject({
      rule: "conversionAbove",
      reason: "conversion 2% > 0.8%",
      gmv: 450,
    });
    expect(parsed.products[0].sellThrough).toBeCloseTo(0.15, 12);
    expect(parsed.products[2].reason).toBe("conversion 0.4% ≤ 0.8%; sell-through 50% > 30%");
    expect(parsed.quality).toEqual([
      {
        kind: "unmatchedProduct",
        productKey: "P4",
        presentIn: ["products", "traffic"],
        missingFrom: ["lines"],
        text: "Product P4 is in the product table and traffic table but not in the lines.",
      },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      "Promotion",
      "Promotion bands",
      "Promotion products",
    ]);
    const kpiRow = sheetRows(book.getWorksheet("Promotion")).find((row) => row[0] === "Stock value");
    expect(kpiRow?.slice(0, 2)).toEqual(["Stock value", 5500]);
  });

  it("exits 2 with one line naming the lines file when a required column is missing (spawned)", () => {
    const result = spawnCli("promo", "--lines", fixture("bad-lines.csv"), "--json");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderrLines).toEqual([
      `commerce-analytics: ${fixture("bad-lines.csv")}: A column for Amount is needed (none of "Product ID", "Quantity" was recognised as Amount): choose it`,
    ]);
  });

  it("names the file of the table at fault: a product table without a product column", async () => {
    // orders.csv has no product id or name column.
    const { status, stderr } = await runInProcess(
      ...["promo", "--lines", fixture("lines.csv"), "--products", fixture("orders.csv")],
    );
    expect(status).toBe(2);
    expect(
      stderr.startsWith(`commerce-analytics: ${fixture("orders.csv")}: A column for Product ID is needed`),
    ).toBe(true);
  });

  it("prints a text report in the chosen language (in-process)", async () => {
    const { status, stdout } = await runInProcess(
      "promo",
      "--lines",
      fixture("lines.csv"),
      "--locale",
      "zh-TW",
    );
    expect(status).toBe(0);
    // Without the product and traffic tables: no UV, so conversion and the decisions cannot be made.
    expect(stdout).toMatch(/GMV（成交總額）\s+800\n/);
    expect(stdout).toMatch(/P1\s+無法判斷/);
  });
});
