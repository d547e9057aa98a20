import fc from "fast-check";
import { minimizeNelderMead } from "../../../src/clv/nelder-mead";
import { maximizeLogLikelihood } from "../../../src/clv/maximize-log-likelihood";

describe("minimizeNelderMead", () => {
  it("finds the Rosenbrock minimum (1, 1) from (−1.2, 1)", () => {
    const rosenbrock = ([x, y]: readonly number[]) =>
      100 * ((y as number) - (x as number) ** 2) ** 2 + (1 - (x as number)) ** 2;
    const result = minimizeNelderMead(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 5);
    expect(result.point[1]).toBeCloseTo(1, 5);
    expect(result.starts).toBeGreaterThanOrEqual(2);
  });

  it("finds the centre of any shifted quadratic", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (centre) => {
          const result = minimizeNelderMead(
            (point) => point.reduce((sum, value, index) => sum + (value - (centre[index] as number)) ** 2, 0),
            centre.map(() => 0),
          );
          result.point.forEach((value, index) => expect(value).toBeCloseTo(centre[index] as number, 4));
        },
      ),
      { numRuns: 30 },
    );
  });

  it("keeps to the box and stops at its edge", () => {
    const result = minimizeNelderMead(([x]) => (x as number) ** 2, [5], {
      lowerBounds: [2],
      upperBounds: [10],
    });
    expect(result.point[0]).toBeCloseTo(2, 8);
  });

  it("reports converged: false when the iteration cap stops it", () => {
    const result = minimizeNelderMead(([x, y]) => (x as number) ** 2 + (y as number) ** 2, [30, -40], {
      maxIterationsPerStart: 3,
      maxStarts: 1,
    });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(3);
  });

  it.each([
    [[], {}],
    [[Number.NaN], {}],
    [[1], { lowerBounds: [0, 0], upperBounds: [1, 1] }],
    [[1], { lowerBounds: [2], upperBounds: [1] }],
  ])("rejects start %p with OPTIMISER_START_INVALID", (start, options) => {
    expect(() => minimizeNelderMead(() => 0, start, options)).toThrow(
      expect.objectContaining({ code: "OPTIMISER_START_INVALID" }),
    );
  });
});

describe("maximizeLogLikelihood", () => {
  it("finds a Poisson rate MLE, the sample mean (hand calculation: counts 2, 3, 7 → 4)", () => {
    const counts = [2, 3, 7];
    const result = maximizeLogLikelihood(
      ([rate]) => counts.reduce((sum, k) => sum + k * Math.log(rate as number) - (rate as number), 0),
      [1],
      ["rate"],
    );
    expect(result.params[0]).toBeCloseTo(4, 6);
    expect(result.converged).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it("flags a maximum on the parameter bound instead of calling it converged", () => {
    const result = maximizeLogLikelihood(([rate]) => Math.log(rate as number), [1], ["rate"]);
    expect(result.converged).toBe(false);
    expect(result.warnings.map((warning) => warning.code)).toContain("PARAMETER_AT_BOUND");
  });
});
