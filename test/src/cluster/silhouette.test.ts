import { silhouetteFromDistances } from "../../../src/cluster/silhouette-distances";
import { denseLabels } from "../../../src/cluster/cluster-labels";
import { silhouetteSamples, silhouetteScore, silhouetteScoreOfDense } from "../../../src/cluster/silhouette";
import { cdnowMatrix, coreErrorCode, expectAllClose, loadCdnowFixture, matrixOf } from "./test-helpers";

/*
 * Rousseeuw (1987), "Silhouettes: a graphical aid…", Table 1: dissimilarities between 12 countries, lower
 * triangle row by row, copied from scikit-learn 1.2.1 test_unsupervised.py::test_silhouette_paper_example.
 * Country order: BEL BRA CHI CUB EGY FRA IND ISR USA USS YUG ZAI.
 */
const LOWER = [
  5.58, 7.0, 6.5, 7.08, 7.0, 3.83, 4.83, 5.08, 8.17, 5.83, 2.17, 5.75, 6.67, 6.92, 4.92, 6.42, 5.0, 5.58, 6.0,
  4.67, 6.42, 3.42, 5.5, 6.42, 6.42, 5.0, 3.92, 6.17, 2.5, 4.92, 6.25, 7.33, 4.5, 2.25, 6.33, 2.75, 6.08,
  6.67, 4.25, 2.67, 6.0, 6.17, 6.17, 6.92, 6.17, 5.25, 6.83, 4.5, 3.75, 5.75, 5.42, 6.08, 5.83, 6.67, 3.67,
  4.75, 3.0, 6.08, 6.67, 5.0, 5.58, 4.83, 6.17, 5.67, 6.5, 6.92,
];
const COUNTRIES = ["BEL", "BRA", "CHI", "CUB", "EGY", "FRA", "IND", "ISR", "USA", "USS", "YUG", "ZAI"];

function countryDistances(): Float64Array {
  const distances = new Float64Array(144);
  let next = 0;
  for (let row = 1; row < 12; row++) {
    for (let column = 0; column < row; column++) {
      const value = LOWER[next++] as number;
      distances[row * 12 + column] = value;
      distances[column * 12 + row] = value;
    }
  }
  return distances;
}

describe("silhouetteFromDistances — Rousseeuw (1987), 12 countries", () => {
  it("two clusters (figure 2): mean 0.28 and the paper's per-country values to 0.01", () => {
    const labels = [1, 1, 2, 2, 1, 1, 2, 1, 1, 2, 2, 1];
    const paper: Record<string, number> = {
      USA: 0.43,
      BEL: 0.39,
      FRA: 0.35,
      ISR: 0.3,
      BRA: 0.22,
      EGY: 0.2,
      ZAI: 0.19,
      CUB: 0.4,
      USS: 0.34,
      CHI: 0.33,
      YUG: 0.26,
      IND: -0.04,
    };
    const result = silhouetteFromDistances(countryDistances(), 12, labels);
    expect(result.mean).toBeCloseTo(0.28, 2);
    expect(result.mean).toBeCloseTo(0.279666, 6); // scikit-learn silhouette_score, metric="precomputed", offline
    COUNTRIES.forEach((country, row) =>
      expect(Math.abs((result.perRow[row] as number) - (paper[country] as number))).toBeLessThanOrEqual(0.01),
    );
  });

  it("three clusters (figure 3): mean 0.33 and the paper's per-country values to 0.01", () => {
    const labels = [1, 2, 3, 3, 1, 1, 2, 1, 1, 3, 3, 2];
    const paper: Record<string, number> = {
      USA: 0.47,
      FRA: 0.44,
      BEL: 0.42,
      ISR: 0.37,
      EGY: 0.02,
      ZAI: 0.28,
      BRA: 0.25,
      IND: 0.17,
      CUB: 0.48,
      USS: 0.44,
      YUG: 0.31,
      CHI: 0.31,
    };
    const result = silhouetteFromDistances(countryDistances(), 12, labels);
    expect(result.mean).toBeCloseTo(0.33, 2);
    expect(result.mean).toBeCloseTo(0.330102, 6);
    COUNTRIES.forEach((country, row) =>
      expect(Math.abs((result.perRow[row] as number) - (paper[country] as number))).toBeLessThanOrEqual(0.01),
    );
  });

  it.each<[string, string, () => unknown]>([
    [
      "a non-square matrix",
      "DISTANCES_SHAPE_INVALID",
      () => silhouetteFromDistances(new Float64Array(5), 2, [0, 1]),
    ],
    [
      "an asymmetric matrix",
      "DISTANCE_INVALID",
      () => silhouetteFromDistances(Float64Array.from([0, 1, 2, 0]), 2, [0, 1]),
    ],
    [
      "a non-zero diagonal",
      "DISTANCE_INVALID",
      () => silhouetteFromDistances(Float64Array.from([1, 1, 1, 0]), 2, [0, 1]),
    ],
    [
      "one cluster",
      "CLUSTER_COUNT_INVALID",
      () => silhouetteFromDistances(countryDistances(), 12, new Array(12).fill(0)),
    ],
    [
      "a cluster per member",
      "CLUSTER_COUNT_INVALID",
      () =>
        silhouetteFromDistances(
          countryDistances(),
          12,
          COUNTRIES.map((_, index) => index),
        ),
    ],
    [
      "a negative label",
      "LABEL_INVALID",
      () => silhouetteFromDistances(countryDistances(), 12, [-1, ...new Array(11).fill(0)]),
    ],
    [
      "too few labels",
      "LABELS_LENGTH_MISMATCH",
      () => silhouetteFromDistances(countryDistances(), 12, [0, 1]),
    ],
  ])("%s → %s", (_name, code, action) => {
    expect(coreErrorCode(action)).toBe(code);
  });
});

