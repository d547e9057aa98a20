import type { IntakeColumn } from "../../../../src/analysis/intake";
import { bandsSql } from "../../../../src/sql/bands-sql";
import { yoySql } from "../../../../src/sql/yoy-sql";
import { yearPeriod } from "../../../../src/yoy/period";
import { copySqlStatement } from "../../../../taskpane/components/copy-sql/copy-sql-statement";

const LINES: IntakeColumn[] = [
  { name: "Order Date", role: "orderDate", type: "date" },
  { name: "金額", role: "amount", type: "number" },
  { name: "會員編號", role: "memberId", type: "text" },
  { name: "Product", role: "productId", type: "text" },
];
const PRODUCTS: IntakeColumn[] = [
  { name: "Product", role: "productId", type: "text" },
  { name: "Sale Price", role: "salePrice", type: "number" },
  { name: "Stock", role: "stock", type: "number" },
];
const tables = {
  lines: { tableName: "orders", columns: LINES },
  products: { tableName: "products", columns: PRODUCTS },
};
const periods = { current: yearPeriod(2017), previous: yearPeriod(2016) };

describe("copySqlStatement: yoy and bands with the tab's settings", () => {
  it("yoy: the core's statement for the periods given, on the lines' roles", () => {
    for (const dialect of ["duckdb", "postgres"] as const) {
      expect(
        copySqlStatement("en", "yoy", dialect, tables, { yoy: { kind: "set", value: periods } }),
      ).toEqual({
        kind: "statement",
        sql: yoySql(
          dialect,
          { table: "orders", columns: { orderDate: "Order Date", amount: "金額", memberId: "會員編號" } },
          periods,
        ).sql,
      });
    }
  });

  it("bands: the sale-price column of the product table cut at the edges, its stock summed", () => {
    const settings = { priceEdges: { kind: "set", value: [0, 200, 400] } } as const;
    expect(copySqlStatement("en", "bands", "duckdb", tables, settings)).toEqual({
      kind: "statement",
      sql: bandsSql(
        "duckdb",
        { table: "products", columns: {} },
        { by: "Sale Price", edges: [0, 200, 400], sum: ["Stock"], closed: "right" },
      ).sql,
    });
    // Without a stock column, the counts alone.
    const noStock = { ...tables, products: { tableName: "p", columns: PRODUCTS.slice(0, 2) } };
    expect(copySqlStatement("en", "bands", "postgres", noStock, settings)).toEqual({
      kind: "statement",
      sql: bandsSql("postgres", { table: "p", columns: {} }, { by: "Sale Price", edges: [0, 200, 400] }).sql,
    });
  });

  it("says what to set or add first, in the user's language", () => {
    const unset = { kind: "unset", gap: "yoyRunFirst" } as const;
    expect(copySqlStatement("zh-CN", "yoy", "duckdb", tables, { yoy: unset })).toEqual({
      kind: "problem",
      message: "数据中最新的年份要在运行后才知道：请先分析促销，或在上方设置中自行选择年份。",
    });
    // No settings given at all: nothing to compare yet.
    expect(copySqlStatement("en", "yoy", "duckdb", tables)).toEqual({
      kind: "problem",
      message: "Year over year is off: choose the years to compare in the settings above first.",
    });
    const edges = { priceEdges: { kind: "set", value: [0, 100] } } as const;
    expect(copySqlStatement("zh-TW", "bands", "duckdb", { lines: tables.lines }, edges)).toEqual({
      kind: "problem",
      message: "價格帶依商品表的售價切分：請先在上方加入商品表。",
    });
    const noPrice = { ...tables, products: { tableName: "p", columns: [PRODUCTS[0] as IntakeColumn] } };
    expect(copySqlStatement("zh-TW", "bands", "duckdb", noPrice, edges)).toEqual({
      kind: "problem",
      message: "這段 SQL 需要標為「售價」的欄位：請在上方的欄位角色中選擇。",
    });
  });
});
