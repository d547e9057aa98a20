import { fitBgnbd } from "../../../src/clv/bgnbd-fit";
import { bgnbdLogLikelihood, groupBtydCustomers } from "../../../src/clv/bgnbd-likelihood";
import {
  bgnbdConditionalExpectedPurchases,
  bgnbdExpectedPurchases,
  bgnbdProbabilityAlive,
} from "../../../src/clv/bgnbd-predict";
import type { BtydCustomer } from "../../../src/clv/types";
import { btydSummaryFromTransactions } from "../../../src/clv/btyd-summary";
import { CDNOW_CALIBRATION_END, cdnowCustomers, cdnowTransactions } from "./cdnow-fixture";

// Published values: Fader, Hardie & Lee (2005) on the CDNOW sample, weeks (shared/data/README.md).
const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const customer = (frequency: number, recency: number, age: number): BtydCustomer => ({
  customerId: "c",
  frequency,
  recency,
  age,
  meanRepeatSpend: 0,
});

describe("fitBgnbd on the CDNOW summary", () => {
  const customers = cdnowCustomers();
  const fit = fitBgnbd(customers, { timeUnit: "weeks" });

  it("reproduces r, α, a, b to the 3 published decimals", () => {
    expect(fit.params.r.toFixed(3)).toBe("0.243");
    expect(fit.params.alpha.toFixed(3)).toBe("4.414");
    expect(fit.params.a.toFixed(3)).toBe("0.793");
    expect(fit.params.b.toFixed(3)).toBe("2.426");
  });

  it("reproduces the log-likelihood −9582.4 (±0.1) and reports convergence honestly", () => {
    expect(Math.abs(fit.logLikelihood - -9582.4)).toBeLessThanOrEqual(0.1);
    expect(fit.converged).toBe(true);
    expect(fit.warnings).toEqual([]);
    expect(fit.gradientNorm).toBeLessThan(1e-2);
    expect(fit.iterations).toBeGreaterThan(0);
    expect(fit.timeUnit).toBe("weeks");
    expect(fit.customerCount).toBe(2357);
  });

  it("evaluates the log-likelihood at the published estimates to −9582.4 (±0.1)", () => {
    expect(
      Math.abs(bgnbdLogLikelihood(PUBLISHED, groupBtydCustomers(customers)) - -9582.4),
    ).toBeLessThanOrEqual(0.1);
  });

  it("reproduces E[X(t)] for a new customer at t = 1, 3, 32, 78 weeks", () => {
    // Published 0.0532, 0.1506, 1.0437 (4 decimals, ±0.0001) and 1.8576: Hardie's spreadsheet, whose Solver
    // estimates differ in the 4th digit; lifetimes' own test accepts it to 3 decimals, as here (±0.001).
    expect(Math.abs(bgnbdExpectedPurchases(fit.params, 1) - 0.0532)).toBeLessThanOrEqual(1e-4);
    expect(Math.abs(bgnbdExpectedPurchases(fit.params, 3) - 0.1506)).toBeLessThanOrEqual(1e-4);
    expect(Math.abs(bgnbdExpectedPurchases(fit.params, 32) - 1.0437)).toBeLessThanOrEqual(1e-4);
    expect(Math.abs(bgnbdExpectedPurchases(fit.params, 78) - 1.8576)).toBeLessThanOrEqual(1e-3);
  });

  it("reproduces the conditional expectation 1.226 for x = 2, t_x = 30.43, T = 38.86 over 39 weeks", () => {
    expect(bgnbdConditionalExpectedPurchases(fit.params, customer(2, 30.43, 38.86), 39).toFixed(3)).toBe(
      "1.226",
    );
  });
});

describe("BG/NBD and the time unit", () => {
  it("in days, ln L(r, 7α, a, b) = ln L_weeks(r, α, a, b) − Σx ln 7, so the MLE is the same with α × 7", () => {
    // Hand derivation: with T' = 7T, t_x' = 7t_x, α' = 7α every term (α')^r (α'+T')^−(r+x) gains 7^−x.
    const summaryIn = (timeUnit: "days" | "weeks") =>
      groupBtydCustomers(
        btydSummaryFromTransactions(cdnowTransactions(), {
          calibrationEndSerial: CDNOW_CALIBRATION_END,
          timeUnit,
        }).customers,
      );
    const [days, weeks] = [summaryIn("days"), summaryIn("weeks")];
    for (const params of [PUBLISHED, { r: 1.3, alpha: 0.7, a: 2.2, b: 0.9 }]) {
      const inDays = bgnbdLogLikelihood({ ...params, alpha: params.alpha * 7 }, days);
      expect(inDays - bgnbdLogLikelihood(params, weeks)).toBeCloseTo(-2457 * Math.log(7), 6);
    }
  });
});

