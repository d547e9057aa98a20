import { CoreError } from "../errors";
import { STUDY_PRICE_EDGES, type PromotionAnalysis } from "../promo/analyse-promotion";
import { categoryViewOfLines, type CategoryRow } from "../promo/category-view";
import { linesFromTable, productTableFromTable, trafficFromTable } from "../promo/from-table";
import type { PromotionFacts } from "../promo/promotion-facts";
import { joinProducts } from "../promo/product-join";
import { DEFAULT_RULE_THRESHOLDS, type RuleThresholds } from "../promo/rules";
import type { ProductTable, TrafficTable } from "../promo/tables";
import type { Table } from "../table/types";
import { rowsInPeriod, yearPeriod } from "../yoy/period";
import { resolveYears, type ResolvedYears, type YoySetting } from "../yoy/resolve-years";
import { selectLines } from "../yoy/select-lines";
import { yoyFromLines, type YoyResult } from "../yoy/yoy-from-lines";
import type { AnalysisContext, AnalysisRun } from "./context";
import { promotionRun } from "./promotion-run";

/** The promotion's input tables: the transaction lines, and the product and traffic tables when given. */
export interface PromotionTables {
  readonly lines: Table;
  readonly products?: Table;
  readonly traffic?: Table;
}

/** Discount-band edges as from, to (included when on the grid) and step; see bandEdgesFromStep. */
export interface DiscountBandSteps {
  readonly from: number;
  readonly to: number;
  readonly step: number;
}

export interface PromotionSettings {
  /** Which years to compare. @default { mode: "none" } */
  readonly yoy?: YoySetting;
  /** Price-band edges (pandas.cut, right-closed, lowest edge included). @default STUDY_PRICE_EDGES */
  readonly priceEdges?: readonly number[];
  /** @default { from: 0.15, to: 1, step: 0.05 } */
  readonly discountBands?: DiscountBandSteps;
  /** Each threshold not given is DEFAULT_RULE_THRESHOLDS' (0.8 % conversion, 30 % sell-through). */
  readonly thresholds?: Partial<RuleThresholds>;
  /** "product": each product's own numbers decide; "discountBand": its discount band's pooled numbers. @default "product" */
  readonly rule?: "product" | "discountBand";
}

export const PROMOTION_DEFAULTS = {
  yoy: { mode: "none" },
  priceEdges: STUDY_PRICE_EDGES,
  discountBands: { from: 0.15, to: 1, step: 0.05 },
  thresholds: DEFAULT_RULE_THRESHOLDS,
  rule: "product",
} as const satisfies Required<PromotionSettings>;

/** The stages a promotion run reports, in order, with the fraction of the work done when each starts. */
export type PromotionStage = "reading" | "yoy" | "kpis" | "sheets";

/** Called as each stage starts; a door may throw from it (CANCELLED) to stop the run between stages. */
export type PromotionStageHook = (fraction: number, stage: PromotionStage) => void;

export interface PromotionResult {
  readonly analysis: PromotionAnalysis;
  /** The year-over-year comparison; null when years are not compared. */
  readonly yoy: YoyResult | null;
  /** Units, revenue and products per category, when the product table has a category column. */
  readonly categories: readonly CategoryRow[] | null;
  readonly facts: PromotionFacts;
}

/**
 * The promotion analysis: lines (and the optional product and traffic tables) → the year-over-year
 * comparison, the KPI pack, price and discount bands, keep / candidate / clear per product, funnel, ABC and
 * categories. With two years compared, everything but the YoY sheet is about the current year's lines (the
 * product and traffic tables describe the current sale).
 *
 * Cost: O(lines + products × log edges).
 *
 * @throws CoreError MISSING_COLUMN, COLUMN_TYPE_MISMATCH (with details.input "lines", "products" or
 *   "traffic": the table at fault), YOY_PERIOD_EMPTY, LINES_NOT_DATED, the BAND_* codes, and the codes of
 *   analysePromotion; whatever `onStage` throws (CANCELLED)
 */
export function promotionAnalysis(
  tables: PromotionTables,
  settings: PromotionSettings,
  context: AnalysisContext,
  onStage: PromotionStageHook = () => undefined,
): AnalysisRun<PromotionResult> {
  const merged = mergedPromotionSettings(settings);
  onStage(0.05, "reading");
  // One label per input for every door, so a message reads the same in the pane and on the command line.
  const allLines = readInput("lines", () => linesFromTable(tables.lines, "promo (lines)"));
  const { products, traffic } = readProductInputs(tables);
  const years = resolveYears(allLines.dates, merged.yoy);
  onStage(0.3, "yoy");
  const yoy =
    years.kind === "compare"
      ? yoyFromLines(allLines, yearPeriod(years.currentYear), yearPeriod(years.previousYear), {
          current: { ...(products ? { products } : {}), ...(traffic ? { traffic } : {}) },
        })
      : null;
  const lines =
    years.kind === "compare" && allLines.dates
      ? selectLines(allLines, rowsInPeriod(allLines.dates, yearPeriod(years.currentYear)))
      : allLines;
  onStage(0.5, "kpis");
  const join = joinProducts(lines, products, traffic);
  const categories = products === undefined ? null : categoryViewOfLines(lines, products);
  onStage(0.8, "sheets");
  const analysed = {
    join,
    categories,
    lineCount: lines.productKeys.length,
    readRowCount: tables.lines.rowCount,
  };
  return promotionRun(analysed, years, yoy, merged, context);
}

/** The settings with every default filled in. */
export function mergedPromotionSettings(settings: PromotionSettings): Required<PromotionSettings> & {
  readonly thresholds: RuleThresholds;
} {
  return {
    yoy: settings.yoy ?? PROMOTION_DEFAULTS.yoy,
    priceEdges: settings.priceEdges ?? PROMOTION_DEFAULTS.priceEdges,
    discountBands: settings.discountBands ?? PROMOTION_DEFAULTS.discountBands,
    thresholds: { ...PROMOTION_DEFAULTS.thresholds, ...settings.thresholds },
    rule: settings.rule ?? PROMOTION_DEFAULTS.rule,
  };
}

/** The product and traffic tables in the core's shapes, a core error naming the table it is about. */
export function readProductInputs(tables: Omit<PromotionTables, "lines">): {
  readonly products: ProductTable | undefined;
  readonly traffic: TrafficTable | undefined;
} {
  const productTable = tables.products;
  const trafficTable = tables.traffic;
  return {
    products:
      productTable && readInput("products", () => productTableFromTable(productTable, "promo (products)")),
    traffic: trafficTable && readInput("traffic", () => trafficFromTable(trafficTable, "promo (traffic)")),
  };
}

/** Reads one input table; a core error names the table in its details, so a door can name its file. */
function readInput<T>(input: keyof PromotionTables, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CoreError)
      throw new CoreError(error.code, error.message, { ...error.details, input });
    throw error;
  }
}

export type { ResolvedYears, YoySetting };
