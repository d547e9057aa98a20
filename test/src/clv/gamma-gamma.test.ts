import { fitGammaGamma } from "../../../src/clv/gamma-gamma-fit";
import { gammaGammaLogLikelihood, prepareRepeatSpendData } from "../../../src/clv/gamma-gamma-likelihood";
import { gammaGammaExpectedSpend, gammaGammaMeanSpend } from "../../../src/clv/gamma-gamma-spend";
import type { BtydCustomer } from "../../../src/clv/types";
import { cdnowCustomers } from "./cdnow-fixture";

const repeater = (frequency: number, meanRepeatSpend: number, id: number | string = "c"): BtydCustomer => ({
  customerId: id,
  frequency,
  recency: frequency > 0 ? 1 : 0,
  age: 10,
  meanRepeatSpend,
});

// Published: Fader & Hardie note 025 on CDNOW (946 repeat customers), shared/data/README.md.
describe("fitGammaGamma on the CDNOW summary", () => {
  const customers = cdnowCustomers();
  const fit = fitGammaGamma(customers);

  it("fits on the 946 customers with x > 0 and reproduces p = 6.25, q = 3.74, γ = 15.44 (±0.01)", () => {
    // ±0.01 = one unit of the last published decimal: the note's Excel Solver stopped at γ = 15.44 where the
    // maximum is at 15.448 (the likelihood is flat along that ridge; lifetimes reports 15.45).
    expect(fit.repeatCustomerCount).toBe(946);
    expect(Math.abs(fit.params.p - 6.25)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(fit.params.q - 3.74)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(fit.params.gamma - 15.44)).toBeLessThanOrEqual(0.01);
  });

  it("reproduces the log-likelihood −4055.9 (±0.1), also at the published estimates, and converges", () => {
    expect(Math.abs(fit.logLikelihood - -4055.9)).toBeLessThanOrEqual(0.1);
    const repeaters = customers.filter((customer) => customer.frequency > 0);
    const data = prepareRepeatSpendData(repeaters);
    expect(
      Math.abs(gammaGammaLogLikelihood({ p: 6.25, q: 3.74, gamma: 15.44 }, data) - -4055.9),
    ).toBeLessThanOrEqual(0.1);
    expect(fit.converged).toBe(true);
    expect(fit.warnings).toEqual([]);
  });

  it("reproduces the expected spends of IDs 1–10 (±0.1), ID 3 (x = 0) getting the population mean", () => {
    const published = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    const mine = customers.slice(0, 10).map((customer) => gammaGammaExpectedSpend(fit.params, customer));
    mine.forEach((value, index) =>
      expect(Math.abs(value - (published[index] as number))).toBeLessThanOrEqual(0.1),
    );
    expect(mine[2]).toBe(gammaGammaMeanSpend(fit.params));
  });

  it("reports corr(x, zbar) = 0.1139 as the independence check", () => {
    expect(fit.frequencySpendCorrelation?.toFixed(4)).toBe("0.1139");
  });
});

describe("Gamma-Gamma formulas by hand", () => {
  it("E[M | x, zbar] = p(γ + x zbar)/(px + q − 1); population mean pγ/(q − 1)", () => {
    // p = 6.25, q = 3.74, γ = 15.44, x = 2, zbar = 22.35: 6.25 · 60.14 / 15.24 = 24.66371…
    expect(gammaGammaExpectedSpend({ p: 6.25, q: 3.74, gamma: 15.44 }, repeater(2, 22.35))).toBeCloseTo(
      (6.25 * 60.14) / 15.24,
      12,
    );
    expect(gammaGammaMeanSpend({ p: 6.25, q: 3.74, gamma: 15.44 })).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
  });

  it.each([
    [{ p: 1, q: 1, gamma: 1 }, "GAMMAGAMMA_PARAMS_INVALID"],
    [{ p: -1, q: 2, gamma: 1 }, "GAMMAGAMMA_PARAMS_INVALID"],
  ])("rejects parameters %p", (params, code) => {
    expect(() => gammaGammaMeanSpend(params)).toThrow(expect.objectContaining({ code }));
    expect(() => gammaGammaExpectedSpend(params, repeater(1, 5))).toThrow(expect.objectContaining({ code }));
  });

  it("rejects a repeat customer without a positive spend", () => {
    expect(() => gammaGammaExpectedSpend({ p: 2, q: 3, gamma: 4 }, repeater(2, 0))).toThrow(
      expect.objectContaining({ code: "BTYD_CUSTOMER_INVALID" }),
    );
  });
});

