/**
 * Issue 11 item 2: the promotion study's own KPI definitions, beside the distinct-buyer figures, on three tables
 * with the study's Chinese headers (test/fixtures/promo-study, README.md there). The expected values are the
 * study's formulas written out below over the files' rows, read with a plain split (not the core's reader),
 * and anchored by hand:
 *   buyers of each product (distinct 会员编号 per 商品名): 连衣裙 {U01, U02, U05} 3, T恤 {U01, U03, U04, U02} 4
 *   (U03 bought it twice), 牛仔裤 {U01, U04} 2, 帽子 none → summed over products 9; distinct over all lines 5.
 *   GMV 199+118+199+177+129+59+129+118+199+59 = 1386; Σ UV 400+500+100+200 = 1200.
 *   客单价 (AOV) = 1386 / 9 = 154; 转化率 = 9 / 1200 = 0.75 %.
 *   Spend per distinct buyer 1386 / 5 = 277.2; distinct-buyer conversion 5 / 1200 ≈ 0.417 %.
 *   SKU count (sku_cons = Σ SKU数) 3 + 4 + 2 + 1 = 10.
 * Each is checked at the command line (--json, the --out workbook, the text), the Promotion tab's engine job and
 * =PROMO.KPIS, with the names and definitions in en, zh-TW and zh-CN.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { promotionJob, type PromotionSettings } from "../../engine/jobs/promotion";
import { promoKpis } from "../../functions/promo-kpis";
import type { Locale } from "../../src/i18n/locale";
import type { KpiKey } from "../../src/promo/kpi-keys";
import { kpiName } from "../../src/report/promo-kpi-table";
import type { ReportTable, ResultSheet } from "../../src/report/types";
import { tableFromGrid } from "../../src/table/table-from-grid";
import { runInProcess } from "../support/cli";
import { excelGridFromCsv } from "./excel-grid";
import { columnRange, JOB_CONTEXT, PANE_RECORD, spillNumber } from "./ranges";

const FIXTURES = join(__dirname, "../fixtures/promo-study");
/** The Promotion tab's form at the study's defaults (its price edges, 0.8 % and 30 %). */
const STUDY_FORM: PromotionSettings = {
  yoy: { mode: "none" },
  priceEdges: [0, 200, 400, 100000],
  discountBands: { from: 0.15, to: 1, step: 0.05 },
  thresholds: { keepConversionAbove: 0.008, candidateSellThroughAbove: 0.3 },
};
const LINES = join(FIXTURES, "lines.csv");
const PRODUCTS = join(FIXTURES, "products.csv");
const TRAFFIC = join(FIXTURES, "traffic.csv");

/** A CSV without quotes or embedded commas as records keyed by header. */
function records(file: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((line) => line.split(","));
  return rows.map((cells) =>
    Object.fromEntries((header ?? []).map((name, index) => [name, cells[index] ?? ""])),
  );
}

const sum = (rows: readonly Record<string, string>[], column: string): number =>
  rows.reduce((total, row) => total + Number(row[column]), 0);

/** The study's KPIs and the distinct-buyer figures, written out over the files' rows. */
function expectedKpis(productFile: string, skuHeader: string): Record<string, number> {
  const lines = records(LINES);
  const products = records(productFile);
  const traffic = records(TRAFFIC);
  const product = new Map(products.map((row) => [row["商品名"] as string, row]));
  const buyersOf = new Map<string, Set<string>>();
  for (const line of lines) {
    const buyers = buyersOf.get(line["商品名"] as string) ?? new Set<string>();
    buyers.add(line["会员编号"] as string);
    buyersOf.set(line["商品名"] as string, buyers);
  }
  const productBuyersSum = [...buyersOf.values()].reduce((total, buyers) => total + buyers.size, 0);
  const buyers = new Set(lines.map((line) => line["会员编号"])).size;
  const orders = new Set(lines.map((line) => line["订单编号"])).size;
  const gmv = sum(lines, "金额");
  const uv = sum(traffic, "UV数");
  // Every sold product has a tag price here, so the paid share of tag price runs over all lines.
  const tagValue = lines.reduce(
    (total, line) => total + Number(product.get(line["商品名"] as string)?.["吊牌价"]) * Number(line["数量"]),
    0,
  );
  const stockValue = products.reduce(
    (total, row) => total + Number(row["吊牌价"]) * Number(row["库存量"]),
    0,
  );
  return {
    gmv,
    netSales: gmv - sum(lines, "退货金额"),
    units: sum(lines, "数量"),
    productBuyersSum,
    aovStudy: gmv / productBuyersSum,
    uv,
    conversionStudy: productBuyersSum / uv,
    buyers,
    spendPerDistinctBuyer: gmv / buyers,
    conversionDistinctBuyers: buyers / uv,
    orders,
    averageOrderValue: gmv / orders,
    discountRate: gmv / tagValue,
    stockValue,
    sellThrough: gmv / stockValue,
    favourites: sum(traffic, "收藏数"),
    addToCart: sum(traffic, "加购物车数"),
    skuCount: sum(products, skuHeader),
    spuCount: new Set([...lines, ...products].map((row) => row["商品名"])).size,
    returnUnits: sum(lines, "退货数量"),
    returnAmount: sum(lines, "退货金额"),
  };
}

