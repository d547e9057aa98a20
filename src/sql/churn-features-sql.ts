import { orderCtes, orderValueCtes, purchaseDayCtes } from "./churn-features-ctes";
import type { SqlDialect } from "./dialect";
import { memberLineCtes } from "./member-lines";
import { ratio, asDouble, doubleType } from "./numeric";
import { dateLiteral, doubleLiteral } from "./quote-literal";
import type { SqlSource } from "./source";
import { composeStatement, type SqlCte, type SqlStatement } from "./statement";

export interface ChurnFeaturesSqlSettings {
  /**
   * Excel serial day t the features are computed at, from the lines on or before it (a time of day is dropped).
   * @default the last purchase day in the data (as the core's churn scoring, churnRisk's lastDay)
   */
  readonly asOfSerial?: number;
}

/** The feature columns of {@link churnFeaturesSql} before coupon_share (the core's CHURN_FEATURES, snake case). */
export const CHURN_FEATURES_SQL_COLUMNS = [
  "member_id",
  "recency_days",
  "purchase_days",
  "log_spend",
  "tenure_days",
  "mean_gap_days",
  "gap_cv",
  "aov",
  "aov_cv",
] as const;

/**
 * The churn model's features per member as one SQL statement, with the core's definitions (src/churn/
 * churn-features.ts, computed as memberFeatures): one row per member with a line on or before the as-of day t,
 * from those lines only: recency_days = t − last purchase day; purchase_days = distinct calendar days;
 * log_spend = sign(S)·ln(1 + |S|) of the spend S; tenure_days = t − first purchase day; mean_gap_days =
 * (last − first) / (purchase_days − 1), or t − that day with one purchase day; gap_cv = population SD of the
 * gaps between consecutive purchase days / mean gap, 0 with fewer than three days; aov = S / orders (an order =
 * the lines of one order id, a line without one its own order; without an order column each line); aov_cv =
 * population SD of the order values / |aov|, 0 with one order or an aov of 0; coupon_share = orders with a coupon
 * amount other than 0 on a line / orders, only when a coupon column is mapped; then spend = S. The lines read are
 * the churn use case's (src/analysis/churn-lines.ts): a member, an order date and an amount present; a member or
 * order id "0" is an id like any other there, unlike the other member analyses. Ordered by member_id.
 *
 * Cost: one scan, a sort of each member's purchase days (LAG) and joins on the member key in the database.
 *
 * @throws CoreError MISSING_COLUMN (memberId, orderDate, amount), SQL_IDENTIFIER_INVALID, AS_OF_NOT_A_DATE
 * @example
 * const source = { table: "orders", columns: { memberId: "customer_id", orderDate: "order_date", amount: "revenue" } };
 * churnFeaturesSql("sqlite", source).columns
 * // ["member_id", "recency_days", "purchase_days", "log_spend", "tenure_days", "mean_gap_days", "gap_cv", "aov",
 * //  "aov_cv", "spend"]
 * churnFeaturesSql("sqlite", { ...source, columns: { ...source.columns, couponAmount: "coupon" } }).columns[9]
 * // "coupon_share"
 */
export function churnFeaturesSql(
  dialect: SqlDialect,
  source: SqlSource,
  settings: ChurnFeaturesSqlSettings = {},
): SqlStatement {
  const orderKey = source.columns.orderId !== undefined;
  const coupon = source.columns.couponAmount !== undefined;
  const lines = memberLineCtes(dialect, source, {
    forWhat: "churn features",
    amount: true,
    orderKey: orderKey ? "optional" : "none",
    coupon,
  });
  const asOf = settings.asOfSerial;
  const asOfCte: SqlCte = {
    name: "as_of",
    body:
      asOf === undefined
        ? "SELECT MAX(order_day) AS as_of_day\nFROM usable_lines"
        : `SELECT ${dateLiteral(dialect, asOf)} AS as_of_day`,
  };
  const ctes = [
    ...lines,
    asOfCte,
    ...orderCtes({ orderKey, coupon }),
    ...purchaseDayCtes(dialect),
    ...orderValueCtes(dialect, coupon),
  ];
  const columns = [...CHURN_FEATURES_SQL_COLUMNS, ...(coupon ? ["coupon_share"] : []), "spend"];
  return {
    dialect,
    sql: composeStatement(dialect, notes(dialect, asOf), ctes, select(dialect, coupon)),
    columns,
  };
}

