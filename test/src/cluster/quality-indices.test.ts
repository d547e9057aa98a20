import { calinskiHarabasz, calinskiHarabaszOfClusters } from "../../../src/cluster/calinski-harabasz";
import { summarizeClusters } from "../../../src/cluster/cluster-summary";
import { daviesBouldin, daviesBouldinOfClusters } from "../../../src/cluster/davies-bouldin";
import { cdnowMatrix, coreErrorCode, fourSquaresExample, loadCdnowFixture, matrixOf } from "./test-helpers";

describe("Calinski-Harabasz and Davies-Bouldin — published values", () => {
  const { matrix, labels } = fourSquaresExample();

  it("the README's four groups: CH = 45 · (40 − 4) / (5 · (4 − 1)) = 108", () => {
    expect(calinskiHarabasz(matrix, labels)).toBeCloseTo(108, 10);
  });

  it("the README's four groups: DB = 2√0.5 / 3 = 0.471405", () => {
    expect(daviesBouldin(matrix, labels)).toBeCloseTo(0.471405, 6);
    expect(daviesBouldin(matrix, labels)).toBeCloseTo((2 * Math.sqrt(0.5)) / 3, 12);
  });

  it("the same two values from one summary shared by both indices (as the sweep scores a k)", () => {
    const summary = summarizeClusters(matrix, labels, "elbowSweep");
    expect(calinskiHarabaszOfClusters(matrix, summary)).toBeCloseTo(108, 10);
    expect(daviesBouldinOfClusters(matrix, summary)).toBeCloseTo((2 * Math.sqrt(0.5)) / 3, 12);
  });

  it("match scikit-learn on CDNOW R/F/M with its own k = 4 labels (fixture)", () => {
    const fixture = loadCdnowFixture();
    const cdnow = cdnowMatrix(fixture, "standardized");
    expect(calinskiHarabasz(cdnow, fixture.metricsAtK4.labels)).toBeCloseTo(
      fixture.metricsAtK4.calinskiHarabasz,
      7,
    );
    expect(daviesBouldin(cdnow, fixture.metricsAtK4.labels)).toBeCloseTo(
      fixture.metricsAtK4.daviesBouldin,
      10,
    );
  });
});

describe("Calinski-Harabasz and Davies-Bouldin — scikit-learn's edge conventions (test_unsupervised.py)", () => {
  it("all rows equal: CH = 1, DB = 0", () => {
    const ones = matrixOf(Array.from({ length: 10 }, () => [1, 1]));
    const labels = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1];
    expect(calinskiHarabasz(ones, labels)).toBe(1);
    expect(daviesBouldin(ones, labels)).toBe(0);
  });

  it("equal cluster means: CH = 0, DB = 0", () => {
    const rows = Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? [-1, -1] : [1, 1]));
    const labels = Array.from({ length: 20 }, (_, index) => (index < 10 ? 0 : 1));
    expect(calinskiHarabasz(matrixOf(rows), labels)).toBe(0);
    expect(daviesBouldin(matrixOf(rows), labels)).toBe(0);
  });

  it("DB with a one-member cluster: [0,0],[2,2] | [3,3] | [5,5] → (5/4)/3 = 5/12 (scikit-learn's test)", () => {
    // s = (√2, 0, 0), centroids (1,1), (3,3), (5,5): R1 = max(√2/(2√2), √2/(4√2)) = 1/2, R2 = max(√2/(2√2), 0) = 1/2,
    // R3 = max(√2/(4√2), 0) = 1/4 → mean (1/2 + 1/2 + 1/4)/3 = 5/12.
    expect(
      daviesBouldin(
        matrixOf([
          [0, 0],
          [2, 2],
          [3, 3],
          [5, 5],
        ]),
        [0, 0, 1, 2],
      ),
    ).toBeCloseTo(5 / 12, 12);
  });

  it("weights count copies", () => {
    const expanded = matrixOf([[0], [0], [1], [5], [6], [6]]);
    const weighted = matrixOf([[0], [1], [5], [6]], [2, 1, 1, 2]);
    expect(calinskiHarabasz(weighted, [0, 0, 1, 1])).toBeCloseTo(
      calinskiHarabasz(expanded, [0, 0, 0, 1, 1, 1]),
      10,
    );
    expect(daviesBouldin(weighted, [0, 0, 1, 1])).toBeCloseTo(
      daviesBouldin(expanded, [0, 0, 0, 1, 1, 1]),
      12,
    );
  });

  it.each<[string, string, () => unknown]>([
    [
      "one cluster (CH)",
      "CLUSTER_COUNT_INVALID",
      () => calinskiHarabasz(matrixOf([[0], [1], [2]]), [0, 0, 0]),
    ],
    [
      "a cluster per member (DB)",
      "CLUSTER_COUNT_INVALID",
      () => daviesBouldin(matrixOf([[0], [1], [2]]), [0, 1, 2]),
    ],
    [
      "a fractional label (CH)",
      "LABEL_INVALID",
      () => calinskiHarabasz(matrixOf([[0], [1], [2]]), [0, 0.5, 1]),
    ],
    [
      "a NaN value (DB)",
      "VALUE_NOT_FINITE",
      () => daviesBouldin(matrixOf([[0], [Number.NaN], [2]]), [0, 1, 1]),
    ],
  ])("%s → %s", (_name, code, action) => {
    expect(coreErrorCode(action)).toBe(code);
  });
});
