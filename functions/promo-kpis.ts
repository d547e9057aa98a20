import { CoreError } from "../src/errors";
import { KPI_KEYS } from "../src/promo/kpi-keys";
import type { ProductTable, TrafficTable, TransactionLines } from "../src/promo/tables";
import { kpiDefinition, kpiName } from "../src/report/promo-kpi-table";
import { runSizedFunctionJob } from "./shared/engine";
import { ENGINE_FROM_CELLS } from "./shared/engine-thresholds";
import { toExcelError } from "./shared/excel-error";
import {
  keyOrBlank,
  kpiProblem,
  numberOrBlank,
  numberOrZero,
  priceOrBlank,
  readArgument,
  type ArgumentProblems,
  type KpiArgument,
} from "./shared/kpi-arguments";
import { kpiCellOrError } from "./shared/kpi-cells";
import { errorLocaleFromCell, localeFromCell } from "./shared/language-cell";
import { requireSameShape, type Range } from "./shared/range-columns";

/** An omitted optional argument arrives as null (or undefined); the metadata generator needs plain `unknown[][]`. */
type Optional = unknown[][] | null | undefined;

/**
 * The promotion KPI table from transaction lines and, optionally, a product table: spills 21 rows of four columns (key, KPI name, value, definition). The study's own figures first: GMV = Σ amount; net sales = GMV − return amount; units; buyers summed over products (each product's distinct buyers, summed); AOV, the study's 客单价 = GMV / buyers summed over products; UV; conversion, the study's 转化率 = buyers summed over products / UV. Beside them the distinct-buyer figures: distinct buyers; spend per distinct buyer = GMV / distinct buyers; distinct-buyer conversion = distinct buyers / UV. Then orders, spend per order = GMV / orders; paid share of tag price (折扣率) = GMV / Σ tag price × units; stock value = Σ tag price × stock; sell-through = GMV / stock value; favourites; add-to-cart; SKU count = Σ sku_counts; SPU count (distinct products); return units; return amount. The line ranges (line_products, units, amounts, buyers, orders, return_units, return_amounts) must have one size; the product ranges (products, tag_prices, stocks, uv, favourites, add_to_cart, sku_counts) another, one row per product. A KPI whose input is not given shows #N/A with the reason; a zero denominator shows #DIV/0!. Blanks, the same in both builds (desktop Excel passes a blank cell as 0): blank amounts, units, returns, stocks, traffic and SKU counts count as 0; a blank id (or 0) leaves its line out of the per-product KPIs (GMV included) and its product row unjoined; a blank tag price (or 0) leaves the product out of the paid share of tag price and the stock value. A bad cell (an error such as #N/A, or text where a number belongs) gives #VALUE! naming it in the rows of the KPIs computed from its range only; the other KPIs are still computed. From 10,000 lines the work runs on the add-in's worker.
 * @customfunction PROMO.KPIS
 * @cancelable
 * @param line_products Product id of each transaction line, e.g. A2:A500 (blank or 0: the line is in no product). An error cell: #VALUE! in every line KPI.
 * @param units Units of each line, returns included: same size as line_products (blank = 0). An error cell: #VALUE! in units and discount rate.
 * @param amounts Amount (GMV) of each line, returns included: same size as line_products (blank = 0). An error cell: #VALUE! in the KPIs built on GMV.
 * @param [buyers] Buyer (member) id of each line, for the buyer counts, AOV, spend per distinct buyer and both conversions (blank or 0: no buyer). An error cell: #VALUE! in those six.
 * @param [orders] Order id of each line, for orders and spend per order (blank or 0: no order). An error cell: #VALUE! in those two.
 * @param [return_units] Returned units of each line (blank = 0). An error cell: #VALUE! in return units.
 * @param [return_amounts] Returned amount of each line, for net sales (blank = 0). An error cell: #VALUE! in net sales and return amount.
 * @param [products] Product id of each row of the product table, e.g. H2:H50; needed by the product ranges after it (blank or 0: the row joins nothing). An error cell: #VALUE! in the product and traffic KPIs.
 * @param [tag_prices] Tag price of each product (same size as products), for the paid share of tag price and stock value (blank or 0: no tag price). An error cell: #VALUE! in those and sell-through.
 * @param [stocks] Stock of each product, for stock value and sell-through (blank = 0). An error cell: #VALUE! in those two.
 * @param [uv] Unique visitors of each product, for UV and both conversions (blank = 0). An error cell: #VALUE! in those three.
 * @param [favourites] Favourites (saves) of each product (blank = 0). An error cell: #VALUE! in favourites.
 * @param [add_to_cart] Add-to-cart count of each product (blank = 0). An error cell: #VALUE! in add-to-cart.
 * @param [language] Language of the KPI names and definitions: "en" (default, also for an empty cell), "zh-TW" or "zh-CN".
 * @param [sku_counts] Number of SKUs of each product (the study's SKU数), same size as products, for the SKU count (blank = 0). After language, so formulas written before it keep their meaning. An error cell: #VALUE! in SKU count.
 * @returns The KPI table: key, name, value, definition.
 */
