import { priceSensitivity } from "../../../src/member/price-sensitivity";

/*
 * Category medians by hand: tea 100, 200, 300 → 200; cups 50, 70 → 60.
 *   X: tea 100 (0.5), cups 50 (50/60)      → (0.5 + 0.8333…) / 2 = 2/3
 *   Y: tea 200 (1)                          → 1
 *   Z: tea 300 (1.5), cups 70 (70/60)       → (1.5 + 1.1666…) / 2 = 4/3
 * Left out: a row with unit price 0 (empty on desktop) and a row without a category.
 */
const rows: [string, string | null, number | null][] = [
  ["X", "tea", 100],
  ["X", "cups", 50],
  ["Y", "tea", 200],
  ["Z", "tea", 300],
  ["Z", "cups", 70],
  ["Y", "cups", 0],
  ["Y", null, 999],
];

describe("priceSensitivity", () => {
  const result = priceSensitivity({
    memberIds: rows.map((row) => row[0]),
    categories: rows.map((row) => row[1]),
    unitPrices: rows.map((row) => row[2]),
  });

  it("compares each line's unit price with its category median and averages per member", () => {
    expect(result.members.map((m) => m.memberId)).toEqual(["X", "Y", "Z"]);
    expect(result.members[0]?.priceIndex).toBeCloseTo(2 / 3, 12);
    expect(result.members[1]?.priceIndex).toBeCloseTo(1, 12);
    expect(result.members[2]?.priceIndex).toBeCloseTo(4 / 3, 12);
    expect(result.categories).toEqual([
      { category: "cups", rows: 2, medianUnitPrice: 60 },
      { category: "tea", rows: 3, medianUnitPrice: 200 },
    ]);
    expect(result.skippedRows).toBe(2);
  });

  it("rejects negative prices and input without any price", () => {
    expect(() => priceSensitivity({ memberIds: ["a"], categories: ["tea"], unitPrices: [-1] })).toThrow(
      expect.objectContaining({ code: "PRICE_INVALID" }),
    );
    expect(() => priceSensitivity({ memberIds: ["a"], categories: ["tea"], unitPrices: [null] })).toThrow(
      expect.objectContaining({ code: "NO_PRICES" }),
    );
    expect(() => priceSensitivity({ memberIds: [null], categories: ["tea"], unitPrices: [5] })).toThrow(
      expect.objectContaining({ code: "NO_MEMBERS" }),
    );
  });
});
