import type { SqlDialect } from "./dialect";
import { asDouble, ratio } from "./numeric";
import { promoProductCtes, type PromoSqlSources } from "./promo-product-ctes";
import { composeStatement, type SqlCte, type SqlStatement } from "./statement";

/** The KPI pack's columns, the core's KPI_KEYS in snake case (skuCount has no column role, so no column). */
export const PROMO_KPIS_SQL_COLUMNS = [
  "gmv",
  "net_sales",
  "units",
  "buyers",
  "orders",
  "per_buyer_spend",
  "average_order_value",
  "uv",
  "conversion",
  "discount_rate",
  "stock_value",
  "sell_through",
  "favourites",
  "add_to_cart",
  "spu_count",
  "return_units",
  "return_amount",
] as const;

/**
 * The promotion KPI pack as one SQL statement returning one row, with the study's definitions (the core's
 * kpiPack over the joined products): GMV = Σ line amount; net sales = GMV − Σ return amount; buyers / orders =
 * distinct keys over the lines; per-buyer spend = GMV / buyers; AOV = GMV / orders; conversion = buyers / UV;
 * discount rate = Σ amount / Σ tag price × units over products with a tag price; stock value = Σ tag price ×
 * stock; sell-through = GMV / stock value; SPU count = products in the lines or the product table. A KPI whose
 * input is not mapped, or that no product has, is NULL (the core: NOT_AVAILABLE), and so is a ratio with a
 * zero denominator (the core: DIVISION_BY_ZERO).
 *
 * Cost: as promoProductsSql.
 *
 * @throws CoreError MISSING_COLUMN (lines: productId, quantity, amount), SQL_IDENTIFIER_INVALID
 * @example
 * const lines = { table: "order_lines", columns: { productId: "sku", quantity: "qty", amount: "paid" } };
 * const products = { table: "products", columns: { productId: "sku", tagPrice: "tag_price", stock: "stock" } };
 * const traffic = { table: "traffic", columns: { productId: "sku", uv: "visitors" } };
 * promoKpisSql("duckdb", { lines, products, traffic }).columns.slice(0, 3) // ["gmv", "net_sales", "units"]
 * promoKpisSql("duckdb", { lines: { table: "order_lines", columns: { productId: "sku" } } }) // throws CoreError MISSING_COLUMN
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
    buyers: when(hasBuyers, "line_counts.buyers"),
    orders: when(hasOrders, "line_counts.orders"),
    per_buyer_spend: when(hasBuyers, ratio(dialect, "promo_sums.gmv", "line_counts.buyers")),
    average_order_value: when(hasOrders, ratio(dialect, "promo_sums.gmv", "line_counts.orders")),
    uv: "promo_sums.uv",
    conversion: when(hasBuyers, ratio(dialect, "line_counts.buyers", "promo_sums.uv")),
    discount_rate: ratio(dialect, "promo_sums.priced_amount", "promo_sums.tag_value"),
    stock_value: "promo_sums.stock_value",
    sell_through: ratio(dialect, "promo_sums.gmv", "promo_sums.stock_value"),
    favourites: "promo_sums.favourites",
    add_to_cart: "promo_sums.add_to_cart",
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
    "Promotion KPI pack (one row): GMV, net sales, units, buyers, orders, spend per buyer, AOV, UV, conversion,",
    "discount rate, stock value, sell-through, favourites, add-to-cart, SPU count, returns.",
    "NULL = not available (column not mapped, or no product has it) or a zero denominator.",
  ];
  return {
    dialect,
    sql: composeStatement(dialect, notes, [...promoProductCtes(dialect, sources), sums, counts], select),
    columns: PROMO_KPIS_SQL_COLUMNS,
  };
}
