import { tableFromGrid } from "../../../src/table/table-from-grid";
import type { Table } from "../../../src/table/types";
import { fixtureGrid } from "./fixture-grid";

const shape = (table: Table) => table.columns.map(({ name, role, type }) => [name, role, type]);
const valuesOf = (table: Table, name: string) => table.columns.find((column) => column.name === name)?.values;

// Serials: Python (date(y, m, d) - date(1899, 12, 30)).days — 2016-11-08 → 42682, 2016-06-12 → 42533,
// 2015-10-11 → 42288, 2021-01-05 → 44201, 2021-01-06 → 44202, 2021-02-14 → 44241; 13:45 = 55/96 of a day.
describe("tableFromGrid on exports", () => {
  it("reads an English order export (Superstore columns, m/d/yyyy dates)", () => {
    const table = tableFromGrid(fixtureGrid("english-orders.csv"));
    expect(shape(table)).toEqual([
      ["Customer ID", "memberId", "text"],
      ["Order ID", "orderId", "text"],
      ["Order Date", "orderDate", "date"],
      ["Sales", "amount", "number"],
      ["Quantity", "quantity", "number"],
      ["Discount", "discount", "number"],
    ]);
    expect(table.rowCount).toBe(4);
    expect(table.headerRowNumber).toBe(1);
    expect(valuesOf(table, "Order Date")).toEqual([42682, 42682, 42533, 42288]);
    expect(valuesOf(table, "Sales")).toEqual([261.96, 731.94, 14.62, 957.5775]);
  });

  it("reads the member study's Traditional Chinese export", () => {
    const table = tableFromGrid(fixtureGrid("chinese-tw-orders.csv"));
    expect(shape(table)).toEqual([
      ["會員編號", "memberId", "text"],
      ["訂單日期", "orderDate", "date"],
      ["金額", "amount", "number"],
    ]);
    expect(valuesOf(table, "訂單日期")).toEqual([44201, 44202, 44241]);
    expect(valuesOf(table, "金額")).toEqual([1280, 350, 2400]);
  });

  it("reads the promotion study's Simplified Chinese export", () => {
    const table = tableFromGrid(fixtureGrid("chinese-cn-products.csv"));
    expect(table.columns.map((column) => column.role)).toEqual([
      "memberId",
      "orderDate",
      "productName",
      "tagPrice",
      "stock",
      "uv",
      "addToCart",
    ]);
    expect(valuesOf(table, "订单日期")?.[0]).toBe(44201);
    expect(valuesOf(table, "订单日期")?.[1]).toBeCloseTo(44201 + 55 / 96, 9);
    expect(valuesOf(table, "订单日期")?.[2]).toBe(44202);
    expect(valuesOf(table, "吊牌价")).toEqual([199, 1299, 399]);
    expect(table.quality).toEqual([]);
  });
});

describe("tableFromGrid on Excel ranges", () => {
  const excelRange = {
    values: [
      ["", "", "", ""],
      ["", "Member_Id", "Order Date", "Net_Amount"],
      ["", 1001, 44201, 120],
      ["", 1002, 44202.5, "#N/A"],
    ],
    numberFormats: [
      ["General", "General", "General", "General"],
      ["General", "General", "General", "General"],
      ["General", "0", "yyyy-mm-dd", "#,##0"],
      ["General", "0", "yyyy-mm-dd h:mm", "#,##0"],
    ],
    firstRowNumber: 3,
  };

  it("skips blank leading rows and columns, keeps sheet row numbers and column positions", () => {
    const table = tableFromGrid(excelRange);
    expect(table.headerRowNumber).toBe(4);
    expect(table.sourceRowNumbers).toEqual([5, 6]);
    expect(table.columns.map((column) => column.sourceIndex)).toEqual([1, 2, 3]);
    expect(valuesOf(table, "Member_Id")).toEqual(["1001", "1002"]);
    expect(valuesOf(table, "Order Date")).toEqual([44201, 44202.5]);
    expect(valuesOf(table, "Net_Amount")).toEqual([120, null]);
    expect(table.quality).toEqual([
      { rule: "errorValue", count: 1, examples: [{ row: 6, column: "Net_Amount", value: "#N/A" }] },
    ]);
  });

  it("reads serials by number format in a column without a role", () => {
    const table = tableFromGrid({
      values: [
        ["When", "Count"],
        [44201, 3],
        [44202, 4],
      ],
      numberFormats: [
        ["General", "General"],
        ['yyyy"年"m"月"d"日"', "0"],
        ["m/d/yyyy", "0"],
      ],
    });
    expect(shape(table)).toEqual([
      ["When", null, "date"],
      ["Count", null, "number"],
    ]);
  });

  it("reads JS Dates from an XLSX reader as UTC serials", () => {
    const table = tableFromGrid({ values: [["Order Date"], [new Date(Date.UTC(2021, 0, 5, 12))]] });
    expect(valuesOf(table, "Order Date")).toEqual([44201.5]);
  });

  it("names repeated and blank headers uniquely", () => {
    const table = tableFromGrid({
      values: [
        ["Sales", "Sales", "", "Note"],
        [1, 2, 3, "x"],
      ],
    });
    expect(shape(table)).toEqual([
      ["Sales", "amount", "number"],
      ["Sales (2)", null, "number"],
      ["Column 3", null, "number"],
      ["Note", null, "text"],
    ]);
  });

  it("detects the header of a text-only range that has blank columns around it", () => {
    const table = tableFromGrid({
      values: [
        ["", "name", "city", ""],
        ["", "Amy", "Taipei", ""],
      ],
    });
    expect(table.headerRowNumber).toBe(1);
    expect(table.columns.map((column) => column.name)).toEqual(["name", "city"]);
  });

  it("reads a headerless range as data, naming columns by position", () => {
    const table = tableFromGrid({
      values: [
        ["C1", 12],
        ["C2", 15],
      ],
    });
    expect(table.headerRowNumber).toBeNull();
    expect(shape(table)).toEqual([
      ["Column 1", null, "text"],
      ["Column 2", null, "number"],
    ]);
  });
});

