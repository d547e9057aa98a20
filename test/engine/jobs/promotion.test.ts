import { isCoreError } from "../../../src/errors";
import type { ReportCell, ResultSheet } from "../../../src/report/types";
import { promotionJob, type PromotionRequest, type PromotionSettings } from "../../../engine/jobs/promotion";
import {
  generalFormats,
  linesFormats,
  linesValues,
  productValues,
  trafficValues,
} from "../../taskpane/features/promotion-fixture";

const studySettings: PromotionSettings = {
  yoy: { mode: "auto" },
  priceEdges: [0, 200, 400, 100000],
  discountBands: { from: 0.15, to: 1, step: 0.05 },
  thresholds: { keepConversionAbove: 0.008, candidateSellThroughAbove: 0.3 },
};

function request(settings: Partial<PromotionSettings> = {}, tables = true): PromotionRequest {
  const table = (values: (string | number)[][]) => ({
    grid: { values, numberFormats: generalFormats(values) },
    roleChoices: {},
  });
  return {
    grid: { values: linesValues, numberFormats: linesFormats },
    roleChoices: {},
    products: tables ? table(productValues) : null,
    traffic: tables ? table(trafficValues) : null,
    settings: { ...studySettings, ...settings },
    locale: "en",
    runRecord: {
      inputAddress: "Lines!A1:G6",
      rowCount: 5,
      parameters: {},
      engineVersion: "test",
      timestampIso: "2026-01-01T00:00:00Z",
    },
  };
}

const context = { progress: () => undefined, isCancelled: () => false };

function rowsOf(sheets: readonly ResultSheet[], tableId: string): readonly (readonly ReportCell[])[] {
  const table = sheets.flatMap((sheet) => sheet.tables).find((candidate) => candidate.id === tableId);
  if (table === undefined) throw new Error(`no table ${tableId}`);
  return table.rows;
}

