import { analysisSql, SQL_ANALYSES, type SqlAnalysisRequest } from "../../src/sql/analysis-sql";
import { SQL_DIALECTS, type SqlDialect } from "../../src/sql/dialect";
import { quoteIdentifier } from "../../src/sql/quote-identifier";
import { quoteString } from "../../src/sql/quote-literal";
import type { SqlSource } from "../../src/sql/source";
import { yearPeriod } from "../../src/yoy/period";
import { expectRowsToMatch } from "../support/sql/compare-rows";

// The dialect layer's text, checked against the vendors' references (cited in src/sql); BigQuery, Spark SQL and
// Snowflake are not executed anywhere in the tests, so this is what is checked of them.

const EVIL = "a\"b`c'd\\e\n-- DROP TABLE x; /*";
const source: SqlSource = {
  table: EVIL,
  columns: {
    memberId: EVIL,
    orderDate: "Order Date",
    amount: "金額",
    orderId: "單號",
    productId: "品號",
    quantity: "數量",
  },
};
const request = (analysis: (typeof SQL_ANALYSES)[number]): SqlAnalysisRequest => {
  switch (analysis) {
    case "yoy":
      return { analysis, source, settings: { current: yearPeriod(2017), previous: yearPeriod(2016) } };
    case "bands":
      return { analysis, source, settings: { by: EVIL, edges: [0, 200, 400], sum: [EVIL] } };
    case "promo":
    case "promo-products":
      return { analysis, sources: { lines: source, products: source, traffic: source } };
    default:
      return { analysis, source };
  }
};

describe("quoting by the vendors' rules", () => {
  it.each<[SqlDialect, string]>([
    ["postgres", '"a""b`c\'d\\e\n-- DROP TABLE x; /*"'],
    ["duckdb", '"a""b`c\'d\\e\n-- DROP TABLE x; /*"'],
    ["sqlite", '"a""b`c\'d\\e\n-- DROP TABLE x; /*"'],
    ["snowflake", '"a""b`c\'d\\e\n-- DROP TABLE x; /*"'],
    ["mysql", "`a\"b``c'd\\e\n-- DROP TABLE x; /*`"],
    ["spark", "`a\"b``c'd\\e\n-- DROP TABLE x; /*`"],
    // BigQuery: backslash escapes in quoted identifiers, and no raw newline.
    ["bigquery", "`a\"b\\`c'd\\\\e\\n-- DROP TABLE x; /*`"],
  ])("identifiers in %s", (dialect, quoted) => {
    expect(quoteIdentifier(dialect, EVIL)).toBe(quoted);
  });

  it.each<[SqlDialect, string, string]>([
    ["postgres", "it's", "'it''s'"],
    ["postgres", "a\\b", "E'a\\\\b'"],
    ["duckdb", "a\\b'", "'a\\b'''"],
    ["sqlite", "a\\b'", "'a\\b'''"],
    ["mysql", "it's", "'it''s'"],
    ["mysql", "a\\b", "_utf8mb4 X'615C62'"],
    ["bigquery", "it's\n", "'it\\'s\\n'"],
    ["spark", "it's\\", "'it\\'s\\\\'"],
    ["snowflake", "it's\\", "'it''s\\\\'"],
  ])("string literals in %s: %j", (dialect, text, literal) => {
    expect(quoteString(dialect, text)).toBe(literal);
  });

  it("refuses what a dialect cannot hold instead of changing it", () => {
    expect(() => quoteIdentifier("postgres", "x".repeat(64))).toThrow(
      expect.objectContaining({
        code: "SQL_IDENTIFIER_INVALID",
        details: expect.objectContaining({ bound: 63 }),
      }),
    );
    expect(quoteIdentifier("postgres", "會".repeat(21))).toBe(`"${"會".repeat(21)}"`); // 63 bytes
    expect(() => quoteIdentifier("postgres", "會".repeat(22))).toThrow(
      expect.objectContaining({ code: "SQL_IDENTIFIER_INVALID" }),
    );
    expect(() => quoteIdentifier("mysql", "😀")).toThrow(
      expect.objectContaining({ code: "SQL_IDENTIFIER_INVALID" }),
    );
    expect(() => quoteIdentifier("sqlite", "")).toThrow(
      expect.objectContaining({ code: "SQL_IDENTIFIER_INVALID" }),
    );
    expect(() => quoteString("duckdb", "a\u0000b")).toThrow(
      expect.objectContaining({ code: "SQL_TEXT_INVALID" }),
    );
    expect(() => quoteString("duckdb", "a\ud800b")).toThrow(
      expect.objectContaining({ code: "SQL_TEXT_INVALID" }),
    );
  });
});

