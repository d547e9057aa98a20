/**
 * One engine, one answer (issue 9) for the promotion analyses: the command line's `promo`, `yoy` and `bands`
 * (their --json documents and --out sheets), the Promotion tab's engine job, and the worksheet functions
 * =PROMO.KPIS and =PROMO.BAND, on the hand-made files of test/fixtures/promo-cli (README.md there) and, for the
 * promotion run and its KPIs, the study-shaped tables of test/fixtures/promo-study. The pane's
 * input is the files' cells as Excel hands them over (excel-grid.ts); the functions get the same cells as
 * column ranges. Hand-derived anchors (GMV 800; 2017 vs 2016 GMV 1,250 vs 1,000) come from the comments of
 * test/cli/promo-commands.test.ts.
 */
import { join } from "node:path";
import { bandsCommand } from "../../cli/commands/bands";
import { promoCommand } from "../../cli/commands/promo";
import { yoyCommand } from "../../cli/commands/yoy";
import { promotionJob, type PromotionSettings } from "../../engine/jobs/promotion";
import { promoBand } from "../../functions/promo";
import { promoKpis } from "../../functions/promo-kpis";
import type { Locale } from "../../src/i18n/locale";
import type { ReportTable, ResultSheet } from "../../src/report/types";
import { excelGridFromCsv } from "./excel-grid";
import { columnRange, JOB_CONTEXT, PANE_RECORD, spillError, spillNumber } from "./ranges";
import { sheetContent } from "./sheet-content";

const FIXTURES = join(__dirname, "../fixtures/promo-cli");
const LINES = join(FIXTURES, "lines.csv");
const PRODUCTS = join(FIXTURES, "products.csv");
const TRAFFIC = join(FIXTURES, "traffic.csv");

/**
 * The promotions every door is run on: the hand-made English files, and the study's Chinese-headed tables of
 * test/fixtures/promo-study (issue 11: the study's 客单价 and 转化率 beside the distinct-buyer figures, and the
 * SKU数 column), with the headers each =PROMO.KPIS argument takes its column from.
 */
const PROMOTIONS = [
  {
    name: "promo-cli",
    files: { lines: LINES, products: PRODUCTS, traffic: TRAFFIC },
    headers: {
      lineProduct: "Product ID",
      ...{ units: "Quantity", amounts: "Amount", buyers: "Member ID", orders: "Order ID" },
      ...{ returnUnits: "Return Quantity", returnAmounts: "Return Amount", product: "Product ID" },
      ...{ tagPrices: "Tag Price", stocks: "Stock", uv: "UV", favourites: "Favourites" },
      ...{ addToCart: "Add to Cart", skuCounts: null },
    },
  },
  {
    name: "promo-study",
    files: {
      lines: join(__dirname, "../fixtures/promo-study/lines.csv"),
      products: join(__dirname, "../fixtures/promo-study/products.csv"),
      traffic: join(__dirname, "../fixtures/promo-study/traffic.csv"),
    },
    headers: {
      lineProduct: "商品名",
      ...{ units: "数量", amounts: "金额", buyers: "会员编号", orders: "订单编号" },
      ...{ returnUnits: "退货数量", returnAmounts: "退货金额", product: "商品名" },
      ...{ tagPrices: "吊牌价", stocks: "库存量", uv: "UV数", favourites: "收藏数" },
      ...{ addToCart: "加购物车数", skuCounts: "SKU数" },
    },
  },
] as const;
type Promotion = (typeof PROMOTIONS)[number];

/** The Promotion tab's form at the command line's defaults (the study's edges, 0.8 % and 30 %). */
const DEFAULT_FORM: PromotionSettings = {
  yoy: { mode: "none" },
  priceEdges: [0, 200, 400, 100000],
  discountBands: { from: 0.15, to: 1, step: 0.05 },
  thresholds: { keepConversionAbove: 0.008, candidateSellThroughAbove: 0.3 },
};

function pane(
  locale: Locale,
  lines: string,
  settings: PromotionSettings = DEFAULT_FORM,
  tables: { readonly products: string; readonly traffic: string } | null = lines === LINES
    ? { products: PRODUCTS, traffic: TRAFFIC }
    : null,
) {
  return promotionJob(
    {
      grid: excelGridFromCsv(lines),
      roleChoices: {},
      products: tables ? { grid: excelGridFromCsv(tables.products), roleChoices: {} } : null,
      traffic: tables ? { grid: excelGridFromCsv(tables.traffic), roleChoices: {} } : null,
      settings,
      locale,
      runRecord: PANE_RECORD,
    },
    JOB_CONTEXT,
  );
}

