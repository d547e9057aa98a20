import { LOCALES } from "../../../src/i18n/locale";
import { analysePromotion } from "../../../src/promo/analyse-promotion";
import { categoriesForLines, categoryView } from "../../../src/promo/category-view";
import { KPI_KEYS } from "../../../src/promo/kpi-keys";
import { kpiOf, notAvailable } from "../../../src/promo/kpi-value";
import { decide } from "../../../src/promo/rules";
import { promoResultSheets } from "../../../src/report/promo";
import { formatPercent } from "../../../src/report/promo-format";
import { kpiTable } from "../../../src/report/promo-kpi-table";
import { decisionReasonText, qualityLineText } from "../../../src/report/promo-text";
import type { ReportTable, RunRecord } from "../../../src/report/types";
import { yearPeriod } from "../../../src/yoy/period";
import { yoyFromLines } from "../../../src/yoy/yoy-from-lines";
import { ALL_LINES, LINES_2017, PRODUCTS, TRAFFIC } from "../../fixtures/promo/promo-fixture";

const run: RunRecord = {
  inputAddress: "Lines!A1:I14",
  rowCount: 13,
  parameters: {},
  engineVersion: "test",
  timestampIso: "2024-01-01T00:00:00Z",
};
const analysis = analysePromotion(LINES_2017, PRODUCTS, TRAFFIC);
const yoy = yoyFromLines(ALL_LINES, yearPeriod(2017), yearPeriod(2016), {
  current: { products: PRODUCTS, traffic: TRAFFIC },
});
const categories = categoryView({
  ...LINES_2017,
  categories: categoriesForLines(LINES_2017.productKeys, PRODUCTS),
});
const tableById = (tables: readonly ReportTable[], id: string): ReportTable => {
  const table = tables.find((candidate) => candidate.id === id);
  if (table === undefined) throw new Error(`no table ${id}`);
  return table;
};

describe("KPI table", () => {
  it("writes every KPI with its name, value and definition next to it", () => {
    const table = kpiTable(analysis.pack, "en");
    expect(table.rows.map((row) => row[0])).toEqual([...KPI_KEYS]);
    expect(table.rows[0]).toEqual([
      "gmv",
      "GMV",
      3070,
      "Gross merchandise value: Σ line amount, returns included.",
    ]);
    // The study's 转化率: buyers summed over products (P1 4, P3 3, P2 2, P4 2, P6 1 = 12; see
    // test/src/promo/kpi-pack.test.ts) / Σ UV 850; beside it 6 distinct buyers / 850.
    const row = (key: string) => table.rows.find((cells) => cells[0] === key);
    expect(row("conversionStudy")?.slice(0, 3)).toEqual([
      "conversionStudy",
      "Conversion, study (转化率)",
      12 / 850,
    ]);
    expect(row("conversionDistinctBuyers")?.slice(0, 3)).toEqual([
      "conversionDistinctBuyers",
      "Conversion, distinct buyers",
      6 / 850,
    ]);
    expect(row("conversionStudy")?.[3]).toBe(
      "The study's 转化率: buyers summed over products / Σ UV. Both counts are per product page, so this is the products' conversions averaged with UV as weights.",
    );
    expect(row("conversionDistinctBuyers")?.[3]).toContain("It mixes two kinds of count");
  });

  it.each(LOCALES)("has a name and a definition for every KPI in %s", (locale) => {
    const table = kpiTable(analysis.pack, locale);
    for (const row of table.rows) {
      expect(String(row[1]).length).toBeGreaterThan(0);
      expect(String(row[3]).length).toBeGreaterThan(0);
    }
  });

  it("uses the study's terms in Chinese", () => {
    const zhCN = kpiTable(analysis.pack, "zh-CN");
    const zhTW = kpiTable(analysis.pack, "zh-TW");
    expect(zhCN.rows.find((row) => row[0] === "aovStudy")?.[1]).toBe("客单价（研究）");
    expect(zhCN.rows.find((row) => row[0] === "conversionStudy")?.[1]).toBe("转化率（研究）");
    expect(zhCN.rows.find((row) => row[0] === "discountRate")?.[1]).toBe("折扣率（实付占吊牌价比例）");
    expect(zhCN.rows.find((row) => row[0] === "sellThrough")?.[1]).toBe("售罄率");
    expect(zhTW.rows.find((row) => row[0] === "aovStudy")?.[1]).toBe("客單價（研究）");
    expect(zhTW.rows.find((row) => row[0] === "conversionStudy")?.[1]).toBe("轉化率（研究）");
  });

  it("writes an undefined KPI as its reason, in words", () => {
    const p3Only = analysePromotion(
      { productKeys: ["P3"], units: [1], amounts: [30], buyerKeys: ["B"] },
      PRODUCTS,
      {
        productKeys: ["P3"],
        uv: [0],
      },
    );
    const table = kpiTable(p3Only.pack, "en");
    expect(table.rows.find((row) => row[0] === "conversionStudy")?.[2]).toBe("n/a: UV = 0");
    expect(table.rows.find((row) => row[0] === "conversionDistinctBuyers")?.[2]).toBe("n/a: UV = 0");
    expect(table.rows.find((row) => row[0] === "orders")?.[2]).toBe("n/a: no order column");
  });
});