describe("generated statements", () => {
  it.each(SQL_DIALECTS.flatMap((dialect) => SQL_ANALYSES.map((analysis) => [dialect, analysis] as const)))(
    "%s %s: no name from the data reaches a comment",
    (dialect, analysis) => {
      const { sql } = analysisSql(dialect, request(analysis));
      // The only comments are the header's (a line starting with -- further down is inside a quoted name).
      const lines = sql.split("\n");
      const header = lines.slice(
        0,
        lines.findIndex((line) => !line.startsWith("--")),
      );
      expect(header.length).toBeGreaterThan(1);
      for (const line of header) expect(line).not.toContain("DROP TABLE");
      expect(lines[header.length]).toBe("WITH");
      expect(sql).toContain(quoteIdentifier(dialect, EVIL, "table"));
    },
  );

  it("BigQuery: DATE_DIFF(…, DAY) and the exact analytic PERCENTILE_CONT, never APPROX_QUANTILES", () => {
    const { sql } = analysisSql("bigquery", request("scores"));
    expect(sql).toContain("DATE_DIFF(latest.latest_order_day, member_totals.last_order_day, DAY)");
    expect(sql).toContain("PERCENTILE_CONT(CAST(recency_days AS FLOAT64), 0.2) OVER ()");
    expect(sql).toContain(
      "-- Quantiles: the analytic PERCENTILE_CONT (type 7, exact); APPROX_QUANTILES is approximate and not used.",
    );
    expect(sql).not.toMatch(/APPROX_QUANTILES\(/);
  });

  it("Spark SQL: datediff(end, start) and percentile(x, p); Snowflake: DATEDIFF(day, …) and PERCENTILE_CONT … WITHIN GROUP", () => {
    const spark = analysisSql("spark", request("cycle")).sql;
    expect(spark).toContain("datediff(last_day, previous_day)");
    expect(spark).toContain("percentile(CAST(cycle_days AS DOUBLE), 0.5) AS median_days");
    const snowflake = analysisSql("snowflake", request("cycle")).sql;
    expect(snowflake).toContain("DATEDIFF(day, previous_day, last_day)");
    expect(snowflake).toContain(
      "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CAST(cycle_days AS DOUBLE)) AS median_days",
    );
  });
});

describe("the row comparison of test/sql", () => {
  it("holds counts and sums exact and ratios to 1e-9 relative", () => {
    expect(() => expectRowsToMatch([{ n: 3, r: 0.5 + 1e-12 }], [{ n: 3, r: 0.5 }], ["r"])).not.toThrow();
    expect(() => expectRowsToMatch([{ n: 3 + 1e-12 }], [{ n: 3 }])).toThrow(/row 1 n/);
    expect(() => expectRowsToMatch([{ r: 0.5001 }], [{ r: 0.5 }], ["r"])).toThrow(/row 1 r/);
    expect(() => expectRowsToMatch([], [{ n: 1 }])).toThrow(/row count 0, expected 1/);
    expect(() => expectRowsToMatch([{ n: null }], [{ n: 0 }])).toThrow(/got null/);
  });
});
