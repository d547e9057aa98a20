import fc from "fast-check";
import { hypergeometric2F1, logHypergeometric2F1 } from "../../../src/clv/hypergeometric";

describe("hypergeometric2F1 against closed forms", () => {
  it.each([0.1, 0.5, 0.9, 0.99, 0.999])("2F1(1, 1; 2; z) = −ln(1 − z)/z at z = %p", (z) => {
    expect(hypergeometric2F1(1, 1, 2, z)).toBeCloseTo(-Math.log1p(-z) / z, 10);
  });

  it("2F1(a, b; b; z) = (1 − z)^−a", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        (a, b, z) => {
          const expected = Math.pow(1 - z, -a);
          expect(Math.abs(hypergeometric2F1(a, b, b, z) - expected)).toBeLessThanOrEqual(1e-11 * expected);
        },
      ),
    );
  });

  it("2F1(1/2, 1/2; 3/2; z²) = arcsin(z)/z and 2F1(1/2, 1; 3/2; z²) = artanh(z)/z", () => {
    for (const z of [0.2, 0.7, 0.95]) {
      expect(hypergeometric2F1(0.5, 0.5, 1.5, z * z)).toBeCloseTo(Math.asin(z) / z, 11);
      expect(hypergeometric2F1(0.5, 1, 1.5, z * z)).toBeCloseTo(Math.atanh(z) / z, 11);
    }
  });

  it("is 1 at z = 0 and matches scipy for a BG/NBD argument", () => {
    expect(hypergeometric2F1(0.3, 2, 4, 0)).toBe(1);
    // BG/NBD E[X(78)] with the published estimates: 2F1(r, b; a + b − 1; t/(α + t)).
    // python3 -c "from scipy.special import hyp2f1; print(repr(hyp2f1(0.243, 2.426, 2.219, 78/(4.414+78))))"
    // → 2.390005596268859
    expect(hypergeometric2F1(0.243, 2.426, 2.219, 78 / (4.414 + 78))).toBeCloseTo(2.390005596268859, 12);
  });

  it("gives the logarithm where the value overflows: ln 2F1(a, b; b; z) = −a ln(1 − z)", () => {
    expect(logHypergeometric2F1(2000, 3, 3, 0.5)).toBeCloseTo(2000 * Math.LN2, 8);
    expect(() => hypergeometric2F1(2000, 3, 3, 0.5)).toThrow(
      expect.objectContaining({ code: "HYPERGEOMETRIC_OVERFLOW" }),
    );
  });

  it.each([
    [1, 1, 2, 1],
    [1, 1, 2, -0.1],
    [0, 1, 2, 0.5],
    [1, 1, -2, 0.5],
    [1, Number.NaN, 2, 0.5],
  ])("rejects 2F1(%p, %p; %p; %p) with HYPERGEOMETRIC_DOMAIN", (a, b, c, z) => {
    expect(() => hypergeometric2F1(a, b, c, z)).toThrow(
      expect.objectContaining({ code: "HYPERGEOMETRIC_DOMAIN" }),
    );
  });
});

describe("hypergeometric2F1 with huge b and c (a BG/NBD fit with b ≈ 10⁶)", () => {
  // Expected values: scipy.special.hyp2f1 (SciPy 1.10.1), e.g. hyp2f1(5.5, 979587.0, 979587.8, 0.3).
  it.each([
    [5.5, 979_587, 979_587.8, 0.3, 7.111479196261844],
    [5.5, 2_000_000, 2_000_004.8, 0.6, 154.4050316458083],
  ])("₂F₁(%d, %d; %d; %d) = %d", (a, b, c, z, expected) => {
    // The old stopping rule waited for n ≥ max(a, b, c): a million terms for the first, and
    // HYPERGEOMETRIC_NOT_CONVERGED for the second.
    expect(hypergeometric2F1(a, b, c, z) / expected).toBeCloseTo(1, 12);
  });
});