const EXPECTED = expectedKpis(PRODUCTS, "SKU数");

/** Each KPI's value within 12 digits, every key of the expectation present. */
function expectKpis(actual: Readonly<Record<string, number | null>>, expected = EXPECTED): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) {
    expect([key, actual[key]]).toEqual([key, expect.closeTo(value, 12)]);
  }
}

function kpiTableOf(sheets: readonly ResultSheet[]): ReportTable {
  const table = sheets.flatMap((sheet) => sheet.tables).find((candidate) => candidate.id === "promo.kpis");
  if (table === undefined) throw new Error("no KPI table");
  return table;
}

const numbersOf = (table: ReportTable) =>
  Object.fromEntries(table.rows.map((row) => [String(row[0]), spillNumber(row[2])]));

describe("the study's figures, written out", () => {
  it("match the hand anchors", () => {
    expect(EXPECTED).toMatchObject({ productBuyersSum: 9, buyers: 5, gmv: 1386, uv: 1200, skuCount: 10 });
    expect(EXPECTED.aovStudy).toBe(154);
    expect(EXPECTED.conversionStudy).toBeCloseTo(0.0075, 15);
    expect(EXPECTED.spendPerDistinctBuyer).toBeCloseTo(277.2, 12);
    expect(EXPECTED.conversionDistinctBuyers).toBeCloseTo(5 / 1200, 15);
  });
});

describe("the command line's promo on the study's tables", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "promo-study-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("--json gives the study's KPIs and the distinct-buyer figures; the --out workbook holds them", async () => {
    const out = join(dir, "study.xlsx");
    const run = await runInProcess(
      ...["promo", "--lines", LINES, "--products", PRODUCTS, "--traffic", TRAFFIC, "--json", "--out", out],
    );
    expect(run.status).toBe(0);
    const json = run.json<{ kpis: Record<string, number | null>; undefined: object }>();
    expectKpis(json.kpis);
    expect(json.undefined).toEqual({});
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const rows: unknown[][] = [];
    book.getWorksheet("Promotion")?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    // The sheet shows each KPI by its name (no internal key column): name, value, definition.
    const written = Object.fromEntries(
      rows.filter((row) => typeof row[1] === "number" && row[0] !== undefined).map((row) => [row[0], row[1]]),
    );
    const byName = (key: KpiKey) => written[kpiName("en", key)];
    expect([byName("aovStudy"), byName("productBuyersSum"), byName("buyers"), byName("skuCount")]).toEqual([
      154, 9, 5, 10,
    ]);
    expect(byName("conversionStudy")).toBeCloseTo(EXPECTED.conversionStudy as number, 12);
  });

  it("a numeric product column headed SKU is the SKU count; the lines' text SKU column stays a SKU id", async () => {
    const withSkuHeader = join(FIXTURES, "products-sku.csv");
    const run = await runInProcess(
      ...["promo", "--lines", LINES, "--products", withSkuHeader, "--traffic", TRAFFIC, "--json"],
    );
    expectKpis(run.json<{ kpis: Record<string, number | null> }>().kpis, expectedKpis(withSkuHeader, "SKU"));
    const roleOf = (file: string, header: string) =>
      tableFromGrid(excelGridFromCsv(file)).columns.find((column) => column.header === header)?.role;
    expect([roleOf(withSkuHeader, "SKU"), roleOf(LINES, "SKU")]).toEqual(["skuCount", "sku"]);
  });

  it.each<[Locale, string, string]>([
    ["en", "AOV, study \\(客单价\\)\\s+154", "Conversion, distinct buyers\\s+0\\.42%"],
    ["zh-TW", "客單價（研究）\\s+154", "不重複買家轉化率\\s+0\\.42%"],
    ["zh-CN", "客单价（研究）\\s+154", "不重复买家转化率\\s+0\\.42%"],
  ])("the text output names both figures (%s)", async (locale, study, distinct) => {
    const run = await runInProcess(
      ...["promo", "--lines", LINES, "--products", PRODUCTS, "--traffic", TRAFFIC, "--locale", locale],
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(study));
    expect(run.stdout).toMatch(new RegExp(distinct));
  });
});

