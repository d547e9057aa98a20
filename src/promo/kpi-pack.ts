import type { KpiKey } from "./kpi-keys";
import { divideKpi, kpiOf, notAvailable, type KpiValue } from "./kpi-value";
import type { ProductSummary } from "./product-summary";
import type { InputAvailability } from "./tables";

/** Every KPI of the pack by key. */
export type KpiPack = Readonly<Record<KpiKey, KpiValue>>;

/**
 * The promotion KPI pack over a set of joined products (all of them, one band, one product):
 * - gmv = Σ line amount; netSales = gmv − Σ return amount; units = Σ units (returns included);
 * - the study's buyer figures: productBuyersSum = Σ over the products of each product's distinct buyers (a
 *   member who bought three products counts three times); aovStudy = gmv / productBuyersSum (the study's
 *   客单价); conversionStudy = productBuyersSum / uv (the study's 转化率: both sides count per product page);
 * - the distinct-buyer figures: buyers / orders = distinct buyer / order keys over the products' lines (a
 *   buyer of two products counts once); spendPerDistinctBuyer = gmv / buyers; conversionDistinctBuyers =
 *   buyers / uv (a distinct count over a sum of per-page UVs); averageOrderValue = gmv / orders;
 * - uv, favourites, addToCart = Σ over the products' traffic;
 * - discountRate = Σ amount / Σ (tag price × units), both over products with a tag price (so a product
 *   missing from the product table does not inflate the rate);
 * - stockValue = Σ tag price × stock over products with both; sellThrough = gmv / stockValue;
 * - skuCount = Σ of the product table's SKU-count cells (the study's sku_cons = Σ SKU); spuCount = distinct
 *   products found in the lines or the product table (traffic-only keys are not products on sale);
 * - returnUnits, returnAmount = Σ over the lines.
 * For one product the two conversions are the same number (its distinct buyers / its UV), which is why the
 * per-product rule (decideProducts) does not depend on the choice.
 * A KPI whose input was not given, or that none of the products has (e.g. UV of products without a traffic
 * row), is NOT_AVAILABLE; a zero denominator is DIVISION_BY_ZERO.
 *
 * Cost: O(products + their distinct buyer/order keys).
 *
 * @example
 * import { joinProducts } from "./product-join";
 * const lines = { productKeys: ["A", "A", "B"], units: [1, 1, 2], amounts: [100, 100, 600], buyerKeys: ["m1", "m2", "m1"] };
 * const join = joinProducts(lines, undefined, { productKeys: ["A", "B"], uv: [100, 400] });
 * const pack = kpiPack(join.products, join.available);
 * pack.conversionStudy // { kind: "value", value: 0.006 } ((2 + 1) buyers summed over products / 500 UV)
 * pack.conversionDistinctBuyers // { kind: "value", value: 0.004 } (2 distinct buyers / 500 UV)
 * pack.stockValue // { kind: "undefined", code: "NOT_AVAILABLE", … } (no product table)
 */
