import type { Locale } from "../i18n/locale";
import type { BandKpis } from "../promo/band-kpis";
import type { ProductBandDecision } from "../promo/band-rules";
import type { CartCategoryView } from "../promo/cart-view";
import type { CategoryRow } from "../promo/category-view";
import type { Funnel } from "../promo/funnel";
import type { KpiPack } from "../promo/kpi-pack";
import type { AbcRow, ParetoShare } from "../promo/pareto";
import type { ProductJoin } from "../promo/product-join";
import type { ProductDecision } from "../promo/rules";
import type { YoyResult } from "../yoy/yoy-from-lines";
import { abcTable } from "./promo-abc-table";
import { bandTableWithCharts } from "./promo-band-table";
import { promoTranslator } from "./promo-format";
import { kpiTable, reconciliationTable, yoyTable } from "./promo-kpi-table";
import { productDecisionTable } from "./promo-product-table";
import { cartTable, categoryTable, funnelTable, qualityTable } from "./promo-tables";
import type { ChartSpec, ReportTable, ResultSheet, RunRecord } from "./types";

/** What the promotion sheets are built from (analysePromotion's result plus the optional views). */
export interface PromoReportInput {
  readonly join: ProductJoin;
  readonly pack: KpiPack;
  /** Each product's own KPI pack by product key (analysePromotion's productPacks). */
  readonly productPacks: ReadonlyMap<string, KpiPack>;
  readonly decisions: readonly ProductDecision[] | readonly ProductBandDecision[];
  readonly priceBands?: BandKpis | null;
  readonly discountBands?: BandKpis | null;
  readonly funnel?: Funnel | null;
  readonly abc?: {
    readonly rows: readonly AbcRow[];
    readonly topFraction: number;
    readonly pareto: ParetoShare;
  } | null;
  readonly categories?: readonly CategoryRow[] | null;
  readonly cart?: CartCategoryView | null;
  readonly yoy?: YoyResult | null;
}

/**
 * The promotion result sheets, in `locale`:
 * - "Promotion": KPI table with definitions (promo.kpis), funnel, categories, cart view, ABC (when given);
 * - "Promotion YoY" (with a YoY result): YoY table with the partial-period warnings, and the reconciliation;
 * - "Promotion bands" (with bands): price and discount band tables, each with GMV and sell-through charts;
 * - "Promotion products": the product list with decision and reason, and the data-quality lines.
 *
 * @example
 * import { analysePromotion } from "../promo/analyse-promotion";
 * const analysis = analysePromotion({ productKeys: ["A", "A", "B"], units: [1, 1, 2], amounts: [100, 100, 600] },
 *   { productKeys: ["A", "B"], tagPrices: [200, 400], salePrices: [90, 300], stocks: [10, 4] },
 *   { productKeys: ["A", "B"], uv: [100, 400] });
 * const runRecord = { inputAddress: "A1:C4", rowCount: 3, parameters: {}, engineVersion: "0.1.0", timestampIso: "2026-01-02T03:04:05Z" };
 * promoResultSheets(analysis, "zh-TW", runRecord).map((sheet) => sheet.baseName)
 * // ["促銷分析", "促銷價格帶", "促銷商品"]
 */
export function promoResultSheets(
  input: PromoReportInput,
  locale: Locale,
  runRecord: RunRecord,
): ResultSheet[] {
  const t = promoTranslator(locale);
  const mainTables: ReportTable[] = [kpiTable(input.pack, locale)];
  if (input.funnel) mainTables.push(funnelTable(input.funnel, locale));
  if (input.categories) mainTables.push(categoryTable(input.categories, locale));
  if (input.cart) mainTables.push(cartTable(input.cart, locale));
  if (input.abc)
    mainTables.push(
      abcTable(input.abc.rows, locale, { topFraction: input.abc.topFraction, result: input.abc.pareto }),
    );
  const sheets: ResultSheet[] = [
    { baseName: t("sheet.promotion"), tables: mainTables, charts: [], runRecord },
  ];
  if (input.yoy) {
    const periods = [{ label: t("header.current"), lines: input.yoy.current.reconciliation }];
    if (input.yoy.previous !== null)
      periods.push({ label: t("header.previous"), lines: input.yoy.previous.reconciliation });
    sheets.push({
      baseName: t("sheet.yoy"),
      tables: [yoyTable(input.yoy, locale), reconciliationTable(periods, locale)],
      charts: [],
      runRecord,
    });
  }
  const bandTables: ReportTable[] = [];
  const bandCharts: ChartSpec[] = [];
  for (const [kind, bands] of [
    ["price", input.priceBands],
    ["discount", input.discountBands],
  ] as const) {
    if (!bands) continue;
    const built = bandTableWithCharts(bands, kind, locale);
    bandTables.push(built.table);
    bandCharts.push(...built.charts);
  }
  if (bandTables.length > 0)
    sheets.push({ baseName: t("sheet.bands"), tables: bandTables, charts: bandCharts, runRecord });
  sheets.push({
    baseName: t("sheet.products"),
    tables: [
      productDecisionTable(input.productPacks, input.decisions, locale),
      qualityTable(input.join.quality, locale),
    ],
    charts: [],
    runRecord,
  });
  return sheets;
}
