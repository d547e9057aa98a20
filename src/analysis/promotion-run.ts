import { analysePromotionOfJoin } from "../promo/analyse-promotion";
import { bandEdgesFromStep } from "../promo/band-edges";
import type { CategoryRow } from "../promo/category-view";
import type { ProductJoin } from "../promo/product-join";
import { promotionFacts } from "../promo/promotion-facts";
import { promoResultSheets } from "../report/promo";
import type { ResolvedYears } from "../yoy/resolve-years";
import type { YoyResult } from "../yoy/yoy-from-lines";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";
import type { mergedPromotionSettings, PromotionResult } from "./promotion";

/** The promotion's products joined, with its categories and line counts: what the run is built from. */
export interface AnalysedLines {
  readonly join: ProductJoin;
  readonly categories: readonly CategoryRow[] | null;
  /** Lines analysed (the current year's, with two years compared). */
  readonly lineCount: number;
  /** Rows of the lines table, as the run record states them. */
  readonly readRowCount: number;
}

/**
 * The run from the joined products (the lines' roll-up made here or in a database: promotionAnalysis and the
 * command line's `--engine duckdb`): the KPI pack, bands, decisions, facts and the result sheets.
 *
 * @throws CoreError the BAND_* codes
 */
export function promotionRun(
  analysed: AnalysedLines,
  years: ResolvedYears,
  yoy: YoyResult | null,
  merged: ReturnType<typeof mergedPromotionSettings>,
  context: AnalysisContext,
): AnalysisRun<PromotionResult> {
  const { from, to, step } = merged.discountBands;
  const analysis = analysePromotionOfJoin(analysed.join, {
    priceEdges: merged.priceEdges,
    discountEdges: bandEdgesFromStep(from, to, step),
    thresholds: merged.thresholds,
    rule: merged.rule,
  });
  const { categories } = analysed;
  const result: PromotionResult = {
    analysis,
    yoy,
    categories,
    facts: promotionFacts(analysis, analysed.lineCount, years, yoy),
  };
  const parameters = {
    years: years.kind === "compare" ? `${years.currentYear} vs ${years.previousYear}` : "none",
    priceEdges: merged.priceEdges.join(", "),
    discountEdges: `${from} … ${to} by ${step}`,
    keepConversionAbove: merged.thresholds.keepConversionAbove,
    candidateSellThroughAbove: merged.thresholds.candidateSellThroughAbove,
    rule: merged.rule,
  };
  return {
    result,
    sheets: lazily(() =>
      promoResultSheets(
        { ...analysis, yoy, categories },
        context.locale,
        analysisRunRecord({ rowCount: analysed.readRowCount }, context, "promotion", parameters),
      ),
    ),
  };
}
