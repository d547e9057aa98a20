import { runInProcess } from "../support/cli";
import { expectRowsToMatch } from "../support/sql/compare-rows";
import { CHURN_RATIO_COLUMNS, coreChurnFeatureRows } from "../support/sql/core-churn-expectations";
import { openDuckDb } from "../support/sql/duckdb-engine";
import { readFixture } from "../support/sql/fixtures";
import { serialFromIsoDate } from "../../src/yoy/serial-date";

// `sql --analysis churn-features`: the statement printed for DuckDB, run on DuckDB (embedded) over the
// member-cli orders (order ids and coupons, recognised from the file's header), equals the churn core's
// features; test/sql/ checks the same statement on every engine.
describe("sql --analysis churn-features", () => {
  const run = (...extra: string[]) =>
    runInProcess(
      "sql",
      "--analysis",
      "churn-features",
      "--dialect",
      "duckdb",
      "--table",
      "orders",
      "--input",
      "test/fixtures/member-cli/orders.csv",
      ...extra,
    );

  it.each([
    ["as of the last purchase day (the default)", [], undefined],
    ["as of --as-of 2021-02-01", ["--as-of", "2021-02-01"], serialFromIsoDate("2021-02-01")],
  ])("prints a statement whose rows are the core's features, %s", async (_, flags, asOfSerial) => {
    const printed = await run(...flags);
    expect(printed.status).toBe(0);
    expect(printed.stdout.trimEnd().endsWith(";")).toBe(true);
    const table = await readFixture("memberOrders");
    const engine = await openDuckDb();
    try {
      await engine.load("orders", table);
      const rows = await engine.query(printed.stdout.trimEnd().slice(0, -1));
      expect(Object.keys(rows[0] ?? {})).toEqual([
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
      expectRowsToMatch(rows, coreChurnFeatureRows(table, asOfSerial), CHURN_RATIO_COLUMNS);
    } finally {
      await engine.close();
    }
  });

  it("--json lists the columns; a missing amount column and a bad --as-of exit 2 with one line", async () => {
    const json = await run("--json");
    expect(JSON.parse(json.stdout)).toMatchObject({ dialect: "duckdb", executedInTests: true });
    const bare = await runInProcess(
      "sql",
      "--analysis",
      "churn-features",
      "--dialect",
      "duckdb",
      "--table",
      "t",
      "--member",
      "m",
      "--date",
      "d",
    );
    expect(bare.status).toBe(2);
    expect(bare.stderr).toBe(
      "commerce-analytics: churn-features needs the amount column: name it with --amount COL (or give --input SAMPLE.csv to recognise it from a header)\n",
    );
    const badDate = await run("--as-of", "someday");
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toBe(
      'commerce-analytics: --as-of must be a date such as 2006-12-31 (got "someday")\n',
    );
  });
});