function select(dialect: SqlDialect, coupon: boolean): string {
  const zero = doubleLiteral(dialect, 0);
  const spend = asDouble(dialect, "member_aov.spend");
  // LN and SQRT have these names in every dialect here: postgresql.org/docs/current/functions-math.html;
  // duckdb.org/docs/sql/functions/numeric; dev.mysql.com/doc/refman/8.0/en/mathematical-functions.html;
  // sqlite.org/lang_mathfunc.html (math functions, 3.35+ when compiled in); cloud.google.com/bigquery/docs/
  // reference/standard-sql/mathematical_functions; spark.apache.org/docs/latest/api/sql/index.html#ln;
  // docs.snowflake.com/en/sql-reference/functions/ln and …/sqrt. The sign is a CASE, not SIGN(), which SQLite
  // has only from 3.35 and MySQL returns as an integer.
  const logSpend = `CASE WHEN ${spend} < 0 THEN -LN(1 - ${spend}) ELSE LN(1 + ${spend}) END`;
  const sd = (squares: string, count: string): string => `SQRT(${ratio(dialect, squares, count)})`;
  return [
    "SELECT",
    "  member_day_stats.member_key AS member_id,",
    "  member_day_stats.recency_days,",
    "  member_day_stats.purchase_days,",
    `  ${logSpend} AS log_spend,`,
    "  member_day_stats.tenure_days,",
    "  member_day_stats.mean_gap_days,",
    `  CASE WHEN member_day_stats.purchase_days >= 3 THEN ${ratio(dialect, sd("gap_squares.gap_squares", "member_day_stats.purchase_days - 1"), "member_day_stats.mean_gap_days")} ELSE ${zero} END AS gap_cv,`,
    "  member_aov.aov,",
    `  CASE WHEN member_aov.orders >= 2 AND member_aov.aov <> 0 THEN ${ratio(dialect, sd("order_squares.order_squares", "member_aov.orders"), "ABS(member_aov.aov)")} ELSE ${zero} END AS aov_cv,`,
    ...(coupon
      ? [`  ${ratio(dialect, "member_aov.coupon_orders", "member_aov.orders")} AS coupon_share,`]
      : []),
    "  member_aov.spend",
    "FROM member_day_stats",
    "JOIN member_aov ON member_aov.member_key = member_day_stats.member_key",
    "JOIN order_squares ON order_squares.member_key = member_day_stats.member_key",
    "LEFT JOIN gap_squares ON gap_squares.member_key = member_day_stats.member_key",
    "ORDER BY member_id",
  ].join("\n");
}

function notes(dialect: SqlDialect, asOf: number | undefined): string[] {
  return [
    `Churn features per member as of a day t (${asOf === undefined ? "the last purchase day in the data" : "given"}), from the lines on or before t:`,
    "recency_days, purchase_days (distinct days), log_spend = sign(S) ln(1 + |S|), tenure_days, mean_gap_days,",
    "gap_cv and aov_cv (population SD / mean), aov = S / orders, coupon_share (with a coupon column), spend = S.",
    `Ratios and logarithms in ${doubleType(dialect)}; a member or order id 0 is no id, as in the churn model and every member analysis.`,
    ...(dialect === "sqlite"
      ? ["SQLite: LN and SQRT are its math functions (3.35+, built with SQLITE_ENABLE_MATH_FUNCTIONS)."]
      : []),
  ];
}
