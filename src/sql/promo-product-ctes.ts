import type { ColumnRole } from "../table/types";
import type { SqlDialect } from "./dialect";
import { optionalColumn, requiredColumn, tableReference, type SqlSource } from "./source";
import type { SqlCte } from "./statement";
import { keyOf } from "./text-expressions";
import { asDouble } from "./numeric";

/** The promotion's tables: transaction lines, and the product and traffic tables when there are. */
export interface PromoSqlSources {
  readonly lines: SqlSource;
  readonly products?: SqlSource;
  readonly traffic?: SqlSource;
}

/**
 * The product key column of a table: the product id, else the product name (the core's productKeys).
 *
 * @throws CoreError MISSING_COLUMN (productId)
 */
export function productKeyColumn(dialect: SqlDialect, source: SqlSource, forWhat: string): string {
  const role: ColumnRole =
    source.columns.productId === undefined && source.columns.productName !== undefined
      ? "productName"
      : "productId";
  return keyOf(dialect, requiredColumn(dialect, source, role, forWhat));
}

/**
 * CTEs ending in `promo_products`, one row per product key of any table (the core's joinProducts, a full outer
 * join by key): line_count, units, amount, return_units, return_amount, unit_price_sum / unit_price_count
 * (from the lines; blanks as 0, lines without a key attributed to no product), buyers and orders (distinct keys
 * of the product's lines), tag_price, sale_price, stock, sku_count
 * (the product table; a repeated key takes each column's largest value, where the core keeps the first row —
 * SQL rows have no order), uv, favourites, add_to_cart (traffic rows of a key summed, as the core does) and
 * on_sale = 1 for a key in the lines or the product table. Also `keyed_lines` (product_key, buyer_key,
 * order_key) for the distinct counts.
 *
 * @throws CoreError MISSING_COLUMN (lines: productId, quantity, amount; products, traffic: productId),
 *   SQL_IDENTIFIER_INVALID
 */