function tableById(sheets: readonly ResultSheet[], id: string): ReportTable {
  const table = sheets.flatMap((sheet) => sheet.tables).find((candidate) => candidate.id === id);
  if (table === undefined) throw new Error(`no table ${id}`);
  return table;
}

interface PromoJson {
  readonly kpis: Readonly<Record<string, number | null>>;
  readonly undefined: Readonly<Record<string, { readonly code: string }>>;
  readonly products: readonly {
    readonly productId: string;
    readonly decision: string;
    readonly gmv: number;
  }[];
  readonly quality: readonly unknown[];
}

describe.each(
  PROMOTIONS.flatMap((promotion) =>
    (["en", "zh-TW"] as const).map((locale): [string, Locale, Promotion] => [
      promotion.name,
      locale,
      promotion,
    ]),
  ),
)("promo from the command line and from the pane (%s, %s)", (name, locale, promotion) => {
  it("the same KPIs, decisions and sheets from --json / --out and from the Promotion tab", async () => {
    const { files } = promotion;
    const output = await promoCommand.execute({ values: { ...files }, positionals: [], locale });
    const json = output.json() as PromoJson;
    const job = pane(locale, files.lines, DEFAULT_FORM, files);

    // GMV by hand: promo-cli 800 (test/cli/promo-commands.test.ts), promo-study 1386 (promotion-study.test.ts).
    expect(json.kpis.gmv).toBe(name === "promo-cli" ? 800 : 1386);
    expect(job.summary.gmv).toBe(json.kpis.gmv);
    expect([job.summary.productCount, job.summary.qualityLineCount]).toEqual([
      json.products.length,
      json.quality.length,
    ]);
    const decisions = { keep: 0, candidate: 0, clear: 0, undecided: 0 };
    for (const product of json.products) decisions[product.decision as keyof typeof decisions]++;
    expect(job.summary.decisions).toEqual(decisions);
    expect(job.sheets.length).toBeGreaterThan(0);
    expect(job.sheets.map(sheetContent)).toEqual((output.sheets() ?? []).map(sheetContent));
  });
});

describe.each(PROMOTIONS.map((promotion): [string, Promotion] => [promotion.name, promotion]))(
  "=PROMO.KPIS and the command line's promo give one answer (%s)",
  (_name, promotion) => {
    it("every KPI: the same value, or no value for the same KPIs", async () => {
      const { files, headers } = promotion;
      const output = await promoCommand.execute({ values: { ...files }, positionals: [], locale: "en" });
      const json = output.json() as PromoJson;
      const lines = excelGridFromCsv(files.lines);
      const products = excelGridFromCsv(files.products);
      const traffic = excelGridFromCsv(files.traffic);
      // Each traffic file lists its products in the product table's order, so its ranges line up with `products`.
      expect(columnRange(traffic, headers.product)).toEqual(columnRange(products, headers.product));
      const spill = await Promise.resolve(
        promoKpis(
          columnRange(lines, headers.lineProduct),
          columnRange(lines, headers.units),
          columnRange(lines, headers.amounts),
          columnRange(lines, headers.buyers),
          columnRange(lines, headers.orders),
          columnRange(lines, headers.returnUnits),
          columnRange(lines, headers.returnAmounts),
          columnRange(products, headers.product),
          columnRange(products, headers.tagPrices),
          columnRange(products, headers.stocks),
          columnRange(traffic, headers.uv),
          columnRange(traffic, headers.favourites),
          columnRange(traffic, headers.addToCart),
          undefined,
          headers.skuCounts === null ? undefined : columnRange(products, headers.skuCounts),
        ),
      );
      expect(spill.length).toBe(Object.keys(json.kpis).length);
      expect(Object.fromEntries(spill.map((row) => [row[0], spillNumber(row[2])]))).toEqual(json.kpis);
      const withoutValue = spill.filter((row) => spillError(row[2]) !== null).map((row) => row[0]);
      expect(withoutValue).toEqual(Object.keys(json.undefined));
      // The KPI table of the --out sheet (and so of the pane) holds the same numbers.
      const kpiTable = tableById(output.sheets() ?? [], "promo.kpis");
      const sheetNumbers = kpiTable.rows.map((row) => [row[0], spillNumber(row[2])]);
      expect(sheetNumbers).toEqual(spill.map((row) => [row[0], spillNumber(row[2])]));
    });
  },
);

