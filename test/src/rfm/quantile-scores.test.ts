import { quantileScores, scoresFromEdges } from "../../../src/rfm/quantile-scores";
import { rfmQuantileScores } from "../../../src/rfm/rfm-scores";
import { coreErrorCode } from "./test-helpers";

/*
 * Hand calculation for values 1..10 (n = 10), type-7 quantile Q(p) = x[9p] interpolated:
 *   Q(0.2) = 2.8, Q(0.4) = 4.6, Q(0.6) = 6.4, Q(0.8) = 8.2.
 * "quantile" edges = Q: 1,2 | 3,4 | 5,6 | 7,8 | 9,10 → scores 1 1 2 2 3 3 4 4 5 5.
 * "rfmPackage" edges = Q + 1 = 3.8, 5.6, 7.4, 9.2: 1,2,3 | 4,5 | 6,7 | 8,9 | 10 → 1 1 1 2 2 3 3 4 4 5.
 */
const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe("quantileScores", () => {
  it("bins [lower, upper) at the type-7 quintiles with the 'quantile' rule", () => {
    const result = quantileScores(oneToTen, { edgeRule: "quantile" });
    result.edges.forEach((edge, index) =>
      expect(edge).toBeCloseTo([2.8, 4.6, 6.4, 8.2][index] as number, 12),
    );
    expect(Array.from(result.scores)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it("adds one to each quantile with the default 'rfmPackage' rule", () => {
    const result = quantileScores(oneToTen);
    expect(result.edgeRule).toBe("rfmPackage");
    result.edges.forEach((edge, index) =>
      expect(edge).toBeCloseTo([3.8, 5.6, 7.4, 9.2][index] as number, 12),
    );
    expect(Array.from(result.scores)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 5]);
  });

  it("reverses scores when lower is better (recency)", () => {
    expect(
      Array.from(quantileScores(oneToTen, { higherIsBetter: false, edgeRule: "quantile" }).scores),
    ).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it("takes any number of bins: terciles of 1..10 are Q(1/3) = 4, Q(2/3) = 7", () => {
    const result = quantileScores(oneToTen, { binCount: 3, edgeRule: "quantile" });
    expect(result.edges).toEqual([4, 7]);
    expect(Array.from(result.scores)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 3]);
  });

  it("leaves a bin empty when quantiles tie instead of splitting equal values", () => {
    // 1,1,1,1,1,1,1,1,2,9: Q(0.2..0.6) = 1, Q(0.8) = 1.2; edges (quantile rule) 1,1,1,1.2
    const result = quantileScores([1, 1, 1, 1, 1, 1, 1, 1, 2, 9], { edgeRule: "quantile" });
    expect(Array.from(result.scores)).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 5, 5]);
  });

  it.each<[string, string, () => unknown]>([
    ["one bin", "BIN_COUNT_INVALID", () => quantileScores(oneToTen, { binCount: 1 })],
    ["a fractional bin count", "BIN_COUNT_INVALID", () => quantileScores(oneToTen, { binCount: 2.5 })],
    ["no values", "QUANTILE_NO_VALUES", () => quantileScores([])],
    ["an infinite value", "VALUE_NOT_FINITE", () => quantileScores([1, Infinity])],
  ])("%s → %s", (_name, code, action) => {
    expect(coreErrorCode(action)).toBe(code);
  });
});

describe("scoresFromEdges (custom thresholds)", () => {
  it("uses R rfm's documented custom frequency thresholds c(4, 5, 6, 8)", () => {
    expect(Array.from(scoresFromEdges([3, 4, 5, 6, 7, 8, 12], [4, 5, 6, 8]))).toEqual([1, 2, 3, 4, 4, 5, 5]);
  });

  it("reverses for recency thresholds c(115, 181, 297, 482)", () => {
    expect(Array.from(scoresFromEdges([98, 115, 205, 297, 600], [115, 181, 297, 482], false))).toEqual([
      5, 4, 3, 2, 1,
    ]);
  });

  it("rejects edges out of order", () => {
    expect(coreErrorCode(() => scoresFromEdges([1], [5, 4]))).toBe("EDGES_NOT_ASCENDING");
  });
});

describe("rfmQuantileScores", () => {
  it("scores the three columns, recency reversed", () => {
    const result = rfmQuantileScores(
      {
        recencyDays: Float64Array.from(oneToTen),
        frequency: Float64Array.from(oneToTen),
        monetary: Float64Array.from(oneToTen),
      },
      { edgeRule: "quantile" },
    );
    expect(Array.from(result.recency.scores)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect(Array.from(result.frequency.scores)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(result.monetary.binCount).toBe(5);
  });
});
