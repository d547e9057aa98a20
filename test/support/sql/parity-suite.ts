import { bandsSql } from "../../../src/sql/bands-sql";
import { churnFeaturesSql } from "../../../src/sql/churn-features-sql";
import { cohortsSql } from "../../../src/sql/cohorts-sql";
import { cycleSql } from "../../../src/sql/cycle-sql";
import { levelsSql } from "../../../src/sql/levels-sql";
import { promoKpisSql } from "../../../src/sql/promo-kpis-sql";
import { promoProductsSql } from "../../../src/sql/promo-products-sql";
import { rfmSql } from "../../../src/sql/rfm-sql";
import { scoresSql } from "../../../src/sql/scores-sql";
import { yoySql } from "../../../src/sql/yoy-sql";
import { sqlSourceOfTable } from "../../../src/sql/source";
import { serialFromIsoDate } from "../../../src/yoy/serial-date";
import { yearPeriod } from "../../../src/yoy/period";
import type { Table } from "../../../src/table/types";
import { expectRowsToMatch, sortedBy } from "./compare-rows";
import {
  coreBandRows,
  coreCohortRows,
  coreCycleRow,
  corePromoKpiRow,
  corePromoProductRows,
  coreRfmRows,
  coreYoyRows,
} from "./core-expectations";
import { CHURN_RATIO_COLUMNS, coreChurnFeatureRows } from "./core-churn-expectations";
import type { SqlEngine } from "./engine";
import { checkQuotingRoundTrip } from "./quoting-property";
import { fixtureSource, readFixture, SQL_FIXTURES, type SqlFixtureName } from "./fixtures";

/** R rfm's analysis date for its sample (rfm_table_order(..., analysis_date = as.Date("2006-12-31"))). */
const RFM_AS_OF = serialFromIsoDate("2006-12-31");
const RATIOS = [
  "mean_days",
  "q1_days",
  "median_days",
  "q3_days",
  "retention",
  "change_ratio",
  "current_value",
  "previous_value",
];
const KPI_RATIOS = [
  "aov_study",
  "conversion_study",
  "spend_per_distinct_buyer",
  "conversion_distinct_buyers",
  "average_order_value",
  "discount_rate",
  "sell_through",
  "mean_unit_price",
];

/**
 * For one engine: loads every fixture, then for each analysis runs the generated SQL and compares the rows with
 * the TypeScript core's result on the same fixture (exact for counts and sums, 1e-9 relative for ratios and
 * quantiles). `open` starts what the engine needs (a server, for PostgreSQL and MariaDB) and `close` stops it,
 * whatever the tests did.
 */
