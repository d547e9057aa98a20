import { roleOfHeader } from "../../../src/table/roles";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import { tableFromTextCells } from "../../../src/table/table-from-text-cells";
import type { Table, TableOptions } from "../../../src/table/types";
import { textCellsOfRows } from "./text-cells-of-rows";

// Issue 11 item 2: a numeric column headed "SKU" or "SKU数" in the promotion study's product table is the
// number of SKUs of each product (summed as the study's sku_cons); a text column headed "SKU" is a SKU id.

/** Each column's [header, role, type]. */
function roles(table: Table): [string, string | null, string][] {
  return table.columns.map((column) => [column.header, column.role, column.type]);
}

/** The same cells read as an Excel range and as CSV text cells, which must agree. */
function both(rows: readonly (readonly (string | number)[])[], options: TableOptions = {}) {
  const fromGrid = roles(tableFromGrid({ values: rows }, options));
  const asText = rows.map((row) => row.map(String));
  expect(roles(tableFromTextCells(textCellsOfRows(asText), options))).toEqual(fromGrid);
  return fromGrid;
}

describe("the SKU count role", () => {
  it.each([
    ["SKU数", "skuCount"],
    ["SKU數", "skuCount"],
    ["SKU count", "skuCount"],
    ["sku_cons", "skuCount"],
    ["SKU个数", "skuCount"],
    ["SKU数量（个）", "skuCount"],
    ["SKU", "sku"],
    ["sku_id", "sku"],
    ["SKU Code", "sku"],
    ["SKU编号", "sku"],
  ])("the header %j alone suggests %s", (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it("reads the study's product table: SKU数 is the SKU count", () => {
    const rows = [
      ["商品名", "吊牌价", "销售价", "库存量", "SKU数"],
      ["连衣裙", 399, 199, 50, 3],
    ];
    expect(both(rows)).toEqual([
      ["商品名", "productName", "text"],
      ["吊牌价", "tagPrice", "number"],
      ["销售价", "salePrice", "number"],
      ["库存量", "stock", "number"],
      ["SKU数", "skuCount", "number"],
    ]);
  });

  it("a column headed SKU that holds numbers is the SKU count", () => {
    const rows = [
      ["Product ID", "SKU", "Stock"],
      ["P1", 3, 10],
      ["P2", "2", 4],
    ];
    expect(both(rows)).toEqual([
      ["Product ID", "productId", "text"],
      ["SKU", "skuCount", "number"],
      ["Stock", "stock", "number"],
    ]);
  });

  it("a column headed SKU that holds ids stays the SKU id (the existing role pattern)", () => {
    const rows = [
      ["Order ID", "SKU", "Quantity", "Amount"],
      ["O1", "A-100-RED", 1, 10],
      ["O2", "A-100-BLUE", 2, 20],
    ];
    expect(both(rows)).toEqual([
      ["Order ID", "orderId", "text"],
      ["SKU", "sku", "text"],
      ["Quantity", "quantity", "number"],
      ["Amount", "amount", "number"],
    ]);
  });

  it("beside a SKU数 column, a numeric SKU column stays the SKU id (one column per role)", () => {
    const rows = [
      ["SKU", "SKU数"],
      [100234, 3],
    ];
    expect(both(rows)).toEqual([
      ["SKU", "sku", "text"],
      ["SKU数", "skuCount", "number"],
    ]);
  });

  it("the user's role or type wins", () => {
    const rows = [
      ["Product ID", "SKU"],
      ["P1", 3],
    ];
    expect(both(rows, { roles: { sku: "SKU" } })[1]).toEqual(["SKU", "sku", "text"]);
    expect(both(rows, { types: { SKU: "text" } })[1]).toEqual(["SKU", "sku", "text"]);
    const ids = [
      ["Product ID", "SKU"],
      ["P1", "A-1"],
    ];
    expect(both(ids, { types: { SKU: "number" } })[1]).toEqual(["SKU", "skuCount", "number"]);
  });
});