export function kpiPack(products: readonly ProductSummary[], available: InputAvailability): KpiPack {
  const sums = sumProducts(products);
  const { gmv, pricedAmount, tagValue, stockValue, seen } = sums;
  const when = (isAvailable: boolean, subject: string, value: () => KpiValue): KpiValue =>
    isAvailable ? value() : notAvailable(subject);
  const buyers = sums.buyers.size;
  const orders = sums.orders.size;
  const { productBuyers } = sums;
  const hasUv = available.uv && seen.uv;
  const hasStockValue = available.tagPrices && available.stocks && seen.stockValue;
  const stockSubject = available.tagPrices && seen.tagPrice ? "stock" : "tagPrice";
  return {
    gmv: kpiOf(gmv),
    netSales: when(available.returns, "returnColumns", () => kpiOf(gmv - sums.returnAmount)),
    units: kpiOf(sums.units),
    productBuyersSum: when(available.buyers, "buyerColumn", () => kpiOf(productBuyers)),
    aovStudy: when(available.buyers, "buyerColumn", () => divideKpi(gmv, productBuyers, "productBuyersSum")),
    uv: when(hasUv, "uv", () => kpiOf(sums.uv)),
    conversionStudy: when(available.buyers, "buyerColumn", () =>
      hasUv ? divideKpi(productBuyers, sums.uv, "uv") : notAvailable("uv"),
    ),
    buyers: when(available.buyers, "buyerColumn", () => kpiOf(buyers)),
    spendPerDistinctBuyer: when(available.buyers, "buyerColumn", () => divideKpi(gmv, buyers, "buyers")),
    conversionDistinctBuyers: when(available.buyers, "buyerColumn", () =>
      hasUv ? divideKpi(buyers, sums.uv, "uv") : notAvailable("uv"),
    ),
    orders: when(available.orders, "orderColumn", () => kpiOf(orders)),
    averageOrderValue: when(available.orders, "orderColumn", () => divideKpi(gmv, orders, "orders")),
    discountRate: when(available.tagPrices && seen.tagPrice, "tagPrice", () =>
      divideKpi(pricedAmount, tagValue, "tagValue"),
    ),
    stockValue: when(hasStockValue, stockSubject, () => kpiOf(stockValue)),
    sellThrough: when(hasStockValue, stockSubject, () => divideKpi(gmv, stockValue, "stockValue")),
    favourites: when(available.favourites && seen.favourites, "favourites", () => kpiOf(sums.favourites)),
    addToCart: when(available.addToCart && seen.addToCart, "addToCart", () => kpiOf(sums.addToCart)),
    skuCount: when(available.skuCounts && seen.skuCount, "skuCount", () => kpiOf(sums.skuCount)),
    spuCount: kpiOf(sums.spuCount),
    returnUnits: when(available.returns, "returnColumns", () => kpiOf(sums.returnUnits)),
    returnAmount: when(available.returns, "returnColumns", () => kpiOf(sums.returnAmount)),
  };
}

/** The sums behind the pack, and whether any product had each optional field (else the KPI is NOT_AVAILABLE). */
function sumProducts(products: readonly ProductSummary[]) {
  const sums = {
    gmv: 0,
    units: 0,
    returnUnits: 0,
    returnAmount: 0,
    pricedAmount: 0,
    tagValue: 0,
    stockValue: 0,
    skuCount: 0,
    spuCount: 0,
    uv: 0,
    favourites: 0,
    addToCart: 0,
    productBuyers: 0,
    buyers: new Set<string>(),
    orders: new Set<string>(),
    seen: {
      tagPrice: false,
      stockValue: false,
      skuCount: false,
      uv: false,
      favourites: false,
      addToCart: false,
    },
  };
  for (const product of products) {
    sums.gmv += product.amount;
    sums.units += product.units;
    sums.returnUnits += product.returnUnits;
    sums.returnAmount += product.returnAmount;
    if (product.tagPrice !== null) {
      sums.seen.tagPrice = true;
      sums.pricedAmount += product.amount;
      sums.tagValue += product.tagPrice * product.units;
      if (product.stock !== null) {
        sums.seen.stockValue = true;
        sums.stockValue += product.tagPrice * product.stock;
      }
    }
    if (product.skuCount !== null) {
      sums.seen.skuCount = true;
      sums.skuCount += product.skuCount;
    }
    if (product.presentIn.includes("lines") || product.presentIn.includes("products")) sums.spuCount++;
    if (product.uv !== null) {
      sums.seen.uv = true;
      sums.uv += product.uv;
    }
    if (product.favourites !== null) {
      sums.seen.favourites = true;
      sums.favourites += product.favourites;
    }
    if (product.addToCart !== null) {
      sums.seen.addToCart = true;
      sums.addToCart += product.addToCart;
    }
    sums.productBuyers += product.buyerKeys.length;
    for (const buyer of product.buyerKeys) sums.buyers.add(buyer);
    for (const order of product.orderKeys) sums.orders.add(order);
  }
  return sums;
}
