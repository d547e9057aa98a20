import { promotedRows } from "../../../src/member/promotion-flags";
import { promotionSensitivity } from "../../../src/member/promotion-sensitivity";
import { sensitivityFromCounts, sensitivityTag } from "../../../src/member/sensitivity-tag";

/*
 * Order lines of 5 members (order id, coupon amount). An order is promoted when any line used a coupon.
 *   P1: o1 (0, 10) promoted, o2 (0)                 → 1 / 2 = 0.5
 *   P2: o3, o4, o5 (0 each), o6 (5)                 → 1 / 4 = 0.25
 *   P3: o7 (0)                                      → 0
 *   P4: o8 (20), o9 (20)                            → 2 / 2 = 1
 *   P5: o10 (0), o11 (15), o12 (0)                  → 1 / 3
 * Shares sorted: 0, 0.25, 1/3, 0.5, 1. R type 7 with n = 5: Q1 at position 1 → 0.25, Q3 at position 3 → 0.5.
 * Tags (low ≤ Q1, high ≥ Q3): P1 0.5 high, P2 0.25 low, P3 0 low, P4 1 high, P5 1/3 mid.
 * Overall: 5 promoted orders (o1, o6, o8, o9, o11) of 12.
 */
const lines: [string, string, number][] = [
  ["P1", "o1", 0],
  ["P1", "o1", 10],
  ["P1", "o2", 0],
  ["P2", "o3", 0],
  ["P2", "o4", 0],
  ["P2", "o5", 0],
  ["P2", "o6", 5],
  ["P3", "o7", 0],
  ["P4", "o8", 20],
  ["P4", "o9", 20],
  ["P5", "o10", 0],
  ["P5", "o11", 15],
  ["P5", "o12", 0],
];

describe("promotionSensitivity", () => {
  const result = promotionSensitivity({
    memberIds: lines.map((line) => line[0]),
    orderIds: lines.map((line) => line[1]),
    couponAmounts: lines.map((line) => line[2]),
  });

  it("counts orders, not lines, and tags by the population quartiles", () => {
    expect(result.members.map((m) => [m.memberId, m.orders, m.promotedOrders, m.tag])).toEqual([
      ["P1", 2, 1, "high"],
      ["P2", 4, 1, "low"],
      ["P3", 1, 0, "low"],
      ["P4", 2, 2, "high"],
      ["P5", 3, 1, "mid"],
    ]);
    expect(result.members[4]?.promotedShare).toBeCloseTo(1 / 3, 12);
    expect(result.q1Share).toBeCloseTo(0.25, 12);
    expect(result.q3Share).toBeCloseTo(0.5, 12);
    expect(result.tagCounts).toEqual({ low: 2, mid: 1, high: 2 });
    expect(result.overallPromotedShare).toBeCloseTo(5 / 12, 12);
  });

  it("without order ids counts each line as an order", () => {
    const perLine = promotionSensitivity({ memberIds: ["a", "a", "b"], couponAmounts: [10, 0, 0] });
    expect(perLine.members.map((m) => [m.orders, m.promotedShare])).toEqual([
      [2, 0.5],
      [1, 0],
    ]);
  });

  it("needs a coupon or a discount column", () => {
    expect(() => promotionSensitivity({ memberIds: ["a"] })).toThrow(
      expect.objectContaining({ code: "NO_PROMOTION_COLUMN" }),
    );
  });
});

describe("promotedRows — the two discount conventions", () => {
  it('"paidRatio" (0.8 = 20 % off, 8折): discounted when 0 < d < 1; 1, 0 and empty are not', () => {
    expect(promotedRows(4, { discounts: [1, 0.8, 0, null] })).toEqual([false, true, false, false]);
  });

  it('"offRatio" (0.2 = 20 % off): discounted when d > 0', () => {
    expect(promotedRows(3, { discounts: [0, 0.2, null], discountConvention: "offRatio" })).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('"amount": discounted when not 0, deductions written as negatives included', () => {
    expect(promotedRows(3, { discounts: [0, -30, 5], discountConvention: "amount" })).toEqual([
      false,
      true,
      true,
    ]);
  });

  it("a coupon of either sign, or a discount, makes the row promoted", () => {
    expect(promotedRows(3, { couponAmounts: [-50, 0, 0], discounts: [1, 1, 0.9] })).toEqual([
      true,
      false,
      true,
    ]);
  });

  it("rejects a ratio outside 0..1, such as 80 meant as 8折", () => {
    expect(() => promotedRows(1, { discounts: [80] })).toThrow(
      expect.objectContaining({ code: "DISCOUNT_OUT_OF_RANGE" }),
    );
    expect(() => promotedRows(1, { discounts: [Number.NaN] })).toThrow(
      expect.objectContaining({ code: "NUMBER_INVALID" }),
    );
  });
});

describe("sensitivityTag / sensitivityFromCounts", () => {
  it.each([
    [0.1, 0.25, 0.5, "low"],
    [0.25, 0.25, 0.5, "low"],
    [0.3, 0.25, 0.5, "mid"],
    [0.5, 0.25, 0.5, "high"],
    [0.9, 0.25, 0.5, "high"],
  ] as const)("share %d with Q1 %d, Q3 %d → %s", (share, q1, q3, tag) => {
    expect(sensitivityTag(share, q1, q3)).toBe(tag);
  });

  it("when most members never use a coupon (Q1 = Q3 = 0): never → low, any use → high", () => {
    // Shares 0, 0, 0, 0, 0.5 → Q1 = Q3 = 0.
    const tagging = sensitivityFromCounts([0, 0, 0, 0, 1], [2, 2, 2, 2, 2]);
    expect([tagging.q1Share, tagging.q3Share]).toEqual([0, 0]);
    expect(tagging.tags).toEqual(["low", "low", "low", "low", "high"]);
  });

  it("when most members always use one (Q1 = Q3 = 1): always → high, otherwise low", () => {
    // Shares 1, 1, 1, 1, 0 → sorted 0, 1, 1, 1, 1 → Q1 (position 1) = Q3 = 1.
    expect(sensitivityFromCounts([2, 2, 2, 2, 0], [2, 2, 2, 2, 2]).tags).toEqual([
      "high",
      "high",
      "high",
      "high",
      "low",
    ]);
  });

  it("rejects impossible counts", () => {
    expect(() => sensitivityFromCounts([3], [2])).toThrow(
      expect.objectContaining({ code: "ORDER_COUNT_INVALID" }),
    );
    expect(() => sensitivityFromCounts([0], [0])).toThrow(
      expect.objectContaining({ code: "ORDER_COUNT_INVALID" }),
    );
    expect(() => sensitivityFromCounts([0, 1], [2])).toThrow(
      expect.objectContaining({ code: "COLUMN_LENGTH_MISMATCH" }),
    );
    expect(() => sensitivityFromCounts([], [])).toThrow(expect.objectContaining({ code: "NO_MEMBERS" }));
  });
});
