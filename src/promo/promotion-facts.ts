import type { YoyResult } from "../yoy/yoy-from-lines";
import type { ResolvedYears } from "../yoy/resolve-years";
import type { PromotionAnalysis } from "./analyse-promotion";
import { kpiNumberOrNull } from "./kpi-value";
import type { PromoDecision } from "./rules";

/** The numbers behind a promotion run's summary in words (the pane's summary line). */
export interface PromotionFacts {
  /** GMV of the analysed lines (those of the current year when years are compared). */
  readonly gmv: number | null;
  readonly analysedLineCount: number;
  readonly productCount: number;
  readonly decisions: Readonly<Record<PromoDecision, number>>;
  readonly years: ResolvedYears;
  /** GMV change against the previous year, as a ratio (0.12 = +12 %); null without a comparison or base. */
  readonly gmvChangeRatio: number | null;
  readonly partialPeriodWarningCount: number;
  readonly qualityLineCount: number;
}

/**
 * The facts of a promotion run: GMV, line and product counts, decisions per kind, the compared years and
 * the GMV change, and how many warnings and data-quality lines the sheets carry.
 *
 * Cost: O(products).
 */
export function promotionFacts(
  analysis: PromotionAnalysis,
  analysedLineCount: number,
  years: ResolvedYears,
  yoy: YoyResult | null,
): PromotionFacts {
  const decisions: Record<PromoDecision, number> = { keep: 0, candidate: 0, clear: 0, undecided: 0 };
  for (const decision of analysis.decisions) decisions[decision.decision]++;
  const gmvRow = yoy?.rows.find((row) => row.key === "gmv");
  return {
    gmv: kpiNumberOrNull(analysis.pack.gmv),
    analysedLineCount,
    productCount: analysis.join.products.length,
    decisions,
    years,
    gmvChangeRatio: gmvRow === undefined ? null : kpiNumberOrNull(gmvRow.changeRatio),
    partialPeriodWarningCount: yoy?.warnings.length ?? 0,
    qualityLineCount: analysis.join.quality.length,
  };
}
