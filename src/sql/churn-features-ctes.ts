import type { SqlDialect } from "./dialect";
import { daysBetween } from "./date-arithmetic";
import { asDouble, ratio } from "./numeric";
import type { SqlCte } from "./statement";

/*
 * The CTEs of churnFeaturesSql after `usable_lines` and `as_of`, one per step of the core's memberFeatures
 * (src/churn/member-features.ts). Window functions: LAG is in every dialect here (SQLite 3.25+:
 * sqlite.org/windowfunctions.html; MySQL 8.0 and MariaDB 10.2+: dev.mysql.com/doc/refman/8.0/en/
 * window-function-descriptions.html#function_lag; BigQuery: cloud.google.com/bigquery/docs/reference/
 * standard-sql/navigation_functions#lag; Spark SQL: spark.apache.org/docs/latest/api/sql/index.html#lag;
 * Snowflake: docs.snowflake.com/en/sql-reference/functions/lag). Sums of squares are two-pass (deviations from
 * the member's mean, joined back), as the core, so no dialect needs STDDEV_POP (SQLite has none).
 */

/** The columns usable_lines holds for the churn features. */
export interface ChurnLineColumns {
  readonly orderKey: boolean;
  readonly coupon: boolean;
}

/** 1 for a line with a coupon amount other than 0 (a NULL amount is no coupon: NULL <> 0 is not true). */
const COUPON_FLAG = "CASE WHEN coupon_amount <> 0 THEN 1 ELSE 0 END";

/**
 * lines_to_date (the lines on or before the as-of day) and order_values (member_key, order_value[, with_coupon]):
 * the lines of one order id are one order, a line without one its own order; without an order column, each line.
 */
export function orderCtes(columns: ChurnLineColumns): SqlCte[] {
  const kept = ["member_key", "order_day", "amount"];
  if (columns.orderKey) kept.push("order_key");
  if (columns.coupon) kept.push("coupon_amount");
  const linesToDate: SqlCte = {
    name: "lines_to_date",
    body: `SELECT ${kept.join(", ")}\nFROM usable_lines\nCROSS JOIN as_of\nWHERE order_day <= as_of.as_of_day`,
  };
  const perLine = `SELECT member_key, amount AS order_value${columns.coupon ? `, ${COUPON_FLAG} AS with_coupon` : ""}\nFROM lines_to_date`;
  const body = columns.orderKey
    ? [
        `SELECT member_key, SUM(amount) AS order_value${columns.coupon ? `, MAX(${COUPON_FLAG}) AS with_coupon` : ""}`,
        "FROM lines_to_date",
        "WHERE order_key IS NOT NULL",
        "GROUP BY member_key, order_key",
        "UNION ALL",
        `${perLine}\nWHERE order_key IS NULL`,
      ].join("\n")
    : perLine;
  return [linesToDate, { name: "order_values", body }];
}

/**
 * member_days … gap_squares: purchase days (distinct calendar days), recency and tenure to the as-of day, the
 * mean gap ((last − first) / (days − 1), or as-of − first with one day) and Σ (gap − mean)² over the gaps
 * between consecutive purchase days.
 */
export function purchaseDayCtes(dialect: SqlDialect): SqlCte[] {
  const span = daysBetween(dialect, "first_day", "last_day");
  const openGap = asDouble(dialect, daysBetween(dialect, "first_day", "as_of.as_of_day"));
  return [
    { name: "member_days", body: "SELECT DISTINCT member_key, order_day\nFROM lines_to_date" },
    {
      name: "day_steps",
      body: [
        "SELECT",
        "  member_key,",
        "  order_day,",
        "  LAG(order_day) OVER (PARTITION BY member_key ORDER BY order_day) AS previous_day",
        "FROM member_days",
      ].join("\n"),
    },
    {
      name: "member_spans",
      body: [
        "SELECT member_key, COUNT(*) AS purchase_days, MIN(order_day) AS first_day, MAX(order_day) AS last_day",
        "FROM member_days",
        "GROUP BY member_key",
      ].join("\n"),
    },
    {
      name: "member_day_stats",
      body: [
        "SELECT",
        "  member_key,",
        `  ${daysBetween(dialect, "last_day", "as_of.as_of_day")} AS recency_days,`,
        "  purchase_days,",
        `  ${daysBetween(dialect, "first_day", "as_of.as_of_day")} AS tenure_days,`,
        `  CASE WHEN purchase_days >= 2 THEN ${ratio(dialect, span, "purchase_days - 1")} ELSE ${openGap} END AS mean_gap_days`,
        "FROM member_spans",
        "CROSS JOIN as_of",
      ].join("\n"),
    },
    {
      name: "day_gaps",
      body: `SELECT member_key, ${daysBetween(dialect, "previous_day", "order_day")} AS gap_days\nFROM day_steps\nWHERE previous_day IS NOT NULL`,
    },
    {
      name: "gap_squares",
      body: [
        "SELECT",
        "  day_gaps.member_key,",
        "  SUM((day_gaps.gap_days - member_day_stats.mean_gap_days) * (day_gaps.gap_days - member_day_stats.mean_gap_days)) AS gap_squares",
        "FROM day_gaps",
        "JOIN member_day_stats ON member_day_stats.member_key = day_gaps.member_key",
        "GROUP BY day_gaps.member_key",
      ].join("\n"),
    },
  ];
}

/**
 * member_spend … order_squares: spend S (Σ amount of the lines), orders, aov = S / orders, the orders with a
 * coupon, and Σ (order value − aov)².
 */
export function orderValueCtes(dialect: SqlDialect, withCoupon: boolean): SqlCte[] {
  return [
    {
      name: "member_spend",
      body: "SELECT member_key, SUM(amount) AS spend\nFROM lines_to_date\nGROUP BY member_key",
    },
    {
      name: "member_orders",
      body: `SELECT member_key, COUNT(*) AS orders${withCoupon ? ", SUM(with_coupon) AS coupon_orders" : ""}\nFROM order_values\nGROUP BY member_key`,
    },
    {
      name: "member_aov",
      body: [
        "SELECT",
        "  member_spend.member_key,",
        "  member_spend.spend,",
        "  member_orders.orders,",
        withCoupon ? "  member_orders.coupon_orders," : null,
        `  ${ratio(dialect, "member_spend.spend", "member_orders.orders")} AS aov`,
        "FROM member_spend",
        "JOIN member_orders ON member_orders.member_key = member_spend.member_key",
      ]
        .filter((line) => line !== null)
        .join("\n"),
    },
    {
      name: "order_squares",
      body: [
        "SELECT",
        "  order_values.member_key,",
        "  SUM((order_values.order_value - member_aov.aov) * (order_values.order_value - member_aov.aov)) AS order_squares",
        "FROM order_values",
        "JOIN member_aov ON member_aov.member_key = order_values.member_key",
        "GROUP BY order_values.member_key",
      ].join("\n"),
    },
  ];
}
