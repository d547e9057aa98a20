import { quartileSummary } from "../../../src/member/quartiles";

describe("quartileSummary", () => {
  it("reproduces the published R type 7 / Excel QUARTILE.INC example", () => {
    // shared/data/README.md: [3, 6, 7, 8, 8, 10, 13, 15, 16, 20] → Q1 7.25, median 9, Q3 14.5.
    // Mean by hand: 106 / 10 = 10.6.
    const summary = quartileSummary([20, 3, 16, 6, 15, 7, 13, 8, 10, 8]);
    expect(summary.q1).toBeCloseTo(7.25, 12);
    expect(summary.median).toBeCloseTo(9, 12);
    expect(summary.q3).toBeCloseTo(14.5, 12);
    expect(summary.mean).toBeCloseTo(10.6, 12);
    expect([summary.count, summary.min, summary.max]).toEqual([10, 3, 20]);
  });

  it("gives every quartile the value of a one-value sample", () => {
    expect(quartileSummary([4])).toEqual({
      count: 1,
      mean: 4,
      min: 4,
      q1: 4,
      median: 4,
      q3: 4,
      max: 4,
    });
  });

  it("rejects an empty sample and non-finite values", () => {
    expect(() => quartileSummary([])).toThrow(expect.objectContaining({ code: "EMPTY_SAMPLE" }));
    expect(() => quartileSummary([1, Number.NaN])).toThrow(
      expect.objectContaining({ code: "VALUE_NOT_FINITE" }),
    );
  });
});
