import type { SqlDialect } from "./dialect";
import { monthIndexOf } from "./date-arithmetic";
import { memberLineCtes, memberOrdersCte } from "./member-lines";
import { ratio } from "./numeric";
import type { SqlSource } from "./source";
import { composeStatement, type SqlCte, type SqlStatement } from "./statement";
import { monthLabelOf } from "./text-expressions";

/** The columns of {@link cohortsSql}'s result, one row per cohort and month since. */
export const COHORTS_SQL_COLUMNS = [
  "cohort_month",
  "months_since",
  "cohort_members",
  "active_members",
  "retention",
] as const;

/** Months after a cohort's first that the statement lists: 999 (83 years) from three digits 0-9. */
const DIGITS = Array.from({ length: 10 }, (_, digit) => `SELECT ${digit} AS digit`).join("\nUNION ALL\n");

/**
 * Cohort retention by calendar month as one SQL statement, the core's cohortRetention: members grouped by the
 * month of their first order ("YYYY-MM"); for k = 0 … up to the last month in the data, the cohort members
 * with an order in the k-th month after it (a member counts once a month; an order is dated by its earliest
 * line), and that count / the cohort's size. A month in that range without an active member is a row with 0;
 * months after the last month in the data have no row (a triangle). Ordered by cohort, then k.
 *
 * Cost: one scan, two GROUP BYs, a join with the cohorts × months grid.
 *
 * @throws CoreError MISSING_COLUMN (memberId, orderDate), SQL_IDENTIFIER_INVALID
 * @example
 * const source = { table: "orders", columns: { memberId: "customer_id", orderDate: "order_date" } };
 * cohortsSql("sqlite", source).columns // ["cohort_month", "months_since", "cohort_members", "active_members", "retention"]
 * cohortsSql("sqlite", { table: "orders", columns: { memberId: "customer_id" } }) // throws CoreError MISSING_COLUMN
 */
export function cohortsSql(dialect: SqlDialect, source: SqlSource): SqlStatement {
  const withOrderKey = source.columns.orderId !== undefined;
  const lines = memberLineCtes(dialect, source, {
    forWhat: "cohorts",
    amount: false,
    orderKey: withOrderKey ? "optional" : "none",
  });
  const ctes: SqlCte[] = [
    ...lines,
    memberOrdersCte(withOrderKey),
    {
      name: "member_months",
      body: `SELECT DISTINCT member_key, ${monthIndexOf(dialect, "order_day")} AS month_index\nFROM member_orders`,
    },
    {
      name: "member_cohorts",
      body: "SELECT member_key, MIN(month_index) AS cohort_index\nFROM member_months\nGROUP BY member_key",
    },
    {
      name: "cohort_sizes",
      body: "SELECT cohort_index, COUNT(*) AS cohort_members\nFROM member_cohorts\nGROUP BY cohort_index",
    },
    {
      name: "cohort_activity",
      body: [
        "SELECT",
        "  member_cohorts.cohort_index,",
        "  member_months.month_index - member_cohorts.cohort_index AS months_since,",
        "  COUNT(*) AS active_members",
        "FROM member_months",
        "JOIN member_cohorts ON member_cohorts.member_key = member_months.member_key",
        "GROUP BY member_cohorts.cohort_index, member_months.month_index - member_cohorts.cohort_index",
      ].join("\n"),
    },
    { name: "digits", body: DIGITS },
    {
      name: "month_offsets",
      body: [
        "SELECT ones.digit + 10 * tens.digit + 100 * hundreds.digit AS months_since",
        "FROM digits ones",
        "CROSS JOIN digits tens",
        "CROSS JOIN digits hundreds",
      ].join("\n"),
    },
    {
      name: "cohort_grid",
      body: [
        "SELECT cohort_sizes.cohort_index, cohort_sizes.cohort_members, month_offsets.months_since",
        "FROM cohort_sizes",
        "CROSS JOIN month_offsets",
        "CROSS JOIN (SELECT MAX(month_index) AS last_index FROM member_months) last_month",
        "WHERE month_offsets.months_since <= last_month.last_index - cohort_sizes.cohort_index",
      ].join("\n"),
    },
  ];
  const active = "COALESCE(cohort_activity.active_members, 0)";
  const select = [
    "SELECT",
    `  ${monthLabelOf(dialect, "cohort_grid.cohort_index")} AS cohort_month,`,
    "  cohort_grid.months_since,",
    "  cohort_grid.cohort_members,",
    `  ${active} AS active_members,`,
    `  ${ratio(dialect, active, "cohort_grid.cohort_members")} AS retention`,
    "FROM cohort_grid",
    "LEFT JOIN cohort_activity",
    "  ON cohort_activity.cohort_index = cohort_grid.cohort_index",
    "  AND cohort_activity.months_since = cohort_grid.months_since",
    "ORDER BY cohort_grid.cohort_index, cohort_grid.months_since",
  ].join("\n");
  const notes = [
    "Cohort retention: cohort = month of a member's first order; for each month k after it (up to the last",
    "month in the data, at most 999), the cohort's members with an order in that month and their share.",
  ];
  return { dialect, sql: composeStatement(dialect, notes, ctes, select), columns: COHORTS_SQL_COLUMNS };
}
