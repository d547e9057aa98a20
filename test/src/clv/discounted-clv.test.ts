import { fitBgnbd } from "../../../src/clv/bgnbd-fit";
import { bgnbdConditionalExpectedPurchases } from "../../../src/clv/bgnbd-predict";
import { clvTable } from "../../../src/clv/clv-table";
import { discountedClv, discountedClvForPeriodLength } from "../../../src/clv/discounted-clv";
import { fitGammaGamma } from "../../../src/clv/gamma-gamma-fit";
import { gammaGammaExpectedSpend } from "../../../src/clv/gamma-gamma-spend";
import { cdnowCustomers } from "./cdnow-fixture";

const customers = cdnowCustomers();
const bgnbd = fitBgnbd(customers, { timeUnit: "weeks" });
const gammaGamma = fitGammaGamma(customers);
const id1 = customers[0]!;
const spend1 = gammaGammaExpectedSpend(gammaGamma.params, id1);
const twelveMonthsAtOnePercent = {
  horizonPeriods: 12,
  periodUnit: "months",
  discountRatePerPeriod: 0.01,
} as const;

/**
 * shared/data/README.md, the CLV pitfall: a popular library's documented example (BG/NBD and Gamma-Gamma fitted
 * on this CDNOW summary, CLV over time = 12 months at a monthly discount rate of 0.01, spend = the Gamma-Gamma
 * conditional expected spend) left its data-frequency argument at "days" while the summary is in weeks, so each
 * "month" stepped 30 weeks ahead (12 months = 360 weeks): 140.10 for ID 1, where correctly converted units give
 * about 36.3.
 */
describe("discounted CLV and the time-unit pitfall (CDNOW ID 1)", () => {
  it("gives about 36.3 with the units converted (a month = 30.4375/7 weeks)", () => {
    const value = discountedClv(bgnbd.params, "weeks", id1, spend1, twelveMonthsAtOnePercent);
    expect(Math.abs(value.clv - 36.3)).toBeLessThanOrEqual(0.05);
    // The library's own week conversion (4.345 weeks a month) lands there too.
    const libraryWeeks = discountedClvForPeriodLength(
      bgnbd.params,
      id1,
      spend1,
      4.345,
      twelveMonthsAtOnePercent,
    );
    expect(Math.abs(libraryWeeks.clv - 36.3)).toBeLessThanOrEqual(0.05);
  });

  it("reproduces the library's 140.10 when a month is taken as 30 model units (weeks treated as days)", () => {
    const pitfall = discountedClvForPeriodLength(bgnbd.params, id1, spend1, 30, twelveMonthsAtOnePercent);
    expect(pitfall.clv.toFixed(2)).toBe("140.10");
  });

  it("is the discounted sum of per-period increments (hand form, 3 periods of 4 weeks at 2 %, margin 0.4)", () => {
    const e = (weeks: number) => bgnbdConditionalExpectedPurchases(bgnbd.params, id1, weeks);
    const expected = 0.4 * spend1 * (e(4) / 1.02 + (e(8) - e(4)) / 1.02 ** 2 + (e(12) - e(8)) / 1.02 ** 3);
    const value = discountedClvForPeriodLength(bgnbd.params, id1, spend1, 4, {
      horizonPeriods: 3,
      periodUnit: "weeks",
      discountRatePerPeriod: 0.02,
      marginRatio: 0.4,
    });
    expect(value.clv).toBeCloseTo(expected, 12);
    expect(value.expectedPurchases).toBeCloseTo(e(12), 14);
  });

  it("does not depend on how the horizon is cut when there is no discounting", () => {
    const byMonths = discountedClv(bgnbd.params, "weeks", id1, spend1, {
      horizonPeriods: 12,
      periodUnit: "months",
      discountRatePerPeriod: 0,
    });
    const byYear = discountedClv(bgnbd.params, "weeks", id1, spend1, {
      horizonPeriods: 1,
      periodUnit: "years",
      discountRatePerPeriod: 0,
    });
    expect(byMonths.clv).toBeCloseTo(byYear.clv, 10);
  });

  it.each([
    [{ ...twelveMonthsAtOnePercent, horizonPeriods: 0 }, 10, "CLV_HORIZON_INVALID"],
    [{ ...twelveMonthsAtOnePercent, horizonPeriods: 2.5 }, 10, "CLV_HORIZON_INVALID"],
    [{ ...twelveMonthsAtOnePercent, discountRatePerPeriod: -1 }, 10, "DISCOUNT_RATE_INVALID"],
    [{ ...twelveMonthsAtOnePercent, marginRatio: -0.1 }, 10, "CLV_MARGIN_INVALID"],
    [twelveMonthsAtOnePercent, Number.NaN, "CLV_SPEND_INVALID"],
  ])("rejects %p with spend %p", (options, spend, code) => {
    expect(() => discountedClv(bgnbd.params, "weeks", id1, spend, options)).toThrow(
      expect.objectContaining({ code }),
    );
  });
});

describe("clvTable", () => {
  const table = clvTable({ customers, bgnbd, gammaGamma }, twelveMonthsAtOnePercent);

  it("states its units and rates", () => {
    expect(table).toMatchObject({
      modelTimeUnit: "weeks",
      periodUnit: "months",
      horizonPeriods: 12,
      discountRatePerPeriod: 0.01,
      marginRatio: 1,
    });
    expect(table.periodLengthInModelUnits).toBeCloseTo(30.4375 / 7, 14);
  });

  it("holds one row per customer matching the single-customer functions", () => {
    expect(table.rows).toHaveLength(2357);
    const row1 = table.rows[0]!;
    expect(row1.customerId).toBe(1);
    expect(row1.clv).toBe(discountedClv(bgnbd.params, "weeks", id1, spend1, twelveMonthsAtOnePercent).clv);
    expect(row1.expectedSpend).toBe(spend1);
    // One-time buyers of the same age share every value; P(alive) is 1 for them.
    const [id3, id4] = [table.rows[2]!, table.rows[3]!];
    expect(id3.probabilityAlive).toBe(1);
    expect({ ...id3, customerId: 0 }).toEqual({ ...id4, customerId: 0 });
    expect(table.meanClv).toBeCloseTo(table.totalClv / 2357, 10);
  });

  it("refuses an empty customer list", () => {
    expect(() => clvTable({ customers: [], bgnbd, gammaGamma }, twelveMonthsAtOnePercent)).toThrow(
      expect.objectContaining({ code: "CLV_NO_CUSTOMERS" }),
    );
  });
});
