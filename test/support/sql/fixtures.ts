import path from "node:path";
import { readGrid } from "../../../cli/io/read-grid";
import type { AnalysisContext } from "../../../src/analysis/context";
import { sqlSourceOfTable, type SqlSource } from "../../../src/sql/source";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import type { Table } from "../../../src/table/types";

const REPO_ROOT = path.join(__dirname, "../../..");

/**
 * The fixtures the SQL is checked on, each loaded into every engine under the table name given here (names with
 * spaces, quotes and Chinese, so the quoting is exercised on real engines). Sources and READMEs: the folders
 * under test/fixtures.
 */
export const SQL_FIXTURES = {
  /** R rfm's sample orders: 4,906 orders of 995 customers, no order id, dates without time. */
  rfmSample: { file: "test/fixtures/rfm/rfm_data_orders.csv", table: "R rfm sample" },
  /** Five members with order ids, order times, a line without a member (test/fixtures/member-cli). */
  memberOrders: { file: "test/fixtures/member-cli/orders.csv", table: 'member "orders"' },
  /** Traditional Chinese headers (會員編號, 訂單日期, 金額) and thousands separators. */
  chineseOrders: { file: "test/fixtures/intake/chinese-tw-orders.csv", table: "會員訂單" },
  /** One row per order line with order ids. */
  orderLines: { file: "test/fixtures/rfm-cli/order-lines.csv", table: "order `lines`" },
  /** Dated orders of 2015-2017 for year over year. */
  yoyOrders: { file: "test/fixtures/promo-cli/orders.csv", table: "yoy orders" },
  /** A price on each band edge, one below, one above, one blank. */
  prices: { file: "test/fixtures/promo-cli/prices.csv", table: "prices" },
  promoLines: { file: "test/fixtures/promo-cli/lines.csv", table: "promo lines" },
  promoProducts: { file: "test/fixtures/promo-cli/products.csv", table: "promo products" },
  promoTraffic: { file: "test/fixtures/promo-cli/traffic.csv", table: "promo traffic" },
  /** The study's Chinese headers (商品名, 吊牌价, 库存量, SKU数, UV数, 加购物车数) and a text SKU id in the lines. */
  studyLines: { file: "test/fixtures/promo-study/lines.csv", table: "促销明细" },
  studyProducts: { file: "test/fixtures/promo-study/products.csv", table: "商品信息" },
  studyTraffic: { file: "test/fixtures/promo-study/traffic.csv", table: "流量数据" },
  /** The product table with its SKU count headed just "SKU" (a number column: the SKU count role). */
  /** Numeric member ids with guest orders under member id 0 and a line with order id 0 (test/fixtures/sql). */
  guestOrders: { file: "test/fixtures/sql/guest-orders.csv", table: "guest orders" },
  /** Returns above purchases, a spend of 0, an order over two days, coupons (test/fixtures/sql/README.md). */
  churnEdges: { file: "test/fixtures/sql/churn-edges.csv", table: "churn edges" },
  studyProductsSku: { file: "test/fixtures/promo-study/products-sku.csv", table: "商品信息 SKU" },
} as const;

export type SqlFixtureName = keyof typeof SQL_FIXTURES;

/** A fixture read as the command line reads it (cli/io) and typed by the core's table builder. */
export async function readFixture(name: SqlFixtureName): Promise<Table> {
  const source = await readGrid(path.join(REPO_ROOT, SQL_FIXTURES[name].file));
  return tableFromGrid(source.grid);
}

/** The role mapping of a fixture's table as it lives in the engines. */
export function fixtureSource(name: SqlFixtureName, table: Table): SqlSource {
  return sqlSourceOfTable(table, SQL_FIXTURES[name].table);
}

/** The context the core's use cases need (locale and run record); nothing here depends on it. */
export const TEST_CONTEXT: AnalysisContext = {
  locale: "en",
  runRecord: {
    inputAddress: "fixture",
    rowCount: 0,
    parameters: {},
    engineVersion: "test",
    timestampIso: "2026-12-05T00:00:00.000Z",
  },
};
