import { logGamma } from "../../../src/clv/log-gamma";

describe("logGamma against known values", () => {
  it.each([
    [0.5, Math.log(Math.sqrt(Math.PI))], // Γ(1/2) = √π
    [1, 0],
    [2, 0],
    [1.5, Math.log(Math.sqrt(Math.PI) / 2)], // Γ(3/2) = √π / 2
    [5, Math.log(24)], // Γ(5) = 4!
    [10, Math.log(362880)], // Γ(10) = 9!
  ])("lgamma(%p)", (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 13);
  });

  it("is accurate for small and large arguments (scipy.special.gammaln values)", () => {
    // python3 -c "from scipy.special import gammaln; print(repr(gammaln(1e-8)), repr(gammaln(0.243)), repr(gammaln(100)))"
    // → 18.42068073818021  1.3180435846996699  359.1342053695754
    expect(logGamma(1e-8)).toBeCloseTo(18.42068073818021, 12);
    expect(logGamma(0.243)).toBeCloseTo(1.3180435846996699, 13);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 10);
  });

  it("satisfies the recurrence ln Γ(x + 1) = ln Γ(x) + ln x", () => {
    for (const x of [0.01, 0.3, 0.9, 2.7, 33.3]) {
      expect(logGamma(x + 1)).toBeCloseTo(logGamma(x) + Math.log(x), 12);
    }
  });

  it.each([0, -1, Number.NaN, Infinity])("rejects %p with LOG_GAMMA_DOMAIN", (x) => {
    expect(() => logGamma(x)).toThrow(expect.objectContaining({ code: "LOG_GAMMA_DOMAIN" }));
  });
});
