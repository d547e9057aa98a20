import type { RfmCountBy } from "../analysis/rfm";
import type { SqlDialect } from "./dialect";
import { daysBetween } from "./date-arithmetic";
import { memberLineCtes } from "./member-lines";
import { dateLiteral } from "./quote-literal";
import type { SqlSource } from "./source";
import { composeStatement, type SqlCte, type SqlStatement } from "./statement";

export interface RfmSqlSettings {
  /** Excel serial day recency is counted to. @default the day after the latest order */
  readonly asOfSerial?: number;
  /** @default "orders" when the source maps an order id column, else "days" (as the core's rfmAnalysis) */
  readonly countBy?: RfmCountBy;
}

/** The columns of {@link rfmSql}'s result. */
export const RFM_SQL_COLUMNS = ["member_id", "recency_days", "frequency", "monetary"] as const;

/**
 * R, F and M per member as one SQL statement, with the core's definitions (rfmFromOrders): recency_days =
 * as-of day − the member's last order day (default as-of: the day after the latest order, so the latest buyer
 * has 1); frequency = distinct order ids ("orders"; lines with a blank order id are left out entirely, as the
 * core skips them), distinct order days ("days") or lines ("rows"); monetary = Σ amount. Lines with a blank
 * member id, no order date or no amount are left out. Returns member_id, recency_days, frequency, monetary,
 * ordered by member_id.
 *
 * Cost: one scan and one GROUP BY in the database.
 *
 * @throws CoreError MISSING_COLUMN (memberId, orderDate, amount; orderId for "orders"), SQL_IDENTIFIER_INVALID,
 *   AS_OF_NOT_A_DATE
 * @example rfmSql("postgres", { table: "orders", columns: { memberId: "customer_id", orderDate: "order_date", amount: "revenue" } }).columns
 * // ["member_id", "recency_days", "frequency", "monetary"]
 */
export function rfmSql(dialect: SqlDialect, source: SqlSource, settings: RfmSqlSettings = {}): SqlStatement {
  const { ctes, notes } = rfmMemberCtes(dialect, source, settings, "rfm");
  const select = `SELECT ${RFM_SQL_COLUMNS.join(", ")}\nFROM member_rfm\nORDER BY member_id`;
  return { dialect, sql: composeStatement(dialect, notes, ctes, select), columns: RFM_SQL_COLUMNS };
}

/** The CTEs ending in `member_rfm` (member_id, recency_days, frequency, monetary), and the header notes. */
export function rfmMemberCtes(
  dialect: SqlDialect,
  source: SqlSource,
  settings: RfmSqlSettings,
  forWhat: string,
): { readonly ctes: SqlCte[]; readonly notes: string[] } {
  const countBy = settings.countBy ?? (source.columns.orderId === undefined ? "days" : "orders");
  const lines = memberLineCtes(dialect, source, {
    forWhat,
    amount: true,
    orderKey: countBy === "orders" ? "required" : "none",
  });
  const frequency =
    countBy === "orders"
      ? "COUNT(DISTINCT order_key)"
      : countBy === "days"
        ? "COUNT(DISTINCT order_day)"
        : "COUNT(*)";
  const totals: SqlCte = {
    name: "member_totals",
    body: [
      "SELECT",
      "  member_key,",
      "  MAX(order_day) AS last_order_day,",
      `  ${frequency} AS frequency,`,
      "  SUM(amount) AS monetary",
      "FROM usable_lines",
      "GROUP BY member_key",
    ].join("\n"),
  };
  const asOf = settings.asOfSerial;
  // Without an as-of date: the day after the latest order, i.e. the days to the latest order plus one.
  const recency =
    asOf === undefined
      ? `${daysBetween(dialect, "member_totals.last_order_day", "latest.latest_order_day")} + 1`
      : daysBetween(dialect, "member_totals.last_order_day", dateLiteral(dialect, asOf));
  const from =
    asOf === undefined
      ? "member_totals\nCROSS JOIN (SELECT MAX(last_order_day) AS latest_order_day FROM member_totals) latest"
      : "member_totals";
  const memberRfm: SqlCte = {
    name: "member_rfm",
    body: [
      "SELECT",
      "  member_totals.member_key AS member_id,",
      `  ${recency} AS recency_days,`,
      "  member_totals.frequency AS frequency,",
      "  member_totals.monetary AS monetary",
      `FROM ${from}`,
    ].join("\n"),
  };
  const notes = [
    `R/F/M per member: recency_days = as-of day - last order day (as-of ${asOf === undefined ? "= the day after the latest order" : "given"}),`,
    `frequency = ${countBy === "orders" ? "distinct order ids" : countBy === "days" ? "distinct order days" : "lines"}, monetary = sum of amounts.`,
    "An as-of date before a member's last order gives a negative recency here; the core refuses it.",
  ];
  return { ctes: [...lines, totals, memberRfm], notes };
}
