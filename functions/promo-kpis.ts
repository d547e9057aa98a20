import { CoreError } from "../src/errors";
import { KPI_KEYS } from "../src/promo/kpi-keys";
import { kpiPack } from "../src/promo/kpi-pack";
import { joinProducts } from "../src/promo/product-join";
import type { ProductTable, TrafficTable, TransactionLines } from "../src/promo/tables";
import { kpiDefinition, kpiName } from "../src/report/promo-kpi-table";
import { toExcelError } from "./shared/excel-error";
import { kpiCellOrError } from "./shared/kpi-cells";
import { localeFromCell } from "./shared/language-cell";
import { keyCells, numberCells, requireSameShape, type Range } from "./shared/range-columns";

/** An omitted optional argument arrives as null (or undefined); the metadata generator needs plain `unknown[][]`. */
type Optional = unknown[][] | null | undefined;

/**
 * The promotion KPI table from transaction lines and, optionally, a product table: spills 18 rows of four columns (key, KPI name, value, definition): GMV = Σ amount; net sales = GMV − return amount; units; buyers and orders (distinct ids); spend per buyer = GMV / buyers (the study's 客单价); average order value = GMV / orders; UV; conversion = buyers / UV; discount rate = GMV / Σ tag price × units; stock value = Σ tag price × stock; sell-through = GMV / stock value; favourites; add-to-cart; SKU count; SPU count (distinct products); return units; return amount. The line ranges (line_products, units, amounts, buyers, orders, return_units, return_amounts) must have one size; the product ranges (products, tag_prices, stocks, uv, favourites, add_to_cart) another, one row per product. A KPI whose input is not given shows #N/A with the reason; a zero denominator shows #DIV/0!. Blank amounts and units count as 0.
 * @customfunction PROMO.KPIS
 * @param line_products Product id of each transaction line, e.g. A2:A500.
 * @param units Units of each line, returns included: same size as line_products.
 * @param amounts Amount (GMV) of each line, returns included: same size as line_products.
 * @param [buyers] Buyer (member) id of each line, for buyers, spend per buyer and conversion.
 * @param [orders] Order id of each line, for orders and average order value.
 * @param [return_units] Returned units of each line.
 * @param [return_amounts] Returned amount of each line, for net sales.
 * @param [products] Product id of each row of the product table, e.g. H2:H50; needed by the product ranges after it.
 * @param [tag_prices] Tag price of each product (same size as products), for discount rate and stock value.
 * @param [stocks] Stock of each product, for stock value and sell-through.
 * @param [uv] Unique visitors of each product, for UV and conversion.
 * @param [favourites] Favourites (saves) of each product.
 * @param [add_to_cart] Add-to-cart count of each product.
 * @param [language] Language of the KPI names and definitions: "en" (default), "zh-TW" or "zh-CN".
 * @returns The KPI table: key, name, value, definition.
 */
export function promoKpis(
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
): unknown[][] {
  try {
    const locale = localeFromCell(language);
    const given = (range: Optional): Range | undefined => range ?? undefined;
    const lineRanges = { line_products, units, amounts, buyers, orders, return_units, return_amounts };
    const productRanges = { products, tag_prices, stocks, uv, favourites, add_to_cart };
    requireSameShape(
      "PROMO.KPIS",
      Object.fromEntries(Object.entries(lineRanges).map(([k, r]) => [k, given(r)])),
    );
    requireSameShape(
      "PROMO.KPIS",
      Object.fromEntries(Object.entries(productRanges).map(([k, r]) => [k, given(r)])),
    );
    const numbers = (range: Optional, name: string) => (range == null ? undefined : numberCells(range, name));
    const keys = (range: Optional, name: string) => (range == null ? undefined : keyCells(range, name));
    const lines: TransactionLines = {
      productKeys: keyCells(line_products, "line_products"),
      units: numberCells(units, "units"),
      amounts: numberCells(amounts, "amounts"),
      buyerKeys: keys(buyers, "buyers"),
      orderKeys: keys(orders, "orders"),
      returnUnits: numbers(return_units, "return_units"),
      returnAmounts: numbers(return_amounts, "return_amounts"),
    };
    const productKeys = keys(products, "products");
    const productColumns = { tag_prices, stocks, uv, favourites, add_to_cart };
    const orphan = Object.entries(productColumns).find(([, range]) => range != null);
    if (productKeys === undefined && orphan !== undefined) {
      throw new CoreError(
        "PRODUCT_IDS_MISSING",
        `PROMO.KPIS: ${orphan[0]} needs products (the product id of each of its rows)`,
      );
    }
    const productTable: ProductTable | undefined =
      productKeys === undefined
        ? undefined
        : { productKeys, tagPrices: numbers(tag_prices, "tag_prices"), stocks: numbers(stocks, "stocks") };
    const hasTraffic = uv != null || favourites != null || add_to_cart != null;
    const traffic: TrafficTable | undefined =
      productKeys === undefined || !hasTraffic
        ? undefined
        : {
            productKeys,
            uv: numbers(uv, "uv"),
            favourites: numbers(favourites, "favourites"),
            addToCart: numbers(add_to_cart, "add_to_cart"),
          };
    const join = joinProducts(lines, productTable, traffic);
    const pack = kpiPack(join.products, join.available);
    return KPI_KEYS.map((key) => [
      key,
      kpiName(locale, key),
      kpiCellOrError(pack[key], locale),
      kpiDefinition(locale, key),
    ]);
  } catch (error) {
    return [[toExcelError(error)]];
  }
}
