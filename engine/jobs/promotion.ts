import { CoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import { analysePromotion } from "../../src/promo/analyse-promotion";
import { bandEdgesFromStep } from "../../src/promo/band-edges";
import { categoriesForLines, categoryView, type CategoryRow } from "../../src/promo/category-view";
import { linesFromTable, productTableFromTable, trafficFromTable } from "../../src/promo/from-table";
import { kpiNumberOrNull } from "../../src/promo/kpi-value";
import type { PromoDecision, RuleThresholds } from "../../src/promo/rules";
import type { ProductTable, TrafficTable, TransactionLines } from "../../src/promo/tables";
import { promoResultSheets } from "../../src/report/promo";
import type { ResultSheet, RunRecord } from "../../src/report/types";
import { rowsInPeriod, yearPeriod } from "../../src/yoy/period";
import { selectLines } from "../../src/yoy/select-lines";
import { yoyFromLines, type YoyResult } from "../../src/yoy/yoy-from-lines";
import type { JobContext } from "./context";
import { resolveYears, type ResolvedYears, type YoySetting } from "./promotion-years";
import { tableFromRequest, type TableRequest } from "./table-request";

export type { YoySetting } from "./promotion-years";

/** What the user chose in the Promotion tab's settings. */
export interface PromotionSettings {
  readonly yoy: YoySetting;
  /** Price-band edges (pandas.cut, right-closed, lowest edge included). */
  readonly priceEdges: readonly number[];
  /** Discount-band edges as from, to (included when on the grid) and step, e.g. 0.15 … 1 by 0.05. */
  readonly discountBands: { readonly from: number; readonly to: number; readonly step: number };
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
export interface PromotionSummary {
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

export interface PromotionResult {
  readonly sheets: readonly ResultSheet[];
  readonly summary: PromotionSummary;
}

/**
 * The Promotion tab's analysis: lines (and the optional product and traffic tables) → the year-over-year
 * comparison, the KPI pack, price and discount bands, keep / reconsider / clear per product, funnel, ABC and
 * categories, as the promotion result sheets. With two years compared, everything but the YoY sheet is about
 * the current year's lines (the product and traffic tables describe the current sale).
 *
 * @throws CoreError CANCELLED, and the codes of the table intake, analysePromotion and yoyFromLines
 */
export function promotionJob(request: PromotionRequest, context: JobContext): PromotionResult {
  const step = (fraction: number, stage: string) => {
    if (context.isCancelled()) throw new CoreError("CANCELLED", "promotionJob: the run was cancelled");
    context.progress(fraction, stage);
  };
  step(0.05, "reading");
  const linesTable = tableFromRequest(request);
  const allLines = linesFromTable(linesTable, "Promotion (lines)");
  const products = request.products
    ? productTableFromTable(tableFromRequest(request.products), "Promotion (product table)")
    : undefined;
  const traffic = request.traffic
    ? trafficFromTable(tableFromRequest(request.traffic), "Promotion (traffic table)")
    : undefined;
  const { settings } = request;
  const years = resolveYears(allLines.dates, settings.yoy);
  step(0.3, "yoy");
  const yoy = years.kind === "compare" ? compareYears(allLines, years, products, traffic) : null;
  const lines =
    years.kind === "compare" && allLines.dates
      ? selectLines(allLines, rowsInPeriod(allLines.dates, yearPeriod(years.currentYear)))
      : allLines;
  step(0.5, "kpis");
  const { from, to, step: discountStep } = settings.discountBands;
  const analysis = analysePromotion(lines, products, traffic, {
    priceEdges: settings.priceEdges,
    discountEdges: bandEdgesFromStep(from, to, discountStep),
    thresholds: settings.thresholds,
  });
  step(0.8, "sheets");
  const runRecord: RunRecord = {
    ...request.runRecord,
    rowCount: linesTable.rowCount,
    parameters: { ...request.runRecord.parameters, ...runParameters(settings, years) },
  };
  const sheets = promoResultSheets(
    { ...analysis, yoy, categories: categoriesOf(lines, products) },
    request.locale,
    runRecord,
  );
  const decisions: Record<PromoDecision, number> = { keep: 0, candidate: 0, clear: 0, undecided: 0 };
  for (const decision of analysis.decisions) decisions[decision.decision]++;
  step(1, "done");
  return {
    sheets,
    summary: {
      gmv: kpiNumberOrNull(analysis.pack.gmv),
      analysedLineCount: lines.productKeys.length,
      productCount: analysis.join.products.length,
      decisions,
      years,
      gmvChangeRatio: gmvChange(yoy),
      partialPeriodWarningCount: yoy?.warnings.length ?? 0,
      qualityLineCount: analysis.join.quality.length,
    },
  };
}

function compareYears(
  lines: TransactionLines,
  years: { readonly currentYear: number; readonly previousYear: number },
  products: ProductTable | undefined,
  traffic: TrafficTable | undefined,
): YoyResult {
  return yoyFromLines(lines, yearPeriod(years.currentYear), yearPeriod(years.previousYear), {
    current: { ...(products ? { products } : {}), ...(traffic ? { traffic } : {}) },
  });
}

/** Per-category units, revenue and products, when the product table has a category column. */
function categoriesOf(lines: TransactionLines, products: ProductTable | undefined): CategoryRow[] | null {
  if (products?.categories === undefined) return null;
  const categories = categoriesForLines(lines.productKeys, {
    productKeys: products.productKeys,
    categories: products.categories,
  });
  return categoryView({
    productKeys: lines.productKeys,
    categories,
    units: lines.units,
    amounts: lines.amounts,
  });
}

function gmvChange(yoy: YoyResult | null): number | null {
  const row = yoy?.rows.find((candidate) => candidate.key === "gmv");
  return row === undefined ? null : kpiNumberOrNull(row.changeRatio);
}

/** The settings as the run record's parameters, so a written number can be traced to them. */
function runParameters(settings: PromotionSettings, years: ResolvedYears): Record<string, string | number> {
  const { from, to, step } = settings.discountBands;
  return {
    years: years.kind === "compare" ? `${years.currentYear} vs ${years.previousYear}` : "none",
    priceEdges: settings.priceEdges.join(", "),
    discountEdges: `${from} … ${to} by ${step}`,
    keepConversionAbove: settings.thresholds.keepConversionAbove,
    candidateSellThroughAbove: settings.thresholds.candidateSellThroughAbove,
  };
}