describe("promotionJob", () => {
  // By hand, 2023 (the latest year) vs 2022: A sold 2 + 1 units for 200 + 100 to m1, m2; B 1 unit for 300 to m1.
  // A: conversion 2 buyers / 100 UV = 2 % > 0.8 % → keep. B: 1 / 500 = 0.2 %; sell-through 300 / (500 × 2)
  // = 30 %, not above 30 % → clear. GMV 2023 = 600, GMV 2022 = 100 + 200 = 300 → +100 %. The 2023 lines end
  // on 1 May (244 days before 31 December), the 2022 lines on 1 June (213 days before): one partial-period warning.
  test("the latest year vs the one before: summary, decisions and the four sheets", () => {
    const result = promotionJob(request(), context);
    expect(result.summary).toEqual({
      gmv: 600,
      analysedLineCount: 3,
      productCount: 2,
      decisions: { keep: 1, candidate: 0, clear: 1, undecided: 0 },
      years: { kind: "compare", currentYear: 2023, previousYear: 2022 },
      gmvChangeRatio: 1,
      partialPeriodWarningCount: 1,
      qualityLineCount: 0,
    });
    expect(result.sheets.map((sheet) => sheet.baseName)).toEqual([
      "Promotion",
      "Promotion YoY",
      "Promotion bands",
      "Promotion products",
    ]);
    const products = rowsOf(result.sheets, "promo.products");
    expect(products.map((row) => row.slice(0, 2))).toEqual([
      ["A", "Keep"],
      ["B", "Clear"],
    ]);
    // Sale prices 100 and 300 fall in [0, 200] and (200, 400]; discounts 0.5 and 0.6 in (0.45, 0.5] and (0.55, 0.6].
    const priceBands = rowsOf(result.sheets, "promo.priceBands");
    expect(priceBands.map((row) => [row[0], row[1]])).toEqual([
      ["[0, 200]", 1],
      ["(200, 400]", 1],
      ["(400, 100000]", 0],
      [expect.any(String), 0],
      [expect.any(String), 0],
      [expect.any(String), 0],
    ]);
    const discountBands = rowsOf(result.sheets, "promo.discountBands");
    expect(discountBands.filter((row) => row[1] === 1).map((row) => row[0])).toEqual([
      "(0.45, 0.5]",
      "(0.55, 0.6]",
    ]);
    // The category view of 2023: Shoes 300 (B), Tops 300 (A); equal revenue → by name.
    expect(rowsOf(result.sheets, "promo.categories").map((row) => row[0])).toEqual(["Shoes", "Tops"]);
    const bands = result.sheets[2];
    expect(bands?.charts.map((chart) => [chart.kind, chart.yColumns])).toEqual([
      ["columnClustered", ["gmv"]],
      ["columnClustered", ["sellThrough"]],
      ["columnClustered", ["gmv"]],
      ["columnClustered", ["sellThrough"]],
    ]);
    expect(result.sheets[0]?.runRecord.parameters).toMatchObject({
      years: "2023 vs 2022",
      priceEdges: "0, 200, 400, 100000",
      keepConversionAbove: 0.008,
      candidateSellThroughAbove: 0.3,
    });
  });

  test("a lower sell-through threshold turns B (30 %) into a candidate", () => {
    const result = promotionJob(
      request({ thresholds: { keepConversionAbove: 0.008, candidateSellThroughAbove: 0.29 } }),
      context,
    );
    expect(result.summary.decisions).toEqual({ keep: 1, candidate: 1, clear: 0, undecided: 0 });
  });

  // All five lines: A 400 to m1, m2, m3 (3 / 100 UV → keep); B 500 to m1, m3: 2 / 500 = 0.4 %, then
  // sell-through 500 / 1000 = 50 % > 30 % → candidate. GMV 900, no YoY sheet.
  test("without a comparison every line is analysed and there is no YoY sheet", () => {
    const result = promotionJob(request({ yoy: { mode: "none" } }), context);
    expect(result.summary).toMatchObject({
      gmv: 900,
      analysedLineCount: 5,
      decisions: { keep: 1, candidate: 1, clear: 0, undecided: 0 },
      years: { kind: "skip", reason: "switchedOff" },
      gmvChangeRatio: null,
    });
    expect(result.sheets.map((sheet) => sheet.baseName)).not.toContain("Promotion YoY");
  });

  // Without traffic and product tables neither conversion nor sell-through exists: every product undecided.
  test("lines only: no bands by discount, every decision undecided", () => {
    const result = promotionJob(request({}, false), context);
    expect(result.summary.decisions).toEqual({ keep: 0, candidate: 0, clear: 0, undecided: 2 });
    expect(rowsOf(result.sheets, "promo.priceBands").length).toBe(6);
    expect(() => rowsOf(result.sheets, "promo.discountBands")).toThrow("no table");
  });

  test.each([
    [
      "a chosen year without lines",
      request({ yoy: { mode: "years", currentYear: 2022, previousYear: 2021 } }),
      "YOY_PERIOD_EMPTY",
    ],
    ["descending price edges", request({ priceEdges: [400, 200] }), "BAND_EDGES_NOT_ASCENDING"],
    [
      "a zero discount step",
      request({ discountBands: { from: 0.15, to: 1, step: 0 } }),
      "BAND_STEP_NOT_POSITIVE",
    ],
    ["lines without a quantity", { ...request(), roleChoices: { Quantity: "" as const } }, "MISSING_COLUMN"],
  ])("%s is refused with its code", (_name, bad, code) => {
    let caught: unknown = null;
    try {
      promotionJob(bad, context);
    } catch (error) {
      caught = error;
    }
    expect(isCoreError(caught) && caught.code).toBe(code);
  });

  test("a cancel between steps stops the job with CANCELLED", () => {
    let calls = 0;
    const cancelling = { progress: () => undefined, isCancelled: () => ++calls > 1 };
    expect(() => promotionJob(request(), cancelling)).toThrow(expect.objectContaining({ code: "CANCELLED" }));
  });
});
