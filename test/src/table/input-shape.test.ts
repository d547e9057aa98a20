/**
 * Input-shape detection (issue 11): the member study's SQL export is one row per member (Member_Id,
 * Order_Sales, Order_count, last_order as YYYYMMDD). Expected values are read off the fixtures by eye
 * (test/fixtures/member-table/README.md): 20 members, each once.
 */
import { detectInputShape, inputShapeIssues } from "../../../src/table/input-shape";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import { fixtureTable } from "../../support/csv-table";

describe("per-member headers in three languages", () => {
  it.each([
    ["members-en.csv", ["memberId", "totalAmount", "orderCount", "lastOrderDate", "registrationDate"]],
    ["members-zh-TW.csv", ["memberId", "amount", "orderCount", "lastOrderDate"]],
    ["members-zh-CN.csv", ["memberId", "amount", "orderCount", "lastOrderDate"]],
    ["members-recency.csv", ["memberId", "totalAmount", "orderCount", "recencyDays"]],
  ])("%s: the roles of a per-member table", (file, roles) => {
    const table = fixtureTable(`test/fixtures/member-table/${file}`);
    expect(table.columns.map((column) => column.role)).toEqual(roles);
  });

  it("reads YYYYMMDD integers in the last-order column as dates (20210315 = serial 44270)", () => {
    // 2021-03-15: 44197 (2021-01-01) + 31 (January) + 28 (February) + 14 = 44270.
    const table = fixtureTable("test/fixtures/member-table/members-en.csv");
    const lastOrder = table.columns[3];
    expect(lastOrder?.type).toBe("date");
    expect(lastOrder?.values[0]).toBe(44270);
  });

  it("keeps an order-line file's Amount, Order Date and Order ID as they were", () => {
    const table = tableFromGrid({
      values: [
        ["Member ID", "Order ID", "Order Date", "Amount"],
        ["A", "O1", "2021-01-02", 5],
        ["A", "O2", "2021-01-05", 7],
      ],
    });
    expect(table.columns.map((column) => column.role)).toEqual([
      "memberId",
      "orderId",
      "orderDate",
      "amount",
    ]);
  });
});

describe("detectInputShape", () => {
  it("one row per member with an order-count column is per-member", () => {
    const table = fixtureTable("test/fixtures/member-table/members-zh-CN.csv");
    expect(detectInputShape(table.columns)).toEqual({
      shape: "perMember",
      oneRowPerMember: true,
      orderCountColumn: "购买次数",
    });
  });

  it("a member on two rows is order lines, count column or not", () => {
    const table = tableFromGrid({
      values: [
        ["Member_Id", "Order_count"],
        ["A", 3],
        ["A", 1],
        ["B", 2],
      ],
    });
    expect(detectInputShape(table.columns).shape).toBe("orderLines");
  });

  it("every member once without a count column is order lines (with the warning below)", () => {
    const table = fixtureTable("test/fixtures/member-table/members-no-count.csv");
    expect(detectInputShape(table.columns)).toEqual({
      shape: "orderLines",
      oneRowPerMember: true,
      orderCountColumn: null,
    });
  });
});

describe("inputShapeIssues", () => {
  it("says the table is one row per member and cites the order-count column", () => {
    const [issue, ...others] = inputShapeIssues(fixtureTable("test/fixtures/member-table/members-en.csv"));
    expect(others).toEqual([]);
    expect(issue?.rule).toBe("perMemberTable");
    expect(issue?.count).toBe(20);
    // Line 2 of the file is M01 with 1 order, line 5 is M04 with 10.
    expect(issue?.examples[0]).toEqual({ row: 2, column: "Order_count", value: "1" });
    expect(issue?.examples[3]).toEqual({ row: 5, column: "Order_count", value: "10" });
  });

  it("warns that frequency is 1 for everyone when every member appears once and nothing counts orders", () => {
    const [issue] = inputShapeIssues(fixtureTable("test/fixtures/member-table/members-no-count.csv"));
    expect(issue?.rule).toBe("oneRowPerMember");
    expect(issue?.count).toBe(20);
    expect(issue?.examples[0]).toEqual({ row: 2, column: "Member_Id", value: "M01" });
  });

  it("says nothing about order lines where members repeat", () => {
    const table = fixtureTable("test/fixtures/member-cli/orders.csv");
    expect(inputShapeIssues(table)).toEqual([]);
  });
});
