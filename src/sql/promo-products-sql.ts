import type { SqlDialect } from "./dialect";
import { ratio } from "./numeric";
import { promoProductCtes, type PromoSqlSources } from "./promo-product-ctes";
import { composeStatement, type SqlStatement } from "./statement";

/** The columns of {@link promoProductsSql}'s result, one row per product. */
export const PROMO_PRODUCTS_SQL_COLUMNS = [
  "product_id",
  "units",
  "gmv",
  "return_units",
  "return_amount",
  "mean_unit_price",
  "buyers",
  "orders",
  "tag_price",
  "sale_price",
  "stock",
  "sku_count",
  "uv",
  "favourites",
  "add_to_cart",
] as const;

/**
 * The promotion's per-product roll-up as one SQL statement, the core's joinProducts: every product key of the
 * lines, the product table and the traffic table, with Σ units, GMV (Σ amount), returns, the mean unit price
 * (mean of the unit-price cells; without that column, GMV / units; NULL when there is nothing to divide by),
 * distinct buyers and orders of its lines, its product-table fields and summed traffic. Ordered by product_id.
 *
 * Cost: one scan of each table, GROUP BYs and two outer joins.
 *
 * @throws CoreError MISSING_COLUMN (lines: productId, quantity, amount), SQL_IDENTIFIER_INVALID
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * import { sqlSourceOfTable } from "./source";
 * const lines = sqlSourceOfTable(tableFromGrid({ values: [["Product ID", "Quantity", "Amount"], ["A", 1, 10]] }), "lines");
 * promoProductsSql("postgres", { lines }).columns[2] // "gmv"
 */
export function promoProductsSql(dialect: SqlDialect, sources: PromoSqlSources): SqlStatement {
  const meanUnitPrice =
    sources.lines.columns.unitPrice === undefined
      ? ratio(dialect, "amount", "units")
      : ratio(dialect, "unit_price_sum", "unit_price_count");
  const distinct = (role: "memberId" | "orderId", column: string): string =>
    sources.lines.columns[role] === undefined ? `NULL AS ${column}` : column;
  const select = [
    "SELECT",
    "  product_key AS product_id, units, amount AS gmv, return_units, return_amount,",
    `  ${meanUnitPrice} AS mean_unit_price,`,
    `  ${distinct("memberId", "buyers")}, ${distinct("orderId", "orders")},`,
    "  tag_price, sale_price, stock, sku_count, uv, favourites, add_to_cart",
    "FROM promo_products",
    "ORDER BY product_id",
  ].join("\n");
  const notes = [
    "Promotion roll-up per product: lines, product table and traffic joined by product key (id, else name).",
    "A key repeated in the product table takes each column's largest value (the core keeps the first row).",
  ];
  return {
    dialect,
    sql: composeStatement(dialect, notes, promoProductCtes(dialect, sources), select),
    columns: PROMO_PRODUCTS_SQL_COLUMNS,
  };
}