describe("yoy from the command line and the pane's YoY sheet", () => {
  /*
   * yoy-lines.csv is orders.csv with a product column: 2017 GMV 1,250 vs 2016 GMV 1,000 (+25 %), buyers 3 vs 3,
   * 2017 data ending 2017-06-28 (one partial-period warning), as worked out in test/cli/promo-commands.test.ts.
   */
  it.each<Locale>(["en", "zh-CN"])("the same figures, warnings and table (%s)", async (locale) => {
    const file = join(FIXTURES, "yoy-lines.csv");
    const output = await yoyCommand.execute({
      values: { input: file, current: "2017", previous: "2016" },
      positionals: [],
      locale,
    });
    const fromCli = tableById(output.sheets() ?? [], "promo.yoy");
    const job = pane(locale, file, {
      ...DEFAULT_FORM,
      yoy: { mode: "years", currentYear: 2017, previousYear: 2016 },
    });
    const fromPane = tableById(job.sheets, "promo.yoy");

    expect(fromCli.rows.find((row) => row[0] === "gmv")).toEqual([
      "gmv",
      expect.any(String),
      1250,
      1000,
      250,
      0.25,
    ]);
    expect({ ...fromCli, rows: [] }).toEqual({ ...fromPane, rows: [] });
    const paneRows = new Map(fromPane.rows.map((row) => [row[0], row]));
    for (const row of fromCli.rows) expect(row).toEqual(paneRows.get(row[0]));
    expect(fromCli.notes).toHaveLength(1);
    expect([job.summary.gmvChangeRatio, job.summary.partialPeriodWarningCount]).toEqual([0.25, 1]);
  });
});

describe("bands: the command line, the pane's price bands and =PROMO.BAND", () => {
  const EDGES = [[0, 200, 400, 100000]];

  it("cut the products' sale prices into the same bands with the same counts", async () => {
    // Sale prices 150, 100, 50, 250: three in [0, 200], one in (200, 400], none above.
    const output = await bandsCommand.execute({
      values: { input: PRODUCTS, by: "Sale Price", edges: "0,200,400,100000" },
      positionals: [],
      locale: "en",
    });
    const json = output.json() as { bands: { label: string; rows: number }[] };
    const fromCli = json.bands.map((band) => [band.label, band.rows]);
    expect(fromCli).toEqual([
      ["[0, 200]", 3],
      ["(200, 400]", 1],
      ["(400, 100000]", 0],
    ]);
    const priceBands = tableById(pane("en", LINES).sheets, "promo.priceBands");
    expect(priceBands.rows.slice(0, fromCli.length).map((row) => [row[0], row[1]])).toEqual(fromCli);
    const labels = promoBand(columnRange(excelGridFromCsv(PRODUCTS), "Sale Price"), EDGES).map(
      (row) => row[0],
    );
    expect(fromCli.map(([label]) => [label, labels.filter((cell) => cell === label).length])).toEqual(
      fromCli,
    );
  });

  it("count a value on each edge, below, above and blank as =PROMO.BAND labels and errors them", async () => {
    // prices.csv: 0, 100, 100.5, 200, 250, −5 and a blank; edges 0, 100, 200.
    const output = await bandsCommand.execute({
      values: { input: join(FIXTURES, "prices.csv"), by: "Price", edges: "0,100,200" },
      positionals: [],
      locale: "en",
    });
    const json = output.json() as {
      bands: { label: string; rows: number }[];
      below: { rows: number };
      above: { rows: number };
      missing: { rows: number };
    };
    const spill = promoBand(columnRange(excelGridFromCsv(join(FIXTURES, "prices.csv")), "Price"), [
      [0, 100, 200],
    ]);
    const cells = spill.map((row) => row[0]);
    for (const band of json.bands)
      expect(cells.filter((cell) => cell === band.label)).toHaveLength(band.rows);
    const errors = cells.map(spillError);
    // Below the first edge and above the last are #N/A in the sheet; a blank value is #VALUE!.
    expect(errors.filter((code) => code === "#N/A")).toHaveLength(json.below.rows + json.above.rows);
    expect(errors.filter((code) => code === "#VALUE!")).toHaveLength(json.missing.rows);
    expect(json.bands.map((band) => band.rows)).toEqual([2, 2]);
  });
});
