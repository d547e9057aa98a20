import type { ChurnFeature } from "./churn-features";

/** Why a member scores high: one feature that pushes the prediction towards churn. */
export interface ChurnReason {
  readonly feature: ChurnFeature;
  /** The member's value in the feature's own unit; for logSpend, the total spend. */
  readonly value: number;
  /** The training members' mean of that value (for logSpend, the spend whose log is the mean log). */
  readonly average: number;
  /** coefficient × standardised value: its share of the log-odds of churn (> 0). */
  readonly contribution: number;
}

/** How many reasons a member's row lists. */
export const REASONS_PER_MEMBER = 3;

/**
 * A member's top reasons: the features whose contribution coefficient × z (z = the standardised value) is
 * largest and above 0, at most {@link REASONS_PER_MEMBER}, largest first (ties in feature order). A negative
 * contribution lowers the risk, so it is no reason.
 *
 * Cost: O(features log features).
 *
 * @param standardized the member's standardised values of the model's features
 * @param display the member's values to show (spend for logSpend), same order
 * @param averages the values to compare with (training means; for logSpend e^mean − 1), same order
 * @example topReasons(["recencyDays", "purchaseDays"], [1.2, -0.5], Float64Array.of(2, -1), [300, 1], [100, 2]).map((r) => r.feature) // ["recencyDays", "purchaseDays"]
 */
export function topReasons(
  features: readonly ChurnFeature[],
  weights: readonly number[],
  standardized: ArrayLike<number>,
  display: readonly number[],
  averages: readonly number[],
): ChurnReason[] {
  return features
    .map((feature, index) => ({
      feature,
      value: display[index] as number,
      average: averages[index] as number,
      contribution: (weights[index] as number) * (standardized[index] as number),
    }))
    .filter((reason) => reason.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, REASONS_PER_MEMBER);
}