describe("silhouetteSamples / silhouetteScore — Euclidean rows", () => {
  it("hand calculation on 0, 1 | 10, 11: a = 1, b = 10.5 or 9.5 → 9.5/10.5 and 8.5/9.5", () => {
    const result = silhouetteSamples(matrixOf([[0], [1], [10], [11]]), [0, 0, 1, 1]);
    expectAllClose(result.perRow, [9.5 / 10.5, 8.5 / 9.5, 8.5 / 9.5, 9.5 / 10.5], 12);
    expect(result.mean).toBeCloseTo((9.5 / 10.5 + 8.5 / 9.5) / 2, 12);
  });

  it("a member alone in its cluster scores 0 (scikit-learn's convention)", () => {
    expect(silhouetteSamples(matrixOf([[0], [1], [10]]), [0, 0, 1]).perRow[2]).toBe(0);
  });

  it("weights count copies: weighted distinct rows score like the expanded rows", () => {
    const expanded = silhouetteSamples(matrixOf([[0], [0], [0], [1], [7], [8], [8]]), [0, 0, 0, 0, 1, 1, 1]);
    const weighted = silhouetteSamples(matrixOf([[0], [1], [7], [8]], [3, 1, 1, 2]), [0, 0, 1, 1]);
    expect(weighted.mean).toBeCloseTo(expanded.mean, 12);
    expect(weighted.perRow[0]).toBeCloseTo(expanded.perRow[0] as number, 12);
    expect(weighted.perRow[3]).toBeCloseTo(expanded.perRow[5] as number, 12);
  });

  it("matches scikit-learn's silhouette_score on CDNOW R/F/M with its own k = 4 labels (fixture)", () => {
    const fixture = loadCdnowFixture();
    const score = silhouetteScore(cdnowMatrix(fixture, "standardized"), fixture.metricsAtK4.labels);
    expect(score.sampled).toBe(false);
    expect(score.mean).toBeCloseTo(fixture.metricsAtK4.silhouette, 10);
  });

  it("scores a seeded sample above exactMaxRows: same seed, same value; close to the exact value", () => {
    const fixture = loadCdnowFixture();
    const matrix = cdnowMatrix(fixture, "standardized");
    const options = { exactMaxRows: 1000, sampleSize: 800, seed: 5 };
    const first = silhouetteScore(matrix, fixture.metricsAtK4.labels, options);
    expect(first).toEqual(silhouetteScore(matrix, fixture.metricsAtK4.labels, options));
    expect(first.sampled).toBe(true);
    expect(first.rowsScored).toBe(800);
    expect(Math.abs(first.mean - fixture.metricsAtK4.silhouette)).toBeLessThan(0.05);
  });
});

describe("silhouetteScoreOfDense — from labels made dense once (the sweep's)", () => {
  it("hand calculation on 0, 1 | 10, 11 labelled 3, 3, 8, 8: (9.5/10.5 + 8.5/9.5) / 2", () => {
    const dense = denseLabels([3, 3, 8, 8], 4, "silhouetteScore");
    const score = silhouetteScoreOfDense(matrixOf([[0], [1], [10], [11]]), dense, {});
    expect(score.mean).toBeCloseTo((9.5 / 10.5 + 8.5 / 9.5) / 2, 12);
    expect(score.sampled).toBe(false);
  });

  it("a seeded sample of sparse labels (2c + 1): as silhouetteScore's, and close to scikit-learn's exact value", () => {
    const fixture = loadCdnowFixture();
    const matrix = cdnowMatrix(fixture, "standardized");
    const sparse = Array.from(fixture.metricsAtK4.labels, (label) => 2 * label + 1);
    const options = { exactMaxRows: 1000, sampleSize: 800, seed: 5 };
    const score = silhouetteScoreOfDense(
      matrix,
      denseLabels(sparse, matrix.rows, "silhouetteScore"),
      options,
    );
    expect(score).toEqual(silhouetteScore(matrix, sparse, options));
    expect(score.rowsScored).toBe(800);
    expect(Math.abs(score.mean - fixture.metricsAtK4.silhouette)).toBeLessThan(0.05);
  });
});
