import { MemberOrders } from "../../../src/member/member-orders";

describe("MemberOrders", () => {
  it("numbers each (member, order id) pair once, in order of first appearance", () => {
    const orders = new MemberOrders(6);
    // Lines: (0, A), (0, B), (0, A), (1, C), (1, B) — B is also member 1's: a second order —, (1, C).
    const numbers = [
      orders.numberOf(0, "A"),
      orders.numberOf(0, "B"),
      orders.numberOf(0, "A"),
      orders.numberOf(1, "C"),
      orders.numberOf(1, "B"),
      orders.numberOf(1, "C"),
    ];
    // By hand: A → 0, B → 1, A again 0, C → 2, member 1's B is new → 3, C again 2.
    expect(numbers).toEqual([0, 1, 0, 2, 3, 2]);
    expect(orders.count).toBe(4);
  });

  it("gives a line without an order id an order of its own", () => {
    const orders = new MemberOrders(4);
    expect([orders.numberOf(0, null), orders.numberOf(0, "A"), orders.numberOf(0, null)]).toEqual([0, 1, 2]);
    expect(orders.count).toBe(3);
  });

  it("keeps a shared id's second member's number when that member's line comes back", () => {
    const orders = new MemberOrders(5);
    const numbers = ["X", "X", "X", "X"].map((id, line) => orders.numberOf(line % 2, id));
    // Member 0's X → 0, member 1's X → 1, then each again.
    expect(numbers).toEqual([0, 1, 0, 1]);
  });
});
