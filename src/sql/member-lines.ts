import type { SqlDialect } from "./dialect";
import { dayOf } from "./date-arithmetic";
import { optionalColumn, requiredColumn, tableReference, type SqlSource } from "./source";
import type { SqlCte } from "./statement";
import { idKeyOf, keyOf } from "./text-expressions";

/** Which order id the member analyses read. */
export type OrderKeyUse =
  /** Not read (frequency by days or rows). */
  | "none"
  /** Read when mapped; a row with a blank one is its own order (the member analyses' readDatedOrders). */
  | "optional"
  /** Required, and a row with a blank one is left out (rfmFromOrders counting distinct orders). */
  | "required";

export interface MemberLineOptions {
  readonly forWhat: string;
  /** Read the amount and leave out rows without one (R/F/M). */
  readonly amount: boolean;
  readonly orderKey: OrderKeyUse;
  /**
   * Read the coupon amount as coupon_amount when a column has that role (the churn features' coupon share).
   * @default false
   */
  readonly coupon?: boolean;
  /**
   * Read the category as category_key (trimmed text, blank as NULL) when a column has that role (the purchase
   * cycle per category).
   * @default false
   */
  readonly category?: boolean;
}

/**
 * CTE `usable_lines`: the rows the member analyses use, as member_key (trimmed text), order_day (the calendar
 * day), amount, order_key, coupon_amount and category_key where asked for. Rows with a blank member id ("0" included, as the
 * member analyses read it) or no order date (or, as asked, no amount or no order
 * id) are left out, as the core skips them.
 *
 * @throws CoreError MISSING_COLUMN, SQL_IDENTIFIER_INVALID
 */
export function memberLineCtes(dialect: SqlDialect, source: SqlSource, options: MemberLineOptions): SqlCte[] {
  const member = requiredColumn(dialect, source, "memberId", options.forWhat);
  const date = requiredColumn(dialect, source, "orderDate", options.forWhat);
  const amount = options.amount ? requiredColumn(dialect, source, "amount", options.forWhat) : undefined;
  const order =
    options.orderKey === "required"
      ? requiredColumn(dialect, source, "orderId", options.forWhat)
      : options.orderKey === "optional"
        ? optionalColumn(dialect, source, "orderId")
        : undefined;
  const coupon = options.coupon === true ? optionalColumn(dialect, source, "couponAmount") : undefined;
  const selected = [`${idKeyOf(dialect, member)} AS member_key`, `${dayOf(dialect, date)} AS order_day`];
  if (amount !== undefined) selected.push(`${amount} AS amount`);
  if (order !== undefined) selected.push(`${idKeyOf(dialect, order)} AS order_key`);
  if (coupon !== undefined) selected.push(`${coupon} AS coupon_amount`);
  const category = options.category === true ? optionalColumn(dialect, source, "category") : undefined;
  if (category !== undefined) selected.push(`${keyOf(dialect, category)} AS category_key`);
  const conditions = ["member_key IS NOT NULL", "order_day IS NOT NULL"];
  if (amount !== undefined) conditions.push("amount IS NOT NULL");
  if (options.orderKey === "required") conditions.push("order_key IS NOT NULL");
  return [
    {
      name: "source_lines",
      body: `SELECT\n  ${selected.join(",\n  ")}\nFROM ${tableReference(dialect, source)}`,
    },
    { name: "usable_lines", body: `SELECT *\nFROM source_lines\nWHERE ${conditions.join("\n  AND ")}` },
  ];
}

/**
 * CTE `member_orders` (member_key, order_day) over `usable_lines`: one row per order, the lines of one order id
 * being one order dated by its earliest line (the core's readDatedOrders); without an order id, each line.
 */
export function memberOrdersCte(withOrderKey: boolean): SqlCte {
  const body = withOrderKey
    ? [
        "SELECT member_key, MIN(order_day) AS order_day",
        "FROM usable_lines",
        "WHERE order_key IS NOT NULL",
        "GROUP BY member_key, order_key",
        "UNION ALL",
        "SELECT member_key, order_day",
        "FROM usable_lines",
        "WHERE order_key IS NULL",
      ].join("\n")
    : "SELECT member_key, order_day\nFROM usable_lines";
  return { name: "member_orders", body };
}