describe("BG/NBD formulas by hand", () => {
  it("P(alive) = 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)), and 1 for x = 0", () => {
    const params = { r: 1, alpha: 2, a: 1.5, b: 3 };
    // x = 2, t_x = 6, T = 8: a/(b+1) = 0.375, ((2+8)/(2+6))^3 = 1.953125 → 1/(1 + 0.732421875)
    expect(bgnbdProbabilityAlive(params, customer(2, 6, 8))).toBeCloseTo(1 / 1.732421875, 14);
    expect(bgnbdProbabilityAlive(params, customer(0, 0, 8))).toBe(1);
  });

  it("E[X(t)] at a = 1 is the limit of its neighbours (0/0 handled) and E[X(0)] = 0", () => {
    const params = { r: 0.5, alpha: 3, a: 1, b: 2 };
    const below = bgnbdExpectedPurchases({ ...params, a: 1 - 1e-3 }, 10);
    const above = bgnbdExpectedPurchases({ ...params, a: 1 + 1e-3 }, 10);
    expect(bgnbdExpectedPurchases(params, 10)).toBeCloseTo((below + above) / 2, 6);
    expect(bgnbdExpectedPurchases(params, 0)).toBe(0);
  });

  it("for x = 0, E[Y(t) | 0, 0, T] is E[X(t)] with α replaced by α + T (eq. 10 reduces to eq. 7)", () => {
    // For x = 0 the denominator is 1, and the formula must equal the new-customer form with α replaced by α + T.
    const params = { r: 0.7, alpha: 5, a: 0.8, b: 2.5 };
    const shifted = { ...params, alpha: params.alpha + 12 };
    expect(bgnbdConditionalExpectedPurchases(params, customer(0, 0, 12), 20)).toBeCloseTo(
      bgnbdExpectedPurchases(shifted, 20),
      12,
    );
  });

  it.each([
    [{ r: 0, alpha: 1, a: 1, b: 1 }, 1, "BGNBD_PARAMS_INVALID"],
    [{ r: 1, alpha: 1, a: 0.3, b: 0.5 }, 1, "BGNBD_PARAMS_INVALID"],
    [{ r: 1, alpha: 1, a: 2, b: 2 }, -1, "BGNBD_HORIZON_INVALID"],
  ])("rejects %p, t = %p", (params, t, code) => {
    expect(() => bgnbdExpectedPurchases(params, t)).toThrow(expect.objectContaining({ code }));
  });
});

describe("fitBgnbd on degenerate data", () => {
  const onceOnly = Array.from({ length: 50 }, (_, index) => customer(0, 0, 10 + index));

  it("refuses data where everyone bought once (Σx = 0)", () => {
    expect(() => fitBgnbd(onceOnly, { timeUnit: "weeks" })).toThrow(
      expect.objectContaining({ code: "BGNBD_NO_REPEAT_PURCHASES" }),
    );
  });

  it("refuses a single customer, and fewer than minCustomers", () => {
    expect(() => fitBgnbd([customer(3, 5, 9)], { timeUnit: "weeks" })).toThrow(
      expect.objectContaining({ code: "TOO_FEW_CUSTOMERS" }),
    );
    expect(() => fitBgnbd(onceOnly.slice(0, 9), { timeUnit: "weeks" })).toThrow(
      expect.objectContaining({ code: "TOO_FEW_CUSTOMERS" }),
    );
  });

  it("names the bad row: recency above age, fractional frequency, recency without repeat purchases", () => {
    for (const bad of [customer(2, 11, 10), customer(1.5, 3, 10), customer(0, 3, 10)]) {
      expect(() => fitBgnbd([...onceOnly, bad], { timeUnit: "weeks" })).toThrow(
        expect.objectContaining({
          code: "BTYD_CUSTOMER_INVALID",
          message: expect.stringContaining("row 51"),
        }),
      );
    }
  });

  it("returns converged: false with a NOT_CONVERGED warning when the optimiser is stopped early", () => {
    const fit = fitBgnbd(cdnowCustomers(), {
      timeUnit: "weeks",
      optimiser: { maxIterationsPerStart: 15, maxStarts: 1 },
    });
    expect(fit.converged).toBe(false);
    expect(fit.warnings.map((warning) => warning.code)).toContain("NOT_CONVERGED");
  });
});
