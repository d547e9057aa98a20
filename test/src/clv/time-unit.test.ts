import {
  convertDuration,
  daysPerTimeUnit,
  discountRateForPeriod,
  type TimeUnit,
} from "../../../src/clv/time-unit";

describe("time units", () => {
  it("uses 7-day weeks, 365.25/12-day months and 365.25-day years", () => {
    expect(daysPerTimeUnit("weeks")).toBe(7);
    expect(daysPerTimeUnit("months")).toBe(30.4375);
    expect(convertDuration(1, "months", "weeks")).toBeCloseTo(30.4375 / 7, 14);
    expect(convertDuration(12, "months", "years")).toBeCloseTo(1, 14);
    expect(() => daysPerTimeUnit("fortnights" as TimeUnit)).toThrow(
      expect.objectContaining({ code: "TIME_UNIT_UNKNOWN" }),
    );
    expect(() => convertDuration(Number.NaN, "days", "weeks")).toThrow(
      expect.objectContaining({ code: "DURATION_NOT_FINITE" }),
    );
  });

  it("converts discount rates by compounding (1.01^12 − 1 = 12.6825 % a year)", () => {
    expect(discountRateForPeriod(0.01, "months", "years")).toBeCloseTo(Math.pow(1.01, 12) - 1, 14);
    expect(discountRateForPeriod(Math.pow(1.01, 12) - 1, "years", "months")).toBeCloseTo(0.01, 14);
    // weekly from 10 % a year: 1.1^(7/365.25) − 1
    expect(discountRateForPeriod(0.1, "years", "weeks")).toBeCloseTo(Math.pow(1.1, 7 / 365.25) - 1, 15);
    expect(() => discountRateForPeriod(-1, "years", "weeks")).toThrow(
      expect.objectContaining({ code: "DISCOUNT_RATE_INVALID" }),
    );
  });
});
