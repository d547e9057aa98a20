import { promotionAnalysis, type DiscountBandSteps } from "../../src/analysis/promotion";
import { CoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import type { PromotionFacts } from "../../src/promo/promotion-facts";
import type { RuleThresholds } from "../../src/promo/rules";
import type { ResultSheet, RunRecord } from "../../src/report/types";
import type { YoySetting } from "../../src/yoy/resolve-years";
import type { JobContext } from "./context";
import { dataRowCount, tableFromRequest, type TableRequest } from "./table-request";

/** What the user chose in the Promotion tab's settings (every setting is given: the form has defaults). */
export interface PromotionSettings {
  readonly yoy: YoySetting;
  /** Price-band edges (pandas.cut, right-closed, lowest edge included). */
  readonly priceEdges: readonly number[];
  /** Discount-band edges as from, to (included when on the grid) and step, e.g. 0.15 … 1 by 0.05. */
  readonly discountBands: DiscountBandSteps;
  readonly thresholds: RuleThresholds;
}

/** The lines (the request's own grid), the optional product and traffic tables, and the settings. */
export interface PromotionRequest extends TableRequest {
  readonly products: TableRequest | null;
  readonly traffic: TableRequest | null;
  readonly settings: PromotionSettings;
  readonly locale: Locale;
  readonly runRecord: RunRecord;
}

/** What the pane says about the run in words. */
export type PromotionSummary = PromotionFacts;

export interface PromotionResult {
  readonly sheets: readonly ResultSheet[];
  readonly summary: PromotionSummary;
}

/**
 * The Promotion tab's run: the request's grids as tables → promotionAnalysis → its sheets and facts, with
 * progress between the use case's stages and a cancel checked at each.
 *
 * @throws CoreError CANCELLED, and the codes of the table intake and promotionAnalysis
 */
export function promotionJob(request: PromotionRequest, context: JobContext): PromotionResult {
  const step = (fraction: number, stage: string): void => {
    if (context.isCancelled()) throw new CoreError("CANCELLED", "promotionJob: the run was cancelled");
    context.progress(fraction, stage, stage === "reading" ? { count: dataRowCount(request) } : {});
  };
  const lines = tableFromRequest(request);
  const tables = {
    lines,
    ...(request.products ? { products: tableFromRequest(request.products) } : {}),
    ...(request.traffic ? { traffic: tableFromRequest(request.traffic) } : {}),
  };
  const analysisContext = { locale: request.locale, runRecord: request.runRecord };
  const run = promotionAnalysis(tables, request.settings, analysisContext, step);
  const sheets = run.sheets();
  step(1, "done");
  return { sheets, summary: run.result.facts };
}