describe("tableFromGrid options", () => {
  const grid = {
    values: [
      ["Buyer", "Spend", "Day"],
      ["B1", "12", "20210105"],
      ["B2", "15", "20210106"],
    ],
  };

  it("lets role overrides win, matching names loosely", () => {
    const table = tableFromGrid(grid, { roles: { memberId: "buyer", amount: "Spend" } });
    expect(shape(table)).toEqual([
      ["Buyer", "memberId", "text"],
      ["Spend", "amount", "number"],
      ["Day", null, "date"],
    ]);
    // An override moves a role away from the column that was recognised for it.
    const moved = tableFromGrid(
      {
        values: [
          ["Sales", "Net"],
          [1, 2],
        ],
      },
      { roles: { amount: "Net" } },
    );
    expect(shape(moved)).toEqual([
      ["Sales", null, "number"],
      ["Net", "amount", "number"],
    ]);
  });

  it("lets type overrides win over roles and inference", () => {
    const table = tableFromGrid(grid, { types: { Spend: "text", Day: "number" } });
    expect(valuesOf(table, "Spend")).toEqual(["12", "15"]);
    expect(valuesOf(table, "Day")).toEqual([20210105, 20210106]);
  });

  it("applies role overrides to a headerless grid by position name", () => {
    const table = tableFromGrid(
      {
        values: [
          ["C1", 12],
          ["C2", 15],
        ],
      },
      { roles: { memberId: "Column 1" } },
    );
    expect(table.columns[0]?.role).toBe("memberId");
  });

  it("forces the header decision", () => {
    expect(tableFromGrid(grid, { header: false }).rowCount).toBe(3);
    expect(
      tableFromGrid(
        {
          values: [
            ["C1", 12],
            ["C2", 15],
          ],
        },
        { header: true },
      ).columns[1]?.name,
    ).toBe("12");
  });

  it("throws coded errors for bad input", () => {
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return "no error";
    };
    expect(code(() => tableFromGrid({ values: [] }))).toBe("EMPTY_GRID");
    expect(code(() => tableFromGrid({ values: [["", null]] }))).toBe("EMPTY_GRID");
    expect(code(() => tableFromGrid({ values: "x" as unknown as unknown[][] }))).toBe("INVALID_GRID");
    expect(
      code(() =>
        tableFromGrid({
          values: [
            ["Customer ID", "Sales"],
            ["", ""],
          ],
        }),
      ),
    ).toBe("NO_DATA_ROWS");
    expect(code(() => tableFromGrid(grid, { roles: { memberId: "Nope" } }))).toBe("UNKNOWN_COLUMN");
    expect(code(() => tableFromGrid(grid, { roles: { memberId: "Buyer", orderId: "Buyer" } }))).toBe(
      "COLUMN_ROLE_CONFLICT",
    );
    expect(code(() => tableFromGrid(grid, { roles: { shoeSize: "Buyer" } as never }))).toBe("UNKNOWN_ROLE");
    expect(code(() => tableFromGrid(grid, { types: { Spend: "money" as never } }))).toBe("UNKNOWN_TYPE");
    expect(code(() => tableFromGrid(grid, { todaySerial: Number.NaN }))).toBe("INVALID_OPTION");
  });

  it("names the header row and the missing column in messages", () => {
    expect(() => tableFromGrid({ values: [["Customer ID", "Sales"]] })).toThrow("header row (row 1)");
    expect(() => tableFromGrid(grid, { roles: { memberId: "Nope" } })).toThrow('"Buyer", "Spend", "Day"');
  });
});
