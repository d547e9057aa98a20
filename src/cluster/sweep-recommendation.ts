import { isCoreError } from "../errors";
import type { Locale } from "../i18n/locale";
import { describeRecommendation, type RecommendationText } from "./describe-recommendation";
import type { ElbowSweepResult } from "./elbow-types";
import { recommendK, type KRecommendation } from "./recommend-k";

/** A sweep's recommended k: the criteria's votes and the same in words. */
export interface SweepRecommendation {
  readonly votes: KRecommendation;
  readonly text: RecommendationText;
}

/**
 * The recommendation of {@link recommendK} with its words, or null when no criterion can vote (a sweep of fewer
 * than 3 k without quality scores): every door shows "no recommendation" then, rather than failing the sweep.
 *
 * Cost: O(number of k).
 *
 * @throws CoreError CHOSEN_K_INVALID (from recommendK); never K_CRITERIA_UNAVAILABLE
 * @example
 * import { elbowSweep } from "./elbow";
 * sweepRecommendation(elbowSweep({ data: new Float64Array([0, 1, 10, 11, 20, 21]), rows: 6, columns: 1 }, { kMax: 4 }), "en")?.votes.recommendedK // 3
 */
export function sweepRecommendation(sweep: ElbowSweepResult, locale: Locale): SweepRecommendation | null {
  try {
    const votes = recommendK(sweep);
    return { votes, text: describeRecommendation(votes, locale) };
  } catch (error) {
    if (isCoreError(error) && error.code === "K_CRITERIA_UNAVAILABLE") return null;
    throw error;
  }
}