describe("decision reasons with numbers", () => {
  it.each([
    [kpiOf(0.012), kpiOf(0.1), "conversion 1.2% > 0.8%"],
    [kpiOf(2 / 500), kpiOf(0.45), "conversion 0.4% ≤ 0.8%; sell-through 45% > 30%"],
    [kpiOf(0), kpiOf(0), "conversion 0% ≤ 0.8% and sell-through 0% ≤ 30%"],
    [notAvailable("uv"), kpiOf(0.06), "cannot decide: conversion n/a: no UV, sell-through 6%"],
  ])("en: %j, %j → %s", (conversion, sellThrough, text) => {
    expect(decisionReasonText("en", decide(conversion, sellThrough).reason)).toBe(text);
  });

  it("shows enough decimals to tell a value from its threshold", () => {
    expect(decisionReasonText("en", decide(kpiOf(0.0084), kpiOf(0)).reason)).toBe("conversion 0.84% > 0.8%");
    expect(formatPercent(0.300001, 0.3)).toBe("30.0001%");
  });

  it("is localised", () => {
    expect(decisionReasonText("zh-TW", decide(kpiOf(0.012), kpiOf(0.1)).reason)).toBe("轉換率 1.2% > 0.8%");
    expect(decisionReasonText("zh-CN", decide(kpiOf(0.004), kpiOf(0.45)).reason)).toBe(
      "转化率 0.4% ≤ 0.8%；售罄率 45% > 30%",
    );
  });
});