export function promoProductCtes(dialect: SqlDialect, sources: PromoSqlSources): SqlCte[] {
  const { lines, products, traffic } = sources;
  const forWhat = "promo (lines)";
  const column = (role: ColumnRole): string | undefined => optionalColumn(dialect, lines, role);
  const orZero = (expression: string | undefined): string =>
    expression === undefined ? "0" : `COALESCE(${expression}, 0)`;
  // Typed NULLs: PostgreSQL types a bare NULL in a CTE as text, which cannot be multiplied.
  const nothing = asDouble(dialect, "NULL");
  const buyer = column("memberId");
  const order = column("orderId");
  const lineSelect = [
    `${productKeyColumn(dialect, lines, forWhat)} AS product_key`,
    `COALESCE(${requiredColumn(dialect, lines, "quantity", forWhat)}, 0) AS units`,
    `COALESCE(${requiredColumn(dialect, lines, "amount", forWhat)}, 0) AS amount`,
    `${orZero(column("returnQuantity"))} AS return_units`,
    `${orZero(column("returnAmount"))} AS return_amount`,
    `${column("unitPrice") ?? nothing} AS unit_price`,
    `${buyer === undefined ? "NULL" : keyOf(dialect, buyer)} AS buyer_key`,
    `${order === undefined ? "NULL" : keyOf(dialect, order)} AS order_key`,
  ];
  const ctes: SqlCte[] = [
    {
      name: "keyed_lines",
      body: `SELECT *\nFROM (\n  SELECT\n    ${lineSelect.join(",\n    ")}\n  FROM ${tableReference(dialect, lines)}\n) line_cells\nWHERE product_key IS NOT NULL`,
    },
    {
      name: "line_totals",
      body: [
        "SELECT",
        "  product_key,",
        "  COUNT(*) AS line_count,",
        "  SUM(units) AS units,",
        "  SUM(amount) AS amount,",
        "  SUM(return_units) AS return_units,",
        "  SUM(return_amount) AS return_amount,",
        "  SUM(unit_price) AS unit_price_sum,",
        "  COUNT(unit_price) AS unit_price_count,",
        "  COUNT(DISTINCT buyer_key) AS buyers,",
        "  COUNT(DISTINCT order_key) AS orders",
        "FROM keyed_lines",
        "GROUP BY product_key",
      ].join("\n"),
    },
  ];
  const keySources = ["SELECT product_key FROM line_totals"];
  if (products !== undefined) {
    const field = (role: ColumnRole): string => optionalColumn(dialect, products, role) ?? nothing;
    ctes.push({
      name: "product_rows",
      body: [
        "SELECT product_key, MAX(tag_price) AS tag_price, MAX(sale_price) AS sale_price, MAX(stock) AS stock, MAX(sku_count) AS sku_count",
        `FROM (SELECT ${productKeyColumn(dialect, products, "promo (products)")} AS product_key, ${field("tagPrice")} AS tag_price, ${field("salePrice")} AS sale_price, ${field("stock")} AS stock, ${field("skuCount")} AS sku_count FROM ${tableReference(dialect, products)}) product_cells`,
        "WHERE product_key IS NOT NULL",
        "GROUP BY product_key",
      ].join("\n"),
    });
    keySources.push("SELECT product_key FROM product_rows");
  }
  if (traffic !== undefined) {
    const cells = (["uv", "favourites", "addToCart"] as const).map((role) =>
      optionalColumn(dialect, traffic, role),
    );
    const [uv, favourites, addToCart] = cells;
    const total = (cell: string | undefined, name: string): string =>
      cell === undefined ? `${nothing} AS ${name}` : `SUM(COALESCE(${name}, 0)) AS ${name}`;
    ctes.push({
      name: "traffic_rows",
      body: [
        `SELECT product_key, ${total(uv, "uv")}, ${total(favourites, "favourites")}, ${total(addToCart, "add_to_cart")}`,
        `FROM (SELECT ${productKeyColumn(dialect, traffic, "promo (traffic)")} AS product_key, ${uv ?? nothing} AS uv, ${favourites ?? nothing} AS favourites, ${addToCart ?? nothing} AS add_to_cart FROM ${tableReference(dialect, traffic)}) traffic_cells`,
        "WHERE product_key IS NOT NULL",
        "GROUP BY product_key",
      ].join("\n"),
    });
    keySources.push("SELECT product_key FROM traffic_rows");
  }
  ctes.push({ name: "product_keys", body: keySources.join("\nUNION\n") });
  const productField = (name: string): string =>
    products === undefined ? `${nothing} AS ${name}` : `product_rows.${name}`;
  const trafficField = (name: string): string =>
    traffic === undefined ? `${nothing} AS ${name}` : `traffic_rows.${name}`;
  ctes.push({
    name: "promo_products",
    body: [
      "SELECT",
      "  product_keys.product_key,",
      "  COALESCE(line_totals.line_count, 0) AS line_count,",
      "  COALESCE(line_totals.units, 0) AS units,",
      "  COALESCE(line_totals.amount, 0) AS amount,",
      "  COALESCE(line_totals.return_units, 0) AS return_units,",
      "  COALESCE(line_totals.return_amount, 0) AS return_amount,",
      "  COALESCE(line_totals.unit_price_sum, 0) AS unit_price_sum,",
      "  COALESCE(line_totals.unit_price_count, 0) AS unit_price_count,",
      "  COALESCE(line_totals.buyers, 0) AS buyers,",
      "  COALESCE(line_totals.orders, 0) AS orders,",
      `  ${productField("tag_price")}, ${productField("sale_price")}, ${productField("stock")}, ${productField("sku_count")},`,
      `  ${trafficField("uv")}, ${trafficField("favourites")}, ${trafficField("add_to_cart")},`,
      `  CASE WHEN line_totals.product_key IS NOT NULL${products === undefined ? "" : " OR product_rows.product_key IS NOT NULL"} THEN 1 ELSE 0 END AS on_sale`,
      "FROM product_keys",
      "LEFT JOIN line_totals ON line_totals.product_key = product_keys.product_key",
      ...(products === undefined
        ? []
        : ["LEFT JOIN product_rows ON product_rows.product_key = product_keys.product_key"]),
      ...(traffic === undefined
        ? []
        : ["LEFT JOIN traffic_rows ON traffic_rows.product_key = product_keys.product_key"]),
    ].join("\n"),
  });
  return ctes;
}
