import type { SqlDialect } from "./dialect";
import { asDouble, ratio } from "./numeric";
import { promoProductCtes, type PromoSqlSources } from "./promo-product-ctes";
import { composeStatement, type SqlCte, type SqlStatement } from "./statement";

/** The KPI pack's columns: the core's KPI_KEYS, in their order, in snake case. */
export const PROMO_KPIS_SQL_COLUMNS = [
  "gmv",
  "net_sales",
  "units",
  "product_buyers_sum",
  "aov_study",
  "uv",
  "conversion_study",
  "buyers",
  "spend_per_distinct_buyer",
  "conversion_distinct_buyers",
  "orders",
  "average_order_value",
  "discount_rate",
  "stock_value",
  "sell_through",
  "favourites",
  "add_to_cart",
  "sku_count",
  "spu_count",
  "return_units",
  "return_amount",
] as const;

/**
 * The promotion KPI pack as one SQL statement returning one row, with the core's definitions (kpiPack over the
 * joined products): GMV = Σ line amount; net sales = GMV − Σ return amount; the study's product_buyers_sum =
 * Σ over products of each product's distinct buyers, aov_study (客单价) = GMV / product_buyers_sum,
 * conversion_study (转化率) = product_buyers_sum / UV; beside them buyers / orders = distinct keys over the
 * lines, spend_per_distinct_buyer = GMV / buyers, conversion_distinct_buyers = buyers / UV; average order
 * value = GMV / orders; discount rate (paid share of tag price) = Σ amount / Σ tag price × units over products
 * with a tag price; stock value = Σ tag price × stock; sell-through = GMV / stock value; SKU count = Σ of the
 * product table's SKU count column; SPU count = products in the lines or the product table. A KPI whose
 * input is not mapped, or that no product has, is NULL (the core: NOT_AVAILABLE), and so is a ratio with a
 * zero denominator (the core: DIVISION_BY_ZERO).
 *
 * Cost: as promoProductsSql.
 *
 * @throws CoreError MISSING_COLUMN (lines: productId, quantity, amount), SQL_IDENTIFIER_INVALID
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * import { sqlSourceOfTable } from "./source";
 * const lines = sqlSourceOfTable(tableFromGrid({ values: [["商品名", "数量", "金额", "会员编号"], ["T恤", 1, 59, "U01"]] }), "促销明细");
 * promoKpisSql("duckdb", { lines }).columns.slice(3, 7) // ["product_buyers_sum", "aov_study", "uv", "conversion_study"]
 */
export function promoKpisSql(dialect: SqlDialect, sources: PromoSqlSources): SqlStatement {
  const mapped = sources.lines.columns;
  const hasReturns = mapped.returnQuantity !== undefined || mapped.returnAmount !== undefined;
  const hasBuyers = mapped.memberId !== undefined;
  const hasOrders = mapped.orderId !== undefined;
  const sums: SqlCte = {
    name: "promo_sums",
    body: [
      "SELECT",
      "  SUM(amount) AS gmv,",
      "  SUM(units) AS units,",
      "  SUM(return_units) AS return_units,",
      "  SUM(return_amount) AS return_amount,",
      "  SUM(CASE WHEN tag_price IS NOT NULL THEN amount END) AS priced_amount,",
      "  SUM(tag_price * units) AS tag_value,",
      "  SUM(tag_price * stock) AS stock_value,",
      "  SUM(uv) AS uv,",
      "  SUM(favourites) AS favourites,",
      "  SUM(add_to_cart) AS add_to_cart,",
      "  SUM(sku_count) AS sku_count,",
      "  SUM(buyers) AS product_buyers_sum,",
      "  SUM(on_sale) AS spu_count",
      "FROM promo_products",
    ].join("\n"),
  };
  const counts: SqlCte = {
    name: "line_counts",
    body: "SELECT COUNT(DISTINCT buyer_key) AS buyers, COUNT(DISTINCT order_key) AS orders\nFROM keyed_lines",
  };
  const nothing = asDouble(dialect, "NULL");
  const when = (available: boolean, expression: string): string => (available ? expression : nothing);
  const kpis: Record<(typeof PROMO_KPIS_SQL_COLUMNS)[number], string> = {
    gmv: "promo_sums.gmv",
    net_sales: when(hasReturns, "promo_sums.gmv - promo_sums.return_amount"),
    units: "promo_sums.units",
    product_buyers_sum: when(hasBuyers, "promo_sums.product_buyers_sum"),
    aov_study: when(hasBuyers, ratio(dialect, "promo_sums.gmv", "promo_sums.product_buyers_sum")),
    uv: "promo_sums.uv",
    conversion_study: when(hasBuyers, ratio(dialect, "promo_sums.product_buyers_sum", "promo_sums.uv")),
    buyers: when(hasBuyers, "line_counts.buyers"),
    spend_per_distinct_buyer: when(hasBuyers, ratio(dialect, "promo_sums.gmv", "line_counts.buyers")),
    conversion_distinct_buyers: when(hasBuyers, ratio(dialect, "line_counts.buyers", "promo_sums.uv")),
    orders: when(hasOrders, "line_counts.orders"),
    average_order_value: when(hasOrders, ratio(dialect, "promo_sums.gmv", "line_counts.orders")),
    discount_rate: ratio(dialect, "promo_sums.priced_amount", "promo_sums.tag_value"),
    stock_value: "promo_sums.stock_value",
    sell_through: ratio(dialect, "promo_sums.gmv", "promo_sums.stock_value"),
    favourites: "promo_sums.favourites",
    add_to_cart: "promo_sums.add_to_cart",
    sku_count: "promo_sums.sku_count",
    spu_count: "promo_sums.spu_count",
    return_units: when(hasReturns, "promo_sums.return_units"),
    return_amount: when(hasReturns, "promo_sums.return_amount"),
  };
  const select = [
    "SELECT",
    PROMO_KPIS_SQL_COLUMNS.map((column) => `  ${kpis[column]} AS ${column}`).join(",\n"),
    "FROM promo_sums",
    "CROSS JOIN line_counts",
  ].join("\n");
  const notes = [
    "Promotion KPI pack (one row): GMV, net sales, units; the study's buyers summed over products, AOV (客单价)",
    "and conversion (转化率); distinct buyers, spend per distinct buyer and distinct-buyer conversion; orders,",
    "spend per order, paid share of tag price (折扣率), stock value, sell-through, favourites, add-to-cart,",
    "SKU count, SPU count, returns.",
    "NULL = not available (column not mapped, or no product has it) or a zero denominator.",
  ];
  return {
    dialect,
    sql: composeStatement(dialect, notes, [...promoProductCtes(dialect, sources), sums, counts], select),
    columns: PROMO_KPIS_SQL_COLUMNS,
  };
}
