import { columnByRole, requireColumn, usableRows } from "../../../src/table/column-access";
import { tableFromGrid } from "../../../src/table/table-from-grid";

const table = tableFromGrid({
  values: [
    ["Customer ID", "Order Date", "Sales", "Note"],
    ["C1", "2021-01-05", 10, "a"],
    ["", "2021-01-06", 20, "b"],
    ["C3", "2021-01-07", "oops", "c"],
    ["C4", "2021-01-08", 40, "d"],
  ],
});

describe("column access", () => {
  it("finds columns by role", () => {
    expect(columnByRole(table, "amount")?.name).toBe("Sales");
    expect(columnByRole(table, "orderId")).toBeNull();
    expect(requireColumn(table, "orderDate", "test", "date").values[0]).toBe(44201);
  });

  it("throws MISSING_COLUMN naming the role and the analysis", () => {
    expect(() => requireColumn(table, "orderId", "rfmFromOrders")).toThrow(
      expect.objectContaining({
        code: "MISSING_COLUMN",
        message: expect.stringContaining("A column for Order ID is needed"),
        details: { argument: "orderId", input: "rfmFromOrders" },
      }),
    );
    expect(() => requireColumn(table, "amount", "x", "date")).toThrow(
      expect.objectContaining({ code: "COLUMN_TYPE_MISMATCH" }),
    );
  });

  it("counts the rows an analysis can use: row 3 has no member, row 4 no amount → 2 of 4", () => {
    const used = usableRows(table, ["memberId", "amount"], "test");
    expect(used).toEqual({ mask: [true, false, false, true], usableRowCount: 2, rowCount: 4 });
  });
});