describe("promoResultSheets", () => {
  const sheets = promoResultSheets({ ...analysis, categories, yoy }, "en", run);

  it("writes the promotion, YoY, bands and products sheets", () => {
    expect(sheets.map((sheet) => sheet.baseName)).toEqual([
      "Promotion",
      "Promotion YoY",
      "Promotion bands",
      "Promotion products",
    ]);
    expect(sheets[0]?.tables.map((table) => table.id)).toEqual([
      "promo.kpis",
      "promo.funnel",
      "promo.categories",
      "promo.abc",
    ]);
    expect(sheets.every((sheet) => sheet.runRecord === run)).toBe(true);
  });

  it("every table row has one cell per column and no NaN or Infinity", () => {
    for (const table of sheets.flatMap((sheet) => sheet.tables)) {
      for (const row of table.rows) {
        expect(row).toHaveLength(table.columns.length);
        for (const cell of row) if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
      }
    }
  });

  it("draws GMV and sell-through per band as clustered column charts from the band tables", () => {
    const bands = sheets[2];
    expect(bands?.charts.map((chart) => [chart.kind, chart.tableId, chart.xColumn, chart.yColumns])).toEqual([
      ["columnClustered", "promo.priceBands", "band", ["gmv"]],
      ["columnClustered", "promo.priceBands", "band", ["sellThrough"]],
      ["columnClustered", "promo.discountBands", "band", ["gmv"]],
      ["columnClustered", "promo.discountBands", "band", ["sellThrough"]],
    ]);
    for (const chart of bands?.charts ?? []) {
      const table = tableById(bands?.tables ?? [], chart.tableId);
      const keys = table.columns.map((column) => column.key);
      expect(keys).toContain(chart.xColumn);
      for (const y of chart.yColumns) expect(keys).toContain(y);
    }
  });

  it("shows the price bands with the products outside every band", () => {
    const table = tableById(sheets[2]?.tables ?? [], "promo.priceBands");
    expect(table.rows.map((row) => [row[0], row[1]])).toEqual([
      ["[0, 200]", 3],
      ["(200, 400]", 1],
      ["(400, 100000]", 1],
      ["below 0", 0],
      ["above 100000", 0],
      ["(blank)", 2],
    ]);
    const gmvColumn = table.columns.findIndex((column) => column.key === "gmv");
    expect(table.rows.map((row) => row[gmvColumn])).toEqual([1040, 1050, 900, 0, 0, 80]);
  });

  it("lists each product with its decision and reason", () => {
    const table = tableById(sheets[3]?.tables ?? [], "promo.products");
    expect(table.rows.find((row) => row[0] === "P4")?.slice(0, 3)).toEqual([
      "P4",
      "Reconsider",
      "conversion 0.4% ≤ 0.8%; sell-through 45% > 30%",
    ]);
    expect(table.rows.find((row) => row[0] === "P3")?.[2]).toBe(
      "cannot decide: conversion n/a: UV = 0, sell-through 6%",
    );
  });

  it("writes the YoY table with the partial-period warning and the reconciliation", () => {
    const [yoyTable, reconciliation] = sheets[1]?.tables ?? [];
    expect(yoyTable?.rows.find((row) => row[0] === "gmv")).toEqual([
      "gmv",
      "GMV",
      3070,
      1860,
      1210,
      1210 / 1860,
    ]);
    expect(yoyTable?.notes).toEqual([
      "Current data 2017-01-05 – 2017-06-30, previous data 2016-01-05 – 2016-12-31: not the same span. Compare 2017-01-05 – 2017-06-30 with 2016-01-05 – 2016-06-30.",
    ]);
    expect(reconciliation?.rows[0]).toEqual(["Current", "GMV", 3120, 3070, -50, false]);
  });

  it("names the funnel's weakest step", () => {
    expect(tableById(sheets[0]?.tables ?? [], "promo.funnel").notes).toEqual([
      "Weakest step: Favourites (5.6% of the step before).",
    ]);
  });

  it.each(LOCALES)("builds in %s with localised sheet names and no untranslated placeholders", (locale) => {
    const localised = promoResultSheets({ ...analysis, categories, yoy }, locale, run);
    const texts = localised.flatMap((sheet) => [
      sheet.baseName,
      ...sheet.tables.flatMap((table) => [
        table.title,
        ...(table.notes ?? []),
        ...table.columns.map((c) => c.header),
      ]),
      ...sheet.charts.map((chart) => chart.title),
    ]);
    for (const text of texts) expect(text).not.toMatch(/\{\w+\}/);
  });
});

describe("data-quality lines in words", () => {
  it("name the product and the tables", () => {
    expect(
      qualityLineText("en", {
        kind: "unmatchedProduct",
        productKey: "P6",
        presentIn: ["lines"],
        missingFrom: ["products", "traffic"],
      }),
    ).toBe("Product P6 is in the lines but not in the product table and traffic table.");
    expect(
      qualityLineText("zh-TW", { kind: "unkeyedRows", table: "lines", rowCount: 1, units: 1, amount: 50 }),
    ).toBe("交易明細有 1 列沒有商品編號（件數 1，金額 50）。");
  });
});
