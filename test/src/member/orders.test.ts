import { groupOrders, readDatedOrders } from "../../../src/member/orders";

describe("groupOrders", () => {
  it("groups a member's rows by order id; the same id under another member is another order", () => {
    // Rows: 0 a/o1, 1 b/o1, 2 a/o1, 3 a/(no id), 4 a/o2, 5 (no member)
    const set = groupOrders("test", {
      memberIds: ["a", "b", "a", "a", "a", null],
      orderIds: ["o1", "o1", "o1", null, "o2", "o3"],
    });
    expect(set.memberIds).toEqual(["a", "b"]);
    expect(Array.from(set.orderMember)).toEqual([0, 1, 0, 0]); // a/o1, b/o1, a/row 3, a/o2
    const rowsOf = (order: number): number[] =>
      Array.from(set.orderRows.subarray(set.orderRowStart[order], set.orderRowStart[order + 1]));
    expect([rowsOf(0), rowsOf(1), rowsOf(2), rowsOf(3)]).toEqual([[0, 2], [1], [3], [4]]);
    const ordersOf = (member: number): number[] =>
      Array.from(set.memberOrders.subarray(set.memberOrderStart[member], set.memberOrderStart[member + 1]));
    expect([ordersOf(0), ordersOf(1)]).toEqual([[0, 2, 3], [1]]);
    expect(set.skippedRows).toBe(1);
  });

  it("dates an order by its earliest row", () => {
    const set = readDatedOrders("test", {
      memberIds: ["a", "a"],
      orderIds: [7, 7],
      orderDates: [44210.5, 44201.25],
    });
    expect(Array.from(set.orderDate)).toEqual([44201.25]);
  });

  it("rejects an order id column of another length", () => {
    expect(() => groupOrders("test", { memberIds: ["a"], orderIds: [] })).toThrow(
      expect.objectContaining({ code: "COLUMN_LENGTH_MISMATCH" }),
    );
  });
});