export function describeSqlParity(
  name: string,
  open: () => Promise<SqlEngine>,
  close: () => Promise<void> = async () => undefined,
): void {
  describe(`generated SQL on ${name} matches the core`, () => {
    let engine: SqlEngine;
    const tables = new Map<SqlFixtureName, Table>();
    const table = (fixture: SqlFixtureName): Table => tables.get(fixture) as Table;
    const source = (fixture: SqlFixtureName) => fixtureSource(fixture, table(fixture));

    beforeAll(async () => {
      engine = await open();
      for (const fixture of Object.keys(SQL_FIXTURES) as SqlFixtureName[]) {
        const read = await readFixture(fixture);
        tables.set(fixture, read);
        await engine.load(SQL_FIXTURES[fixture].table, read);
      }
    }, 120_000);

    afterAll(async () => {
      try {
        await engine?.close();
      } finally {
        await close();
      }
    }, 60_000);

    const rows = async (sql: string, sortColumn?: string) => {
      const result = await engine.query(sql);
      return sortColumn === undefined ? result : sortedBy(result, sortColumn);
    };

    it("quoting: any text round-trips as a string literal and as a column name", async () => {
      await checkQuotingRoundTrip(engine, 60);
    });

    it("rfm: R rfm's sample at its analysis date (distinct order days)", async () => {
      const sql = rfmSql(engine.dialect, source("rfmSample"), { asOfSerial: RFM_AS_OF }).sql;
      expectRowsToMatch(
        await rows(sql, "member_id"),
        coreRfmRows(table("rfmSample"), { asOfSerial: RFM_AS_OF }),
      );
    });

    it("rfm: the default as-of (the day after the latest order), order ids, order times, a blank member", async () => {
      const sql = rfmSql(engine.dialect, source("memberOrders")).sql;
      expectRowsToMatch(await rows(sql, "member_id"), coreRfmRows(table("memberOrders"), {}));
    });

    it("rfm, cycle, cohorts: an id of 0 is no member and no order, as in the core", async () => {
      const sql = rfmSql(engine.dialect, source("guestOrders")).sql;
      const got = await rows(sql, "member_id");
      // By hand (test/fixtures/sql/README.md): the guest orders and the line with order id 0 are left out.
      expect(
        got.map((row) => [String(row.member_id), row.recency_days, row.frequency, row.monetary]),
      ).toEqual([
        ["1001", 108, 2, 200],
        ["1002", 42, 2, 260],
        ["1003", 1, 3, 150],
      ]);
      expectRowsToMatch(got, coreRfmRows(table("guestOrders"), {}));
      const cycle = cycleSql(engine.dialect, source("guestOrders")).sql;
      expectRowsToMatch(await rows(cycle), [coreCycleRow(table("guestOrders"))], RATIOS);
      const cohorts = cohortsSql(engine.dialect, source("guestOrders")).sql;
      expectRowsToMatch(await rows(cohorts), coreCohortRows(table("guestOrders")), RATIOS);
    });

    it("rfm: Chinese headers and table name; counting rows", async () => {
      const sql = rfmSql(engine.dialect, source("chineseOrders"), { countBy: "rows" }).sql;
      expectRowsToMatch(
        await rows(sql, "member_id"),
        coreRfmRows(table("chineseOrders"), { countBy: "rows" }),
      );
      const lines = rfmSql(engine.dialect, source("orderLines"), { countBy: "days" }).sql;
      expectRowsToMatch(
        await rows(lines, "member_id"),
        coreRfmRows(table("orderLines"), { countBy: "days" }),
      );
    });

    it("rfm: table and column names with quotes, backslashes, a newline and a comment marker", async () => {
      const original = table("orderLines");
      const odd = (name: string) => `${name} "x" \`y\` 'z' \\\n-- w`;
      const renamed = {
        ...original,
        columns: original.columns.map((column) => ({ ...column, name: odd(column.name) })),
      };
      await engine.load(odd("lines"), renamed);
      const sql = rfmSql(engine.dialect, sqlSourceOfTable(renamed, odd("lines")), { countBy: "rows" }).sql;
      expectRowsToMatch(await rows(sql, "member_id"), coreRfmRows(original, { countBy: "rows" }));
    });

    it("levels: the study's order-count and sales levels", async () => {
      const sql = levelsSql(engine.dialect, source("rfmSample"), { asOfSerial: RFM_AS_OF }).sql;
      const expected = coreRfmRows(table("rfmSample"), { asOfSerial: RFM_AS_OF }, { levels: true });
      expectRowsToMatch(await rows(sql, "member_id"), expected);
    });

    it("scores: R rfm's quintile scores (type-7 quantile + 1 edges) on its sample", async () => {
      const sql = scoresSql(engine.dialect, source("rfmSample"), { asOfSerial: RFM_AS_OF }).sql;
      const expected = coreRfmRows(table("rfmSample"), { asOfSerial: RFM_AS_OF }, { scores: {} });
      expectRowsToMatch(await rows(sql, "member_id"), expected);
    });

    it("scores: four bins with the plain quantile edges", async () => {
      const settings = { binCount: 4, edgeRule: "quantile" } as const;
      const sql = scoresSql(engine.dialect, source("memberOrders"), settings).sql;
      expectRowsToMatch(
        await rows(sql, "member_id"),
        coreRfmRows(table("memberOrders"), {}, { scores: settings }),
      );
    });

    it("cycle: mean, quartiles and the lapse fence", async () => {
      for (const fixture of ["memberOrders", "rfmSample"] as const) {
        const sql = cycleSql(engine.dialect, source(fixture)).sql;
        expectRowsToMatch(await rows(sql), [coreCycleRow(table(fixture))], RATIOS);
      }
    });

    it("cohorts: the retention triangle, zero months included", async () => {
      for (const fixture of ["memberOrders", "rfmSample"] as const) {
        const sql = cohortsSql(engine.dialect, source(fixture)).sql;
        expectRowsToMatch(await rows(sql), coreCohortRows(table(fixture)), RATIOS);
      }
    });

    it("yoy: 2017 against 2016", async () => {
      const settings = { current: yearPeriod(2017), previous: yearPeriod(2016) };
      const sql = yoySql(engine.dialect, source("yoyOrders"), settings).sql;
      expectRowsToMatch(await rows(sql), coreYoyRows(table("yoyOrders"), settings), RATIOS);
    });

    it("bands: pandas.cut, right-closed with the lowest edge included, and left-closed", async () => {
      for (const closed of ["right", "left"] as const) {
        const settings = { by: "Price", edges: [0, 100, 200], sum: ["Amount", "Quantity"], closed };
        const sql = bandsSql(engine.dialect, source("prices"), settings).sql;
        expectRowsToMatch(await rows(sql), coreBandRows(table("prices"), settings));
      }
    });

    it("promo: the KPI pack with product and traffic tables, and from the lines alone", async () => {
      const full = {
        lines: source("promoLines"),
        products: source("promoProducts"),
        traffic: source("promoTraffic"),
      };
      expectRowsToMatch(
        await rows(promoKpisSql(engine.dialect, full).sql),
        [corePromoKpiRow(table("promoLines"), table("promoProducts"), table("promoTraffic"))],
        KPI_RATIOS,
      );
      expectRowsToMatch(
        await rows(promoKpisSql(engine.dialect, { lines: source("promoLines") }).sql),
        [corePromoKpiRow(table("promoLines"))],
        KPI_RATIOS,
      );
    });

    it("promo: the study's tables, its 客单价 and 转化率 beside the distinct-buyer figures, SKU数 or SKU", async () => {
      for (const productTable of ["studyProducts", "studyProductsSku"] as const) {
        const study = {
          lines: source("studyLines"),
          products: source(productTable),
          traffic: source("studyTraffic"),
        };
        const [row] = await rows(promoKpisSql(engine.dialect, study).sql);
        // Hand anchors (test/parity/promotion-study.test.ts): 9 buyers summed over products, 5 distinct, 10 SKUs.
        expect([row?.product_buyers_sum, row?.buyers, row?.sku_count].map(Number)).toEqual([9, 5, 10]);
        expectRowsToMatch(
          [row ?? {}],
          [corePromoKpiRow(table("studyLines"), table(productTable), table("studyTraffic"))],
          KPI_RATIOS,
        );
        expectRowsToMatch(
          await rows(promoProductsSql(engine.dialect, study).sql, "product_id"),
          corePromoProductRows(table("studyLines"), table(productTable), table("studyTraffic")),
          KPI_RATIOS,
        );
      }
    });

    it("promo: the per-product roll-up", async () => {
      const full = {
        lines: source("promoLines"),
        products: source("promoProducts"),
        traffic: source("promoTraffic"),
      };
      expectRowsToMatch(
        await rows(promoProductsSql(engine.dialect, full).sql, "product_id"),
        corePromoProductRows(table("promoLines"), table("promoProducts"), table("promoTraffic")),
        KPI_RATIOS,
      );
    });

    it("churn features: the core's memberFeatures on every fixture, as of the last purchase day and given days", async () => {
      const cases = [
        ["memberOrders", undefined],
        ["memberOrders", serialFromIsoDate("2021-02-01")],
        ["rfmSample", undefined],
        ["rfmSample", RFM_AS_OF],
        ["rfmSample", serialFromIsoDate("2005-06-30")],
        ["guestOrders", undefined],
        ["churnEdges", undefined],
        ["churnEdges", serialFromIsoDate("2022-01-03")],
      ] as const;
      for (const [fixture, asOfSerial] of cases) {
        const settings = asOfSerial === undefined ? {} : { asOfSerial };
        const sql = churnFeaturesSql(engine.dialect, source(fixture), settings).sql;
        const expected = coreChurnFeatureRows(table(fixture), asOfSerial);
        expect(expected.length).toBeGreaterThan(1);
        expectRowsToMatch(await rows(sql, "member_id"), expected, CHURN_RATIO_COLUMNS);
      }
    });

    it("churn features: returns above purchases, a spend of 0, an order over two days, by hand", async () => {
      const got = await rows(churnFeaturesSql(engine.dialect, source("churnEdges")).sql, "member_id");
      // By hand (test/fixtures/sql/README.md), as of 2022-01-10.
      const columns = ["recency_days", "purchase_days", "tenure_days", "mean_gap_days", "gap_cv", "spend"];
      expect(got.map((row) => [row.member_id, ...columns.map((column) => Number(row[column]))])).toEqual([
        ["R1", 5, 2, 9, 4, 0, -50],
        ["S1", 0, 3, 8, 4, 0.5, 150],
        ["Z1", 7, 2, 8, 1, 0, 0],
      ]);
      expectRowsToMatch(
        got,
        [
          { log_spend: -Math.log(51), aov: -25, aov_cv: 5, coupon_share: 0 },
          { log_spend: Math.log(151), aov: 50, aov_cv: Math.sqrt(3800 / 3) / 50, coupon_share: 2 / 3 },
          { log_spend: 0, aov: 0, aov_cv: 0, coupon_share: 0.5 },
        ],
        CHURN_RATIO_COLUMNS,
      );
      // The member id 0 is a member in the churn model (src/analysis/churn-lines.ts), unlike in R/F/M.
      const guests = await rows(churnFeaturesSql(engine.dialect, source("guestOrders")).sql, "member_id");
      expect(guests.map((row) => String(row.member_id))).toEqual(["0", "1001", "1002", "1003"]);
    });
  });
}
