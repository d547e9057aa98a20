import { calibrationDeciles } from "../../../src/churn/calibration-deciles";
import { fitDecisionTree, predictTree } from "../../../src/churn/decision-tree";
import { probabilityHistogram } from "../../../src/churn/probability-histogram";
import { rocAuc } from "../../../src/churn/roc-auc";
import { thresholdMetrics } from "../../../src/churn/threshold-metrics";

describe("rocAuc", () => {
  it("gives scikit-learn's documented example: roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75", () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], Uint8Array.of(0, 0, 1, 1))).toBe(0.75);
  });

  it("counts a tie as one half (Mann–Whitney): all scores equal → 0.5; one tied pair of four → 0.875", () => {
    expect(rocAuc([0.3, 0.3, 0.3], Uint8Array.of(0, 1, 1))).toBe(0.5);
    // pairs (pos, neg): (0.5, 0.2) 1, (0.5, 0.5) ½, (0.9, 0.2) 1, (0.9, 0.5) 1 → 3.5 / 4.
    expect(rocAuc([0.2, 0.5, 0.5, 0.9], Uint8Array.of(0, 0, 1, 1))).toBe(0.875);
  });

  it("refuses labels of one class (the AUC is undefined)", () => {
    expect(() => rocAuc([0.1, 0.2], Uint8Array.of(1, 1))).toThrow(
      expect.objectContaining({ code: "LABEL_INVALID" }),
    );
  });
});

describe("thresholdMetrics", () => {
  it("counts flagged members at probability ≥ threshold (hand count: TP 2, FP 1, FN 1, TN 1)", () => {
    const metrics = thresholdMetrics([0.9, 0.8, 0.2, 0.7, 0.1], Uint8Array.of(1, 0, 1, 1, 0), 0.7);
    expect(metrics).toMatchObject({
      truePositives: 2,
      falsePositives: 1,
      falseNegatives: 1,
      trueNegatives: 1,
    });
    expect(metrics.precision).toBeCloseTo(2 / 3, 15);
    expect(metrics.recall).toBeCloseTo(2 / 3, 15);
  });

  it("gives no precision when nobody reaches the threshold", () => {
    expect(thresholdMetrics([0.1, 0.2], Uint8Array.of(1, 0), 0.7)).toMatchObject({
      precision: null,
      recall: 0,
    });
  });
});

describe("calibrationDeciles", () => {
  it("cuts 20 sorted members into ten groups of two with their mean prediction and churn share", () => {
    const probabilities = Array.from({ length: 20 }, (_, index) => (20 - index) / 20);
    const labels = Uint8Array.from({ length: 20 }, (_, index) => (index < 10 ? 1 : 0));
    const deciles = calibrationDeciles(probabilities, labels);
    expect(deciles.map((row) => row.members)).toEqual(new Array(10).fill(2));
    // Decile 1 holds the two lowest, 0.05 and 0.10 (both stayed); decile 10 the highest, 0.95 and 1 (churned).
    expect(deciles[0]).toMatchObject({ decile: 1, observedChurnShare: 0 });
    expect(deciles[0]?.meanPredicted).toBeCloseTo(0.075, 15);
    expect(deciles[9]).toMatchObject({ decile: 10, observedChurnShare: 1 });
    expect(deciles[9]?.meanPredicted).toBeCloseTo(0.975, 15);
  });

  it("leaves out empty deciles when there are fewer than ten members", () => {
    expect(calibrationDeciles([0.2, 0.9], Uint8Array.of(0, 1)).map((row) => row.decile)).toEqual([5, 10]);
  });
});

describe("probabilityHistogram", () => {
  it("puts probabilities in ten bins of 0.1, 1 in the last", () => {
    const bins = probabilityHistogram([0, 0.05, 0.1, 0.72, 0.99, 1]);
    expect(bins.map((bin) => bin.members)).toEqual([2, 1, 0, 0, 0, 0, 0, 1, 0, 2]);
    expect(bins[7]).toEqual({ from: 0.7, to: 0.8, members: 1 });
  });
});

describe("fitDecisionTree (CART, Gini)", () => {
  it("splits at the midpoint between the classes and predicts each leaf's churn share", () => {
    const tree = fitDecisionTree(Float64Array.of(1, 2, 3, 4), Uint8Array.of(0, 0, 1, 1), 1);
    expect(tree.root).toMatchObject({ kind: "split", column: 0, threshold: 2.5 });
    expect([predictTree(tree, [2.4]), predictTree(tree, [2.6])]).toEqual([0, 1]);
  });

  it("picks the column with the larger Gini decrease (hand count); a tie goes to the first column", () => {
    // Rows (x0, x1, label): (1, 5, 0), (2, 1, 1), (3, 6, 0), (4, 2, 1). Best cut on x0 leaves 2 · (1 · 2 / 3)
    // = 1.333 of the parent's 2; x1 between 2 and 5 separates the labels (0): x1 wins, at 3.5.
    const second = fitDecisionTree(Float64Array.of(1, 5, 2, 1, 3, 6, 4, 2), Uint8Array.of(0, 1, 0, 1), 2);
    expect(second.root).toMatchObject({ kind: "split", column: 1, threshold: 3.5 });
    expect(second.leaves).toBe(2);
    // Both columns in the same order: the same partitions, so the first column.
    const tied = fitDecisionTree(Float64Array.of(1, 10, 2, 20, 3, 30, 4, 40), Uint8Array.of(1, 1, 0, 0), 2);
    expect(tied.root).toMatchObject({ kind: "split", column: 0, threshold: 2.5 });
  });

  it("keeps leaves of at least ⌈share × rows⌉ members and stops at the maximum depth", () => {
    const rows = 100;
    const design = Float64Array.from({ length: rows }, (_, row) => row);
    const labels = Uint8Array.from({ length: rows }, (_, row) => row % 2);
    const tree = fitDecisionTree(design, labels, 1, { maxDepth: 3, minLeafShare: 0.2 });
    expect(tree.minLeafMembers).toBe(20);
    const sizes: number[] = [];
    const walk = (node: typeof tree.root, depth: number): void => {
      expect(depth).toBeLessThanOrEqual(3);
      if (node.kind === "leaf") sizes.push(node.members);
      else [node.left, node.right].forEach((child) => walk(child, depth + 1));
    };
    walk(tree.root, 0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(rows);
  });
});
