import { promotionAnalysis, type PromotionStage } from "../../../src/analysis/promotion";
import { CoreError, isCoreError } from "../../../src/errors";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import { fixtureTable } from "../../support/csv-table";
import { CONTEXT } from "./member-fixture";

const fixture = (name: string) => fixtureTable(`test/fixtures/promo-cli/${name}`);
const allTables = () => ({
  lines: fixture("lines.csv"),
  products: fixture("products.csv"),
  traffic: fixture("traffic.csv"),
});

describe("promotionAnalysis", () => {
  /*
   * The hand-made fixtures of test/fixtures/promo-cli, figures by hand as test/cli/promo-commands.test.ts
   * publishes them: GMV 300 + 100 + 150 + 200 + 50 = 800 over 5 lines; products P1..P4 (P4 only in the product
   * and traffic tables: one data-quality line). Keep above 0.8 % conversion, else candidate above 30 %
   * sell-through: P1 2 / 100 = 2 % keep; P2 UV 0 and 10 % sell-through undecided; P3 0.4 %, 50 % candidate;
   * P4 0 %, 0 % clear.
   */
  it("gives the KPI pack, one decision per product and the facts, with the defaults stated", () => {
    const run = promotionAnalysis(allTables(), {}, CONTEXT);
    expect(run.result.facts).toEqual({
      gmv: 800,
      analysedLineCount: 5,
      productCount: 4,
      decisions: { keep: 1, candidate: 1, clear: 1, undecided: 1 },
      years: { kind: "skip", reason: "switchedOff" },
      gmvChangeRatio: null,
      partialPeriodWarningCount: 0,
      qualityLineCount: 1,
    });
    expect(run.result.analysis.decisions.map((decision) => [decision.productKey, decision.decision])).toEqual(
      [
        ["P1", "keep"],
        ["P2", "undecided"],
        ["P3", "candidate"],
        ["P4", "clear"],
      ],
    );
    expect(run.result.yoy).toBeNull();
    const sheets = run.sheets();
    expect(sheets.map((sheet) => sheet.baseName)).toEqual([
      "Promotion",
      "Promotion bands",
      "Promotion products",
    ]);
    expect(sheets[0]?.runRecord.parameters).toMatchObject({
      analysis: "promotion",
      years: "none",
      priceEdges: "0, 200, 400, 100000",
      discountEdges: "0.15 … 1 by 0.05",
      keepConversionAbove: 0.008,
      candidateSellThroughAbove: 0.3,
      rule: "product",
    });
  });

  it("a lower keep threshold keeps P3 (0.4 % > 0.3 %); the sell-through threshold stays 30 %", () => {
    const run = promotionAnalysis(allTables(), { thresholds: { keepConversionAbove: 0.003 } }, CONTEXT);
    expect(run.result.facts.decisions).toEqual({ keep: 2, candidate: 0, clear: 1, undecided: 1 });
    expect(run.sheets()[0]?.runRecord.parameters).toMatchObject({
      keepConversionAbove: 0.003,
      candidateSellThroughAbove: 0.3,
    });
  });

  it("auto years without a year before the latest skip the comparison and analyse every line", () => {
    // Every line is dated May 2017: nothing in 2016.
    const run = promotionAnalysis(allTables(), { yoy: { mode: "auto" } }, CONTEXT);
    expect(run.result.facts.years).toEqual({ kind: "skip", reason: "noPreviousYear" });
    expect(run.result.facts.analysedLineCount).toBe(5);
  });

  it("reports its stages in order, and a hook that throws stops the run", () => {
    const stages: [number, PromotionStage][] = [];
    promotionAnalysis(allTables(), {}, CONTEXT, (fraction, stage) => stages.push([fraction, stage]));
    expect(stages).toEqual([
      [0.05, "reading"],
      [0.3, "yoy"],
      [0.5, "kpis"],
      [0.8, "sheets"],
    ]);
    const cancelAtKpis = (_fraction: number, stage: PromotionStage) => {
      if (stage === "kpis") throw new CoreError("CANCELLED", "test: cancelled");
    };
    expect(() => promotionAnalysis(allTables(), {}, CONTEXT, cancelAtKpis)).toThrow(
      expect.objectContaining({ code: "CANCELLED" }),
    );
  });

  it("names the input table at fault in the details", () => {
    const products = tableFromGrid({ values: [["Tag Price"], [99]] });
    let caught: unknown;
    try {
      promotionAnalysis({ lines: fixture("lines.csv"), products }, {}, CONTEXT);
    } catch (error) {
      caught = error;
    }
    expect(isCoreError(caught) && [caught.code, caught.details.input]).toEqual([
      "MISSING_COLUMN",
      "products",
    ]);
  });
});
