import { CoreError } from "../errors";

/**
 * Area under the ROC curve as the Mann–Whitney statistic: the share of (churned, stayed) pairs in which the
 * churned member has the higher score, a tie counting one half (Hanley & McNeil 1982); equal to scikit-learn's
 * roc_auc_score. Computed from average ranks: (R₁ − n₁(n₁ + 1)/2) / (n₁ n₀).
 *
 * Cost: O(n log n).
 *
 * @param scores predicted churn probabilities
 * @param labels 1 = churned, 0 = stayed
 * @throws CoreError LABEL_INVALID when either label is missing (the AUC is undefined)
 * @example rocAuc([0.1, 0.4, 0.35, 0.8], Uint8Array.of(0, 0, 1, 1)) // 0.75
 */
export function rocAuc(scores: ArrayLike<number>, labels: Uint8Array): number {
  const order = Array.from(labels, (_, index) => index).sort(
    (a, b) => (scores[a] as number) - (scores[b] as number),
  );
  let positives = 0;
  let positiveRankSum = 0;
  for (let start = 0; start < order.length;) {
    let end = start;
    const score = scores[order[start] as number] as number;
    while (end < order.length && scores[order[end] as number] === score) end++;
    const averageRank = (start + 1 + end) / 2;
    for (let index = start; index < end; index++) {
      if (labels[order[index] as number] === 1) {
        positives++;
        positiveRankSum += averageRank;
      }
    }
    start = end;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) {
    throw new CoreError("LABEL_INVALID", "Both members who churned and members who stayed are needed", {
      argument: "labels",
    });
  }
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
