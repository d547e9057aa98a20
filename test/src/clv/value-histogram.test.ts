import { valueHistogram } from "../../../src/clv/value-histogram";

describe("valueHistogram", () => {
  it("splits min..max into equal bins, the last closed", () => {
    expect(valueHistogram([0, 1, 2, 3, 4], 2)).toEqual([
      { lowerBound: 0, upperBound: 2, count: 2 },
      { lowerBound: 2, upperBound: 4, count: 3 },
    ]);
  });

  it("puts equal values in one bin and counts every value once", () => {
    expect(valueHistogram([7, 7, 7], 5)).toEqual([{ lowerBound: 7, upperBound: 7, count: 3 }]);
    const values = Array.from({ length: 101 }, (_, index) => (index * 37) % 101);
    expect(valueHistogram(values, 7).reduce((sum, bin) => sum + bin.count, 0)).toBe(101);
  });

  it.each([
    [[], 3, "HISTOGRAM_EMPTY"],
    [[1, 2], 0, "HISTOGRAM_BINS_INVALID"],
    [[1, Number.NaN], 2, "HISTOGRAM_VALUE_INVALID"],
  ])("rejects %p with %p bins", (values, bins, code) => {
    expect(() => valueHistogram(values, bins)).toThrow(expect.objectContaining({ code }));
  });
});