describe("fitGammaGamma on degenerate data", () => {
  const varied = Array.from({ length: 30 }, (_, index) => repeater(1 + (index % 4), 10 + index, index));

  it("refuses identical mean spends (the fit would run off to infinite precision)", () => {
    const same = varied.map((customer) => ({ ...customer, meanRepeatSpend: 25 }));
    expect(() => fitGammaGamma(same)).toThrow(
      expect.objectContaining({ code: "GAMMAGAMMA_NO_SPEND_VARIATION" }),
    );
  });

  it("checks the spread of a full sheet's repeat customers without running out of stack", () => {
    // 300,000 spread into Math.min's arguments overflowed the call stack on 1M order lines.
    const many = Array.from({ length: 300_000 }, (_, index) => ({
      ...repeater(2, 10, index),
      meanRepeatSpend: 25,
    }));
    expect(() => fitGammaGamma(many)).toThrow(
      expect.objectContaining({ code: "GAMMAGAMMA_NO_SPEND_VARIATION" }),
    );
  });

  it("refuses fewer than 10 repeat customers, however many one-time buyers there are", () => {
    const data = [
      ...varied.slice(0, 9),
      ...Array.from({ length: 100 }, (_, index) => repeater(0, 0, `n${index}`)),
    ];
    expect(() => fitGammaGamma(data)).toThrow(expect.objectContaining({ code: "TOO_FEW_REPEAT_CUSTOMERS" }));
    expect(() => fitGammaGamma([repeater(2, 10)])).toThrow(
      expect.objectContaining({ code: "TOO_FEW_REPEAT_CUSTOMERS" }),
    );
  });

  it("refuses a repeat customer with zero or negative mean spend", () => {
    expect(() => fitGammaGamma([...varied, repeater(2, -5, "neg")])).toThrow(
      expect.objectContaining({
        code: "GAMMAGAMMA_SPEND_NOT_POSITIVE",
        message: expect.stringContaining("neg"),
      }),
    );
  });

  it("gives a null correlation when every repeat customer has the same x, and warns when q ≤ 1", () => {
    // Spends 5 · 1.3^i spread over a factor of 2,000: the fit puts q below 1 (heavy tail, no finite mean).
    const wide = varied.map((customer, index) => ({
      ...customer,
      frequency: 2,
      meanRepeatSpend: 5 * 1.3 ** index,
    }));
    const fit = fitGammaGamma(wide);
    expect(fit.frequencySpendCorrelation).toBeNull();
    expect(fit.params.q).toBeLessThan(1);
    expect(fit.warnings.map((warning) => warning.code)).toEqual(["GAMMAGAMMA_Q_NOT_ABOVE_ONE"]);
  });

  it("returns converged: false with warnings when the likelihood rises towards a bound", () => {
    // Spends 10..39 at x = 2 vary no more than Gamma(2p) noise allows: the maximum lies at q, γ → ∞ (γ/q fixed).
    const ridge = varied.map((customer, index) => ({
      ...customer,
      frequency: 2,
      meanRepeatSpend: 10 + index,
    }));
    const fit = fitGammaGamma(ridge, { optimiser: { maxIterationsPerStart: 500, maxStarts: 3 } });
    expect(fit.converged).toBe(false);
    expect(fit.warnings.map((warning) => warning.code)).toEqual(
      expect.arrayContaining(["PARAMETER_AT_BOUND"]),
    );
  });
});
