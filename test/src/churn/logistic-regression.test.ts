import { fitLogisticL2, logistic } from "../../../src/churn/logistic-regression";

describe("fitLogisticL2 (½‖w‖² + C Σ log-loss, intercept not penalised)", () => {
  it("fits an intercept-only model to the log-odds of the mean, as the unpenalised intercept must", () => {
    // Hand calculation: with no feature the objective is Σ log-loss(b); its minimum has p = mean(y) = 3/4,
    // so b = ln(3) = 1.0986.
    const fit = fitLogisticL2(new Float64Array(0), Uint8Array.of(1, 1, 1, 0), 0);
    expect(fit.intercept).toBeCloseTo(Math.log(3), 12);
    expect(fit.weights).toEqual([]);
    expect(fit.converged).toBe(true);
  });

  it("solves the stationarity condition of a symmetric pair by hand: w = 2C / (1 + e^w), b = 0", () => {
    // x = −1 (y = 0) and x = 1 (y = 1): the gradient is w − 2C / (1 + e^w) (each point contributes
    // −C / (1 + e^w)) and b = 0 by symmetry. For C = 1, the root of w(1 + e^w) = 2 is 0.6747…
    for (const c of [1, 10]) {
      const fit = fitLogisticL2(Float64Array.of(-1, 1), Uint8Array.of(0, 1), 1, { inverseRegularization: c });
      const w = fit.weights[0] as number;
      expect(Math.abs(w - (2 * c) / (1 + Math.exp(w)))).toBeLessThan(1e-12);
      expect(Math.abs(fit.intercept)).toBeLessThan(1e-12);
      expect(fit.gradientNorm).toBeLessThan(1e-12);
    }
  });

  it("stays finite on perfectly separated data (the penalty bounds the weights) and reports its iterations", () => {
    const design = Float64Array.of(-3, -2, -1, 1, 2, 3);
    const fit = fitLogisticL2(design, Uint8Array.of(0, 0, 0, 1, 1, 1), 1);
    expect(Number.isFinite(fit.weights[0])).toBe(true);
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeGreaterThan(1);
    expect(fit.iterations).toBeLessThan(20);
  });

  it("reports not converged when the iterations run out", () => {
    const fit = fitLogisticL2(Float64Array.of(-1, 1), Uint8Array.of(0, 1), 1, { maxIterations: 1 });
    expect(fit).toMatchObject({ converged: false, iterations: 1 });
  });

  it("rejects a design of the wrong size and a C not above 0", () => {
    expect(() => fitLogisticL2(Float64Array.of(1, 2, 3), Uint8Array.of(0, 1), 2)).toThrow(
      expect.objectContaining({ code: "MATRIX_SHAPE_INVALID" }),
    );
    expect(() =>
      fitLogisticL2(Float64Array.of(-1, 1), Uint8Array.of(0, 1), 1, { inverseRegularization: 0 }),
    ).toThrow(expect.objectContaining({ code: "INVALID_OPTION" }));
  });

  it("evaluates the logistic function without overflow", () => {
    expect(logistic(0)).toBe(0.5);
    expect(logistic(-800)).toBe(0);
    expect(logistic(800)).toBe(1);
    expect(logistic(Math.log(3))).toBeCloseTo(0.75, 15);
  });
});
