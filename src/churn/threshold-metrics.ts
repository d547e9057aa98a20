/** The holdout confusion counts at a threshold, with precision and recall of the churned class. */
export interface ThresholdMetrics {
  readonly threshold: number;
  /** Churned and predicted churned (probability ≥ threshold). */
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
  /** TP / (TP + FP); null when nobody reaches the threshold. */
  readonly precision: number | null;
  /** TP / (TP + FN); null when nobody churned. */
  readonly recall: number | null;
}

/**
 * Precision and recall of "churned" when a member is flagged at probability ≥ threshold (scikit-learn's
 * precision_score and recall_score on `probability >= threshold`).
 *
 * Cost: O(n).
 *
 * @example thresholdMetrics([0.9, 0.8, 0.2, 0.75], Uint8Array.of(1, 0, 1, 1), 0.7).precision // 0.6666666666666666
 */
export function thresholdMetrics(
  probabilities: ArrayLike<number>,
  labels: Uint8Array,
  threshold: number,
): ThresholdMetrics {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  labels.forEach((label, index) => {
    const flagged = (probabilities[index] as number) >= threshold;
    if (flagged && label === 1) truePositives++;
    else if (flagged) falsePositives++;
    else if (label === 1) falseNegatives++;
    else trueNegatives++;
  });
  const flaggedCount = truePositives + falsePositives;
  const churnedCount = truePositives + falseNegatives;
  return {
    threshold,
    truePositives,
    falsePositives,
    falseNegatives,
    trueNegatives,
    precision: flaggedCount === 0 ? null : truePositives / flaggedCount,
    recall: churnedCount === 0 ? null : truePositives / churnedCount,
  };
}
