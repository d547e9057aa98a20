/** Members whose churn probability falls in [from, to) (the last bin includes 1). */
export interface ProbabilityBin {
  readonly from: number;
  readonly to: number;
  readonly members: number;
}

/**
 * Ten bins of width 0.1 over [0, 1] of the scored members' churn probabilities.
 *
 * Cost: O(n).
 *
 * @example probabilityHistogram([0.05, 0.72, 1])[7] // { from: 0.7, to: 0.8, members: 1 }
 */
export function probabilityHistogram(probabilities: ArrayLike<number>): ProbabilityBin[] {
  const counts = new Array<number>(10).fill(0);
  for (let index = 0; index < probabilities.length; index++) {
    const bin = Math.min(9, Math.floor((probabilities[index] as number) * 10));
    counts[bin] = (counts[bin] as number) + 1;
  }
  return counts.map((members, bin) => ({ from: bin / 10, to: (bin + 1) / 10, members }));
}
