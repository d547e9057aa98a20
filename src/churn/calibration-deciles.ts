/** One tenth of the holdout members by predicted probability. */
export interface CalibrationDecile {
  /** 1 = the lowest predicted probabilities. */
  readonly decile: number;
  readonly members: number;
  readonly meanPredicted: number;
  /** Share of these members who churned. */
  readonly observedChurnShare: number;
}

/**
 * The calibration table: holdout members sorted by predicted probability (ties in member order), decile d
 * (1-10) holding sorted positions ⌊(d − 1)n/10⌋ … ⌊dn/10⌋ − 1, with the mean prediction against the observed
 * churn share. A well-calibrated model has the two close in every row. With fewer than ten members some
 * deciles are empty and left out.
 *
 * Cost: O(n log n).
 *
 * @example calibrationDeciles([0.2, 0.9], Uint8Array.of(0, 1)).map((row) => row.decile) // [5, 10]
 */
export function calibrationDeciles(
  probabilities: ArrayLike<number>,
  labels: Uint8Array,
): CalibrationDecile[] {
  const order = Array.from(labels, (_, index) => index).sort(
    (a, b) => (probabilities[a] as number) - (probabilities[b] as number),
  );
  const count = order.length;
  const deciles: CalibrationDecile[] = [];
  for (let decile = 1; decile <= 10; decile++) {
    const part = order.slice(Math.floor(((decile - 1) * count) / 10), Math.floor((decile * count) / 10));
    if (part.length === 0) continue;
    let predicted = 0;
    let churned = 0;
    for (const index of part) {
      predicted += probabilities[index] as number;
      churned += labels[index] as number;
    }
    deciles.push({
      decile,
      members: part.length,
      meanPredicted: predicted / part.length,
      observedChurnShare: churned / part.length,
    });
  }
  return deciles;
}
