import { summarizeClusters } from "../../../src/cluster/cluster-summary";
import { coreErrorCode, matrixOf } from "./test-helpers";

describe("summarizeClusters — dense labels and weighted centroids, once per labelling", () => {
  it("hand calculation: rows 0, 2, 10 weighing 1, 3, 2 with labels 5, 5, 7", () => {
    // Dense labels 0, 0, 1; weights 1 + 3 = 4 and 2; centroids (0·1 + 2·3) / 4 = 1.5 and 10;
    // mean of all rows (0 + 6 + 20) / 6 = 13/3; W = 1 · 1.5² + 3 · 0.5² + 0 = 3; mean distances
    // (1 · 1.5 + 3 · 0.5) / 4 = 0.75 and 0.
    const summary = summarizeClusters(matrixOf([[0], [2], [10]], [1, 3, 2]), [5, 5, 7], "calinskiHarabasz");
    expect(Array.from(summary.dense.labels)).toEqual([0, 0, 1]);
    expect(summary.dense.clusterCount).toBe(2);
    expect(Array.from(summary.dense.clusterWeights)).toEqual([4, 2]);
    expect(summary.dense.totalWeight).toBe(6);
    expect(Array.from(summary.centroids)).toEqual([1.5, 10]);
    expect(summary.overallMean[0]).toBeCloseTo(13 / 3, 12);
    expect(summary.withinSumOfSquares).toBeCloseTo(3, 12);
    expect(Array.from(summary.meanDistances)).toEqual([0.75, 0]);
  });

  it("two columns: centroids column by column", () => {
    // Cluster 0: (0, 4) and (2, 0) → (1, 2); cluster 1: (6, 6) alone; mean (8/3, 10/3).
    const summary = summarizeClusters(
      matrixOf([
        [0, 4],
        [6, 6],
        [2, 0],
      ]),
      [0, 1, 0],
      "daviesBouldin",
    );
    expect(Array.from(summary.centroids)).toEqual([1, 2, 6, 6]);
    expect(summary.overallMean[0]).toBeCloseTo(8 / 3, 12);
    expect(summary.overallMean[1]).toBeCloseTo(10 / 3, 12);
    // W = (1² + 2²) + (1² + 2²) = 10; cluster 0's rows are both √5 from (1, 2).
    expect(summary.withinSumOfSquares).toBeCloseTo(10, 12);
    expect(summary.meanDistances[0]).toBeCloseTo(Math.sqrt(5), 12);
    expect(summary.meanDistances[1]).toBe(0);
  });

  it.each<[string, string, () => unknown]>([
    ["a negative label", "LABEL_INVALID", () => summarizeClusters(matrixOf([[0], [1]]), [0, -1], "x")],
    [
      "a label per row missing",
      "LABELS_LENGTH_MISMATCH",
      () => summarizeClusters(matrixOf([[0], [1]]), [0], "x"),
    ],
  ])("%s → %s", (_name, code, action) => {
    expect(coreErrorCode(action)).toBe(code);
  });
});
