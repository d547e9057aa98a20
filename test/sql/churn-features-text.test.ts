import { churnFeaturesSql } from "../../src/sql/churn-features-sql";
import type { SqlDialect } from "../../src/sql/dialect";
import type { SqlSource } from "../../src/sql/source";

// The churn-features statement of the three dialects no test executes (BigQuery, Spark SQL, Snowflake), checked
// against the vendors' references as cited in src/sql (date-arithmetic.ts, numeric.ts, churn-features-*.ts).
// The four executed dialects are compared with the core in test/support/sql/parity-suite.ts.

const source: SqlSource = {
  table: "orders",
  columns: {
    memberId: "member",
    orderDate: "day",
    amount: "amount",
    orderId: "order",
    couponAmount: "coupon",
  },
};
const AS_OF = 39082; // 2006-12-31

/** The statement without its header comment (which names the features in words). */
const body = (sql: string): string =>
  sql
    .split("\n")
    .filter((line) => !line.startsWith("--"))
    .join("\n");

/** Parentheses balance outside quoted text and names (a statement cut short or a CASE left open would not). */
function parenthesesBalance(sql: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (const character of sql) {
    if (quote !== null) {
      if (character === quote) quote = null;
    } else if (character === "'" || character === '"' || character === "`") quote = character;
    else if (character === "(") depth++;
    else if (character === ")" && --depth < 0) return false;
  }
  return depth === 0 && quote === null;
}

describe("churn-features SQL in the dialects that are not executed", () => {
  it.each<[SqlDialect, string, string[]]>([
    [
      "bigquery",
      "FLOAT64",
      [
        // cloud.google.com/bigquery/docs/reference/standard-sql/date_functions#date_diff
        "DATE_DIFF(as_of.as_of_day, last_day, DAY) AS recency_days",
        "DATE_DIFF(order_day, previous_day, DAY) AS gap_days",
        "NULLIF(NULLIF(TRIM(CAST(`member` AS STRING)), ''), '0') AS member_key",
        "`coupon` AS coupon_amount",
        "FROM `orders`",
      ],
    ],
    [
      "spark",
      "DOUBLE",
      [
        // spark.apache.org/docs/latest/api/sql/index.html#datediff
        "datediff(as_of.as_of_day, last_day) AS recency_days",
        "datediff(order_day, previous_day) AS gap_days",
        "NULLIF(NULLIF(TRIM(CAST(`member` AS STRING)), ''), '0') AS member_key",
        "`coupon` AS coupon_amount",
        "FROM `orders`",
      ],
    ],
    [
      "snowflake",
      "DOUBLE",
      [
        // docs.snowflake.com/en/sql-reference/functions/datediff
        "DATEDIFF(day, last_day, as_of.as_of_day) AS recency_days",
        "DATEDIFF(day, previous_day, order_day) AS gap_days",
        "NULLIF(NULLIF(TRIM(CAST(\"member\" AS VARCHAR)), ''), '0') AS member_key",
        '"coupon" AS coupon_amount',
        'FROM "orders"',
      ],
    ],
  ])("%s: its date difference, casts and quoting, LAG, LN, SQRT", (dialect, double, expected) => {
    const { sql, columns } = churnFeaturesSql(dialect, source, { asOfSerial: AS_OF });
    for (const text of expected) expect(sql).toContain(text);
    expect(sql).toContain("SELECT DATE '2006-12-31' AS as_of_day");
    expect(sql).toContain("LAG(order_day) OVER (PARTITION BY member_key ORDER BY order_day) AS previous_day");
    expect(sql).toContain(
      `CASE WHEN CAST(member_aov.spend AS ${double}) < 0 THEN -LN(1 - CAST(member_aov.spend AS ${double})) ELSE LN(1 + CAST(member_aov.spend AS ${double})) END AS log_spend`,
    );
    expect(sql).toContain(
      `SQRT(CAST(order_squares.order_squares AS ${double}) / NULLIF(CAST(member_aov.orders AS ${double}), 0))`,
    );
    // No function a dialect lacks: SIGN (SQLite before 3.35), STDDEV_POP (SQLite), APPROX_ anything (BigQuery).
    expect(body(sql)).not.toMatch(/\b(SIGN|STDDEV_POP|STDDEV|APPROX_\w+|ROW_NUMBER)\s*\(/i);
    expect(parenthesesBalance(sql)).toBe(true);
    expect(columns).toEqual([
      "member_id",
      "recency_days",
      "purchase_days",
      "log_spend",
      "tenure_days",
      "mean_gap_days",
      "gap_cv",
      "aov",
      "aov_cv",
      "coupon_share",
      "spend",
    ]);
  });

  it("without an order or a coupon column: each line is an order and there is no coupon_share", () => {
    const plain = { table: "t", columns: { memberId: "m", orderDate: "d", amount: "a" } };
    const { sql, columns } = churnFeaturesSql("snowflake", plain);
    expect(sql).toContain(
      "order_values AS (\nSELECT member_key, amount AS order_value\nFROM lines_to_date\n)",
    );
    expect(sql).toContain("SELECT MAX(order_day) AS as_of_day\nFROM usable_lines");
    expect(body(sql)).not.toContain("coupon");
    expect(columns).not.toContain("coupon_share");
  });

  it("names the missing role and refuses an as-of before 1900-03-01", () => {
    const noAmount = { table: "t", columns: { memberId: "m", orderDate: "d" } };
    expect(() => churnFeaturesSql("bigquery", noAmount)).toThrow(
      expect.objectContaining({
        code: "MISSING_COLUMN",
        message: expect.stringContaining("A column for Amount is needed"),
        details: { argument: "amount", input: "churn features" },
      }),
    );
    expect(() => churnFeaturesSql("spark", source, { asOfSerial: 60 })).toThrow(
      expect.objectContaining({ code: "AS_OF_NOT_A_DATE", message: expect.stringContaining("(got 60)") }),
    );
  });
});