export async function promoKpis(
  line_products: unknown[][],
  units: unknown[][],
  amounts: unknown[][],
  buyers?: unknown[][],
  orders?: unknown[][],
  return_units?: unknown[][],
  return_amounts?: unknown[][],
  products?: unknown[][],
  tag_prices?: unknown[][],
  stocks?: unknown[][],
  uv?: unknown[][],
  favourites?: unknown[][],
  add_to_cart?: unknown[][],
  language?: unknown,
  sku_counts?: unknown[][],
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<unknown[][]> {
  try {
    const locale = localeFromCell(language);
    const given = (range: Optional): Range | undefined => range ?? undefined;
    const lineRanges = { line_products, units, amounts, buyers, orders, return_units, return_amounts };
    const productRanges = { products, tag_prices, stocks, uv, favourites, add_to_cart, sku_counts };
    for (const ranges of [lineRanges, productRanges]) {
      requireSameShape(
        "PROMO.KPIS",
        Object.fromEntries(Object.entries(ranges).map(([k, r]) => [k, given(r)])),
      );
    }
    const orphan = Object.entries(productRanges).find(
      ([name, range]) => name !== "products" && range != null,
    );
    if (products == null && orphan !== undefined) {
      throw new CoreError(
        "PRODUCT_IDS_MISSING",
        `PROMO.KPIS: ${orphan[0]} needs products (the product id of each of its rows)`,
      );
    }
    const problems: ArgumentProblems = new Map();
    const read = <T>(range: Optional, name: KpiArgument, cell: (c: unknown, what: string) => T | null) =>
      range == null ? undefined : readArgument(range, name, cell, problems);
    const lines: TransactionLines = {
      productKeys: readArgument(line_products, "line_products", keyOrBlank, problems),
      units: readArgument(units, "units", numberOrBlank, problems),
      amounts: readArgument(amounts, "amounts", numberOrBlank, problems),
      buyerKeys: read(buyers, "buyers", keyOrBlank),
      orderKeys: read(orders, "orders", keyOrBlank),
      returnUnits: read(return_units, "return_units", numberOrBlank),
      returnAmounts: read(return_amounts, "return_amounts", numberOrBlank),
    };
    const productKeys = read(products, "products", keyOrBlank);
    const productTable: ProductTable | undefined = productKeys && {
      productKeys,
      tagPrices: read(tag_prices, "tag_prices", priceOrBlank),
      stocks: read(stocks, "stocks", numberOrZero),
      skuCounts: read(sku_counts, "sku_counts", numberOrZero),
    };
    const hasTraffic = uv != null || favourites != null || add_to_cart != null;
    const traffic: TrafficTable | undefined =
      productKeys === undefined || !hasTraffic
        ? undefined
        : {
            productKeys,
            uv: read(uv, "uv", numberOrBlank),
            favourites: read(favourites, "favourites", numberOrBlank),
            addToCart: read(add_to_cart, "add_to_cart", numberOrBlank),
          };
    const pack = await runSizedFunctionJob(
      "promoKpis",
      { lines, products: productTable, traffic },
      { size: lines.productKeys.length, engineFrom: ENGINE_FROM_CELLS.promoKpis },
      invocation,
    );
    return KPI_KEYS.map((key) => {
      const problem = kpiProblem(key, problems);
      const value =
        problem === null
          ? kpiCellOrError(pack[key], locale)
          : toExcelError(problem, errorLocaleFromCell(language));
      return [key, kpiName(locale, key), value, kpiDefinition(locale, key)];
    });
  } catch (error) {
    return [[toExcelError(error, errorLocaleFromCell(language))]];
  }
}
