import type { SqlDialect } from "./dialect";
import { daysBetween } from "./date-arithmetic";
import { memberLineCtes, memberOrdersCte } from "./member-lines";
import { asDouble, ceilingOfNonNegative } from "./numeric";
import { percentileNote, quantileCtes } from "./percentile";
import { doubleLiteral } from "./quote-literal";
import type { SqlSource } from "./source";
import { composeStatement, type SqlCte, type SqlStatement } from "./statement";

/** The columns of {@link cycleSql}'s one row. */
export const CYCLE_SQL_COLUMNS = [
  "member_count",
  "members_with_cycle",
  "mean_days",
  "min_days",
  "q1_days",
  "median_days",
  "q3_days",
  "max_days",
  "lapsed_after_days",
] as const;

/**
 * The purchase-cycle summary as one SQL statement, the core's purchaseCycleSummary: a member's cycle is the days
 * between their last two distinct purchase days (an order dated by its earliest line; two orders on one day are
 * one purchase day); over the members with a cycle, the count, mean, min, Q1, median, Q3 (type 7), max, and
 * lapsed_after_days = ⌈Q3 + 1.5 · (Q3 − Q1)⌉ (Tukey's fence, the core's lapsedAfterDays). member_count counts
 * members with a dated order. Nobody with two purchase days gives NULL statistics (the core:
 * NO_REPEAT_PURCHASES).
 *
 * Cost: one scan, a sort per member's days, one sort of the cycles.
 *
 * @throws CoreError MISSING_COLUMN (memberId, orderDate), SQL_IDENTIFIER_INVALID
 * @example
 * const source = { table: "orders", columns: { memberId: "customer_id", orderDate: "order_date" } };
 * cycleSql("mysql", source).columns
 * // ["member_count", "members_with_cycle", "mean_days", "min_days", "q1_days", "median_days", "q3_days", "max_days",
 * //  "lapsed_after_days"]
 */
export function cycleSql(dialect: SqlDialect, source: SqlSource): SqlStatement {
  const withOrderKey = source.columns.orderId !== undefined;
  const lines = memberLineCtes(dialect, source, {
    forWhat: "cycle",
    amount: false,
    orderKey: withOrderKey ? "optional" : "none",
  });
  const ctes: SqlCte[] = [
    ...lines,
    memberOrdersCte(withOrderKey),
    { name: "purchase_days", body: "SELECT DISTINCT member_key, order_day\nFROM member_orders" },
    {
      name: "ranked_days",
      body: [
        "SELECT",
        "  member_key,",
        "  order_day,",
        "  ROW_NUMBER() OVER (PARTITION BY member_key ORDER BY order_day DESC) AS day_rank",
        "FROM purchase_days",
      ].join("\n"),
    },
    {
      name: "member_cycles",
      body: [
        "SELECT",
        "  member_key,",
        "  MAX(CASE WHEN day_rank = 1 THEN order_day END) AS last_day,",
        "  MAX(CASE WHEN day_rank = 2 THEN order_day END) AS previous_day",
        "FROM ranked_days",
        "GROUP BY member_key",
      ].join("\n"),
    },
    {
      name: "cycles",
      body: `SELECT ${daysBetween(dialect, "previous_day", "last_day")} AS cycle_days\nFROM member_cycles\nWHERE previous_day IS NOT NULL`,
    },
    ...quantileCtes(dialect, "cycle_quartiles", "cycles", "cycle_days", [
      { alias: "q1_days", probability: 0.25 },
      { alias: "median_days", probability: 0.5 },
      { alias: "q3_days", probability: 0.75 },
    ]),
  ];
  // The core subtracts 1e-9 before rounding up so that a fence of 19.000000000000004 stays 19.
  const fence = `cycle_quartiles.q3_days + ${doubleLiteral(dialect, 1.5)} * (cycle_quartiles.q3_days - cycle_quartiles.q1_days) - ${doubleLiteral(dialect, 1e-9)}`;
  const select = [
    "SELECT",
    "  (SELECT COUNT(*) FROM member_cycles) AS member_count,",
    "  (SELECT COUNT(*) FROM cycles) AS members_with_cycle,",
    `  (SELECT AVG(${asDouble(dialect, "cycle_days")}) FROM cycles) AS mean_days,`,
    "  (SELECT MIN(cycle_days) FROM cycles) AS min_days,",
    "  cycle_quartiles.q1_days,",
    "  cycle_quartiles.median_days,",
    "  cycle_quartiles.q3_days,",
    "  (SELECT MAX(cycle_days) FROM cycles) AS max_days,",
    `  ${ceilingOfNonNegative(dialect, `(${fence})`)} AS lapsed_after_days`,
    "FROM cycle_quartiles",
  ].join("\n");
  const notes = [
    "Purchase cycle: days between each member's last two distinct purchase days; over the members with one:",
    "count, mean, min, Q1, median, Q3, max, and lapsed_after_days = ceil(Q3 + 1.5 * (Q3 - Q1)).",
    "A timestamp counts on its calendar day (the core rounds the time to the second first).",
    percentileNote(dialect),
  ];
  return { dialect, sql: composeStatement(dialect, notes, ctes, select), columns: CYCLE_SQL_COLUMNS };
}
