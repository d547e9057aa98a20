import { purchaseCycleByCategory } from "../../../src/member/cycle-by-category";
import { serialOf } from "./serial-of";

/*
 * By hand:
 *   tea:  a 03-01, 03-08, 03-15 → 7;  b 03-02, 03-12 → 10;  c 03-05 → none      → members 3, cycles [7, 10]
 *         mean 8.5, Q1 = 7 + 0.25 × 3 = 7.75, median 8.5, Q3 = 7 + 0.75 × 3 = 9.25; fence 9.25 + 1.5 × 1.5 = 11.5 → 12
 *   cups: a 03-08 only; b 03-12 only → members 2, no cycle (a's tea days do not count for cups)
 *   a row without a category is left out.
 */
const rows: [string, string, string | null][] = [
  ["a", "2021-03-01", "tea"],
  ["a", "2021-03-08", "tea"],
  ["a", "2021-03-08", "cups"],
  ["a", "2021-03-15", "tea"],
  ["b", "2021-03-02", "tea"],
  ["b", "2021-03-12", "tea"],
  ["b", "2021-03-12", "cups"],
  ["c", "2021-03-05", "tea"],
  ["c", "2021-03-20", null],
];

describe("purchaseCycleByCategory", () => {
  const result = purchaseCycleByCategory({
    memberIds: rows.map((row) => row[0]),
    orderDates: rows.map((row) => serialOf(row[1])),
    categories: rows.map((row) => row[2]),
  });

  it("computes each category's cycle from that category's purchase days only", () => {
    expect(result.map((c) => [c.category, c.members, c.membersWithCycle])).toEqual([
      ["tea", 3, 2],
      ["cups", 2, 0],
    ]);
    const tea = result[0]?.stats;
    expect(tea?.mean).toBeCloseTo(8.5, 12);
    expect(tea?.q1).toBeCloseTo(7.75, 12);
    expect(tea?.q3).toBeCloseTo(9.25, 12);
    expect(result[0]?.lapsedAfterDays).toBe(12);
  });

  it("leaves statistics empty (null) for a category nobody bought twice", () => {
    expect(result[1]?.stats).toBeNull();
    expect(result[1]?.lapsedAfterDays).toBeNull();
  });

  it("needs a category somewhere", () => {
    expect(() =>
      purchaseCycleByCategory({ memberIds: ["a"], orderDates: [44197], categories: [null] }),
    ).toThrow(expect.objectContaining({ code: "NO_CATEGORIES" }));
    expect(() => purchaseCycleByCategory({ memberIds: ["a"], orderDates: [44197], categories: [] })).toThrow(
      expect.objectContaining({ code: "COLUMN_LENGTH_MISMATCH" }),
    );
  });
});