describe("the Promotion tab's engine job and =PROMO.KPIS on the study's tables", () => {
  const grids = { lines: LINES, products: PRODUCTS, traffic: TRAFFIC };

  it.each<Locale>(["en", "zh-TW", "zh-CN"])("the pane's KPI sheet (%s)", (locale) => {
    const job = promotionJob(
      {
        grid: excelGridFromCsv(grids.lines),
        roleChoices: {},
        products: { grid: excelGridFromCsv(grids.products), roleChoices: {} },
        traffic: { grid: excelGridFromCsv(grids.traffic), roleChoices: {} },
        settings: STUDY_FORM,
        locale,
        runRecord: PANE_RECORD,
      },
      JOB_CONTEXT,
    );
    expectKpis(numbersOf(kpiTableOf(job.sheets)));
  });

  it("the spill of =PROMO.KPIS, SKU counts passed after the language", async () => {
    const lines = excelGridFromCsv(LINES);
    const products = excelGridFromCsv(PRODUCTS);
    const traffic = excelGridFromCsv(TRAFFIC);
    // The product and traffic tables list the same four products in the same order, so their ranges line up.
    expect(columnRange(traffic, "商品名")).toEqual(columnRange(products, "商品名"));
    const spill = await promoKpis(
      columnRange(lines, "商品名"),
      columnRange(lines, "数量"),
      columnRange(lines, "金额"),
      columnRange(lines, "会员编号"),
      columnRange(lines, "订单编号"),
      columnRange(lines, "退货数量"),
      columnRange(lines, "退货金额"),
      columnRange(products, "商品名"),
      columnRange(products, "吊牌价"),
      columnRange(products, "库存量"),
      columnRange(traffic, "UV数"),
      columnRange(traffic, "收藏数"),
      columnRange(traffic, "加购物车数"),
      "zh-CN",
      columnRange(products, "SKU数"),
    );
    expectKpis(Object.fromEntries(spill.map((row) => [String(row[0]), spillNumber(row[2])])));
    const named = new Map(spill.map((row) => [row[0], row[1]]));
    expect([named.get("aovStudy"), named.get("conversionStudy"), named.get("buyers")]).toEqual([
      "客单价（研究）",
      "转化率（研究）",
      "不重复买家数",
    ]);
  });
});

describe("names and definitions side by side", () => {
  it.each<[Locale, string[]]>([
    [
      "en",
      [
        "Buyers summed over products (study)",
        "AOV, study (客单价)",
        "Conversion, study (转化率)",
        "Distinct buyers",
        "Spend per distinct buyer",
        "Conversion, distinct buyers",
      ],
    ],
    [
      "zh-TW",
      [
        "各商品買家數合計（研究）",
        "客單價（研究）",
        "轉化率（研究）",
        "不重複買家數",
        "每位不重複買家消費",
        "不重複買家轉化率",
      ],
    ],
    [
      "zh-CN",
      [
        "各商品买家数合计（研究）",
        "客单价（研究）",
        "转化率（研究）",
        "不重复买家数",
        "每位不重复买家消费",
        "不重复买家转化率",
      ],
    ],
  ])("the study's figures come first, the distinct-buyer ones beside them (%s)", async (locale, names) => {
    const run = await runInProcess(
      ...["promo", "--lines", LINES, "--products", PRODUCTS, "--traffic", TRAFFIC, "--locale", locale],
    );
    const order = names.map((name) => run.stdout.indexOf(name));
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("each definition says which count it uses, and the distinct-buyer conversion says why it mixes counts", () => {
    const job = promotionJob(
      {
        grid: excelGridFromCsv(LINES),
        roleChoices: {},
        products: { grid: excelGridFromCsv(PRODUCTS), roleChoices: {} },
        traffic: { grid: excelGridFromCsv(TRAFFIC), roleChoices: {} },
        settings: STUDY_FORM,
        locale: "en",
        runRecord: PANE_RECORD,
      },
      JOB_CONTEXT,
    );
    const definition = new Map(kpiTableOf(job.sheets).rows.map((row) => [row[0], row[3]]));
    expect(definition.get("aovStudy")).toBe(
      "The study's 客单价 (average order value): GMV / buyers summed over products.",
    );
    expect(definition.get("conversionDistinctBuyers")).toBe(
      "Distinct buyers / Σ UV. It mixes two kinds of count: a buyer of several products counts once above the line, while Σ UV counts a visitor of several product pages once per page; so it is lower than the study's 转化率 and is neither a per-page nor a per-visitor rate.",
    );
    expect(definition.get("skuCount")).toContain("sku_cons = Σ SKU");
  });
});

describe("per-product decisions do not depend on the definition", () => {
  /*
   * Over one product both conversions are its distinct buyers / its UV (keep above 0.8 %, else reconsider above
   * 30 % sell-through, else clear):
   *   连衣裙 3/400 = 0.75 %, sell-through 597 / (399 × 50) ≈ 3 % → clear
   *   T恤 4/500 = 0.8 % (not above), 531 / (99 × 12) ≈ 44.7 % → candidate
   *   牛仔裤 2/100 = 2 % → keep
   *   帽子 0/200 = 0 %, 0 / (79 × 60) = 0 → clear
   */
  it("keep / reconsider / clear with each product's own conversion", async () => {
    const run = await runInProcess(
      ...["promo", "--lines", LINES, "--products", PRODUCTS, "--traffic", TRAFFIC, "--json"],
    );
    const products = run.json<{ products: { productId: string; decision: string; conversion: number }[] }>()
      .products;
    expect(products.map((product) => [product.productId, product.decision, product.conversion])).toEqual([
      ["连衣裙", "clear", 3 / 400],
      ["T恤", "candidate", 4 / 500],
      ["牛仔裤", "keep", 2 / 100],
      ["帽子", "clear", 0],
    ]);
  });
});
