import { runInProcess, spawnCli } from "../support/cli";
import { expectRowsToMatch } from "../support/sql/compare-rows";
import { coreRfmRows } from "../support/sql/core-expectations";
import { openDuckDb } from "../support/sql/duckdb-engine";
import { readFixture } from "../support/sql/fixtures";
import { serialFromIsoDate } from "../../src/yoy/serial-date";

// The sql command: one statement on stdout. The rfm statement is run on DuckDB (embedded) over R rfm's sample
// and compared with the core, as test/sql/ does for every analysis and engine.
describe("sql", () => {
  it("prints an rfm statement that returns member_id, recency_days, frequency, monetary on a real engine", async () => {
    const run = await runInProcess(
      "sql",
      "--analysis",
      "rfm",
      "--dialect",
      "duckdb",
      "--table",
      "orders",
      "--member",
      "customer_id",
      "--date",
      "order_date",
      "--amount",
      "revenue",
      "--as-of",
      "2006-12-31",
    );
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().endsWith(";")).toBe(true);
    const table = await readFixture("rfmSample");
    const engine = await openDuckDb();
    try {
      await engine.load("orders", table);
      const rows = await engine.query(run.stdout.trimEnd().slice(0, -1));
      expect(Object.keys(rows[0] ?? {})).toEqual(["member_id", "recency_days", "frequency", "monetary"]);
      expectRowsToMatch(rows, coreRfmRows(table, { asOfSerial: serialFromIsoDate("2006-12-31") }));
    } finally {
      await engine.close();
    }
  });

  it("recognises the columns from the header of --input, as the other commands do (會員編號, 訂單日期, 金額)", async () => {
    const run = await runInProcess(
      "sql",
      "--analysis",
      "cycle",
      "--dialect",
      "postgres",
      "--table",
      "會員訂單",
      "--input",
      "test/fixtures/intake/chinese-tw-orders.csv",
      "--json",
    );
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as {
      dialect: string;
      executedInTests: boolean;
      columns: string[];
      sql: string;
    };
    expect(json.dialect).toBe("postgres");
    expect(json.executedInTests).toBe(true);
    expect(json.columns[0]).toBe("member_count");
    // An id of 0 is no member in the member analyses (src/sql/text-expressions.ts idKeyOf).
    expect(json.sql).toContain("NULLIF(NULLIF(TRIM(CAST(\"會員編號\" AS TEXT)), ''), '0') AS member_key");
    expect(json.sql).toContain('CAST("訂單日期" AS DATE) AS order_day');
    expect(json.sql).toContain('FROM "會員訂單"');
  });

  it("says which dialects are generated but not executed in tests", async () => {
    const run = await runInProcess(
      "sql",
      "--analysis",
      "cohorts",
      "--dialect",
      "bigquery",
      "--table",
      "ds",
      "--member",
      "m",
      "--date",
      "d",
      "--json",
    );
    expect(JSON.parse(run.stdout)).toMatchObject({ dialect: "bigquery", executedInTests: false });
  });

  const rfm = [
    "sql",
    "--analysis",
    "rfm",
    "--table",
    "orders",
    "--member",
    "m",
    "--date",
    "d",
    "--amount",
    "a",
  ];
  it.each([
    [
      [...rfm, "--dialect", "oracle"],
      '--dialect must be one of duckdb, postgres, mysql, sqlite, bigquery, spark, snowflake (got "oracle")',
    ],
    [
      ["sql", "--analysis", "churn", "--dialect", "duckdb", "--table", "t"],
      '--analysis must be one of rfm, levels, scores, cycle, cohorts, yoy, bands, promo, promo-products, churn-features (got "churn")',
    ],
    [["sql", "--analysis", "rfm", "--dialect", "duckdb", "--table", ""], "--table needs a value"],
    [
      ["sql", "--analysis", "rfm", "--dialect", "duckdb", "--table", "t", "--member", "m", "--amount", "a"],
      "rfm needs the orderDate column: name it with --date COL (or give --input SAMPLE.csv to recognise it from a header)",
    ],
    [
      [...rfm, "--dialect", "duckdb", "--as-of", "someday"],
      '--as-of must be a date such as 2006-12-31 (got "someday")',
    ],
    [
      [
        "sql",
        "--analysis",
        "rfm",
        "--dialect",
        "mysql",
        "--table",
        "orders ",
        "--member",
        "m",
        "--date",
        "d",
        "--amount",
        "a",
      ],
      "The table name ends with a space character, which MySQL identifiers cannot",
    ],
  ])("exits 2 with one line for bad flags: %j", async (argv, message) => {
    const run = await runInProcess(...argv);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`commerce-analytics: ${message}\n`);
  });

  it("bands: --edges in start:stop:step form; a bad edge list exits 2 (spawned through the real entry)", () => {
    const bad = spawnCli(
      "sql",
      "--analysis",
      "bands",
      "--dialect",
      "sqlite",
      "--table",
      "t",
      "--by",
      "Price",
      "--edges",
      "0,200,100",
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      "commerce-analytics: --edges: Band edges must ascend (edge 3, 100, is below 200)\n",
    );
    const good = spawnCli(
      "sql",
      "--analysis",
      "bands",
      "--dialect",
      "sqlite",
      "--table",
      "t",
      "--by",
      "Price",
      "--edges",
      "0.15:1:0.05",
    );
    expect(good.status).toBe(0);
    expect(good.stdout).toContain("'(0.95, 1]' AS band");
  });
});
