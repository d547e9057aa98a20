import { checkedPeriod, type Period } from "../yoy/period";
import type { SqlDialect } from "./dialect";
import { dayOf } from "./date-arithmetic";
import { asDouble, ratio } from "./numeric";
import { dateLiteral, quoteString } from "./quote-literal";
import { optionalColumn, requiredColumn, tableReference, type SqlSource } from "./source";
import { composeStatement, type SqlCte, type SqlStatement } from "./statement";
import { keyOf } from "./text-expressions";

export interface YoySqlSettings {
  readonly current: Period;
  readonly previous: Period;
}

/** The columns of {@link yoySql}'s result, one row per metric. */
export const YOY_SQL_COLUMNS = ["metric", "current_value", "previous_value", "change_ratio"] as const;

/** The metrics, in the order of the rows (the core's yoySummary keys). */
export const YOY_SQL_METRICS = ["gmv", "orders", "customers", "units", "aov"] as const;

/**
 * Year over year as one SQL statement, the core's yoySummary: per period (whole days, both ends included) GMV
 * = Σ amount, orders = distinct order ids (without an order column, rows), customers = distinct members, units
 * = Σ quantity, aov = GMV / customers; one row per metric with change_ratio = (current − previous) /
 * |previous|. A figure whose column is not mapped is NULL, and so is a ratio with a zero or NULL denominator
 * (the core names the reason in its notes). An empty period gives 0s here, where the core refuses it
 * (YOY_PERIOD_EMPTY); the partial-period warning is the core's only.
 *
 * Cost: one scan.
 *
 * @throws CoreError MISSING_COLUMN (orderDate, amount), PERIOD_REVERSED, PERIOD_NOT_WHOLE_DAYS, SQL_IDENTIFIER_INVALID
 * @example
 * import { yearPeriod } from "../yoy/period";
 * const source = { table: "orders", columns: { orderDate: "order_date", amount: "revenue" } };
 * yoySql("postgres", source, { current: yearPeriod(2017), previous: yearPeriod(2016) }).columns
 * // ["metric", "current_value", "previous_value", "change_ratio"]
 */
export function yoySql(dialect: SqlDialect, source: SqlSource, settings: YoySqlSettings): SqlStatement {
  const current = checkedPeriod(settings.current);
  const previous = checkedPeriod(settings.previous);
  const date = requiredColumn(dialect, source, "orderDate", "yoy");
  const amount = requiredColumn(dialect, source, "amount", "yoy");
  const order = optionalColumn(dialect, source, "orderId");
  const member = optionalColumn(dialect, source, "memberId");
  const quantity = optionalColumn(dialect, source, "quantity");
  const selected = [`${dayOf(dialect, date)} AS order_day`, `${amount} AS amount`];
  if (order !== undefined) selected.push(`${keyOf(dialect, order)} AS order_key`);
  if (member !== undefined) selected.push(`${keyOf(dialect, member)} AS member_key`);
  if (quantity !== undefined) selected.push(`${quantity} AS units`);
  const inPeriod = (period: Period): string =>
    `order_day BETWEEN ${dateLiteral(dialect, period.fromSerial)} AND ${dateLiteral(dialect, period.toSerial)}`;
  const figures = (prefix: "current" | "previous", period: Period): string[] => {
    const when = (value: string): string => `CASE WHEN ${inPeriod(period)} THEN ${value} END`;
    return [
      `COALESCE(SUM(${when("COALESCE(amount, 0)")}), 0) AS ${prefix}_gmv`,
      `${order === undefined ? `COUNT(${when("1")})` : `COUNT(DISTINCT ${when("order_key")})`} AS ${prefix}_orders`,
      `${member === undefined ? asDouble(dialect, "NULL") : `COUNT(DISTINCT ${when("member_key")})`} AS ${prefix}_customers`,
      `${quantity === undefined ? asDouble(dialect, "NULL") : `COALESCE(SUM(${when("COALESCE(units, 0)")}), 0)`} AS ${prefix}_units`,
    ];
  };
  const ctes: SqlCte[] = [
    {
      name: "sales_lines",
      body: `SELECT\n  ${selected.join(",\n  ")}\nFROM ${tableReference(dialect, source)}`,
    },
    {
      name: "period_figures",
      body: `SELECT\n  ${[...figures("current", current), ...figures("previous", previous)].join(",\n  ")}\nFROM sales_lines`,
    },
  ];
  const value = (prefix: string, metric: string): string =>
    metric === "aov"
      ? ratio(dialect, `${prefix}_gmv`, `${prefix}_customers`)
      : asDouble(dialect, `${prefix}_${metric}`);
  const rows = YOY_SQL_METRICS.map((metric, position) => {
    const now = value("current", metric);
    const before = value("previous", metric);
    return [
      `SELECT ${position} AS metric_position, ${quoteString(dialect, metric)} AS metric, ${now} AS current_value, ${before} AS previous_value,`,
      `  (${now} - ${before}) / NULLIF(ABS(${before}), 0) AS change_ratio`,
      "FROM period_figures",
    ].join("\n");
  });
  const select = [
    "SELECT metric, current_value, previous_value, change_ratio",
    `FROM (\n${rows.join("\nUNION ALL\n")}\n) yoy_rows`,
    "ORDER BY metric_position",
  ].join("\n");
  const notes = [
    "Year over year: per period GMV, orders, customers (distinct members), units, aov = GMV / customers,",
    "and change_ratio = (current - previous) / |previous|; NULL where a column is not mapped or a divisor is 0.",
  ];
  return { dialect, sql: composeStatement(dialect, notes, ctes, select), columns: YOY_SQL_COLUMNS };
}
