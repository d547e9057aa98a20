import fc from "fast-check";
import { quantile } from "simple-statistics";
import { quantilesType7 } from "../../../src/rfm/quantile";
import { coreErrorCode } from "./test-helpers";

describe("quantilesType7 (R type 7 = Excel PERCENTILE.INC)", () => {
  it("reproduces the published quartiles (shared/data/README.md, 'Quantiles')", () => {
    expect(quantilesType7([3, 6, 7, 8, 8, 10, 13, 15, 16, 20], [0.25, 0.5, 0.75])).toEqual([7.25, 9, 14.5]);
  });

  it("returns the minimum and maximum at 0 and 1, and the only value of a single value", () => {
    expect(quantilesType7([5, 1, 9], [0, 1])).toEqual([1, 9]);
    expect(quantilesType7([4], [0.2, 0.8])).toEqual([4, 4]);
  });

  it("agrees with simple-statistics' quantile on random data", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 50 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (values, probabilities) => {
          const ours = quantilesType7(values, probabilities);
          probabilities.forEach((probability, index) =>
            expect(ours[index]).toBeCloseTo(quantile(values, probability), 9),
          );
        },
      ),
    );
  });

  it.each<[string, string, () => unknown]>([
    ["no values", "QUANTILE_NO_VALUES", () => quantilesType7([], [0.5])],
    ["a NaN value", "VALUE_NOT_FINITE", () => quantilesType7([1, Number.NaN], [0.5])],
    ["a probability above 1", "PROBABILITY_OUT_OF_RANGE", () => quantilesType7([1, 2], [1.5])],
  ])("%s → %s", (_name, code, action) => {
    expect(coreErrorCode(action)).toBe(code);
  });
});
