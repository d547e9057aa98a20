import type { Locale } from "../i18n/locale";
import { clusterMessages } from "../i18n/messages/cluster";
import type { KCriterion, KRecommendation } from "./recommend-k";

export interface RecommendationText {
  /** "Recommended number of segments: 5. 3 of 4 criteria point to k = 5." */
  readonly summary: string;
  /** One sentence per criterion, in the recommendation's vote order. */
  readonly reasons: readonly string[];
  /** Disagreement and/or chosen-k warning, or null when all criteria agree and no other k was chosen. */
  readonly warning: string | null;
}

/**
 * The recommendation of {@link recommendK} in words, in the user's language: a summary, one reason per
 * criterion (scores with 3 decimals) and a warning when criteria disagree or the chosen k differs.
 *
 * Cost: O(criteria).
 *
 * @example
 * import { elbowSweep } from "./elbow";
 * import { recommendK } from "./recommend-k";
 * const sweep = elbowSweep({ data: new Float64Array([0, 1, 10, 11, 20, 21]), rows: 6, columns: 1 }, { kMax: 4 });
 * describeRecommendation(recommendK(sweep), "en").summary // "Recommended number of segments: 3. 2 of 4 criteria point to k = 3."
 */
export function describeRecommendation(recommendation: KRecommendation, locale: Locale): RecommendationText {
  const t = (key: Parameters<typeof clusterMessages>[1], values?: Record<string, string | number>): string =>
    clusterMessages(locale, key, values);
  const { recommendedK: k, votes, agreeing } = recommendation;
  // Chinese runs sentences together after 。; English separates them with a space.
  const gap = locale === "en" ? " " : "";
  const summary = `${t("recommendation", { k })}${gap}${t("agreement", { count: agreeing.length, total: votes.length, k })}`;
  const reasons = votes.map((vote) => {
    const reason = t(`reason_${vote.criterion}`, { k: vote.k, value: vote.value.toFixed(3) });
    return vote.atRangeEnd === true ? `${reason}${gap}${t("atRangeEnd")}` : reason;
  });
  if (!votes.some((vote) => vote.criterion === "knee")) reasons.unshift(t("noKnee"));
  // Chinese lists and pairs take full-width punctuation (、；：), as every Chinese string here does.
  const comma = locale === "en" ? ", " : "、";
  const semicolon = locale === "en" ? "; " : "；";
  const colon = locale === "en" ? ": " : "：";
  const list = (criteria: readonly KCriterion[]): string =>
    criteria.map((criterion) => t(`criterion_${criterion}`)).join(comma);
  const warnings: string[] = [];
  if (recommendation.criteriaDisagree) {
    const byK = votes
      .map((vote) => `${t(`criterion_${vote.criterion}`)}${colon}k = ${vote.k}`)
      .join(semicolon);
    warnings.push(t("disagreement", { criteria: byK }));
  }
  if (recommendation.chosenDiffers && recommendation.chosenK !== null) {
    warnings.push(t("chosenDiffers", { chosen: recommendation.chosenK, criteria: list(agreeing), k }));
  }
  return { summary, reasons, warning: warnings.length === 0 ? null : warnings.join(gap) };
}
