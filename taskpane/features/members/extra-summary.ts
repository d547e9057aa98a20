import type { ChurnFacts } from "../../../src/analysis/churn";
import type { ProfileFacts } from "../../../src/analysis/profile";
import type { Locale } from "../../../src/i18n/locale";
import { profileText } from "../../../src/i18n/messages/profile";
import { percentText } from "../../../src/report/member-format";
import { profileChurnText } from "./profile-churn-messages";

/** The facts of the extra analyses, as their engine jobs return them. */
export type ExtraFacts = ProfileFacts | ChurnFacts;

function decimal(locale: Locale, value: number, digits: number): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * The clause of a profile or churn run in the results summary: the group with the most GMV with its numbers
 * and the top-5 share; the holdout AUC, precision and recall at the threshold and the members at or above it.
 *
 * @example extraClause("en", { analysis: "profile", by: "Region", groupCount: 2, topGroup: "North", topGroupGmvShare: 0.75, topGroupMembers: 3, topGroupMemberShare: 0.6, top5GmvShare: 1 })
 * // "by Region, North has the most GMV (75% of GMV, 3 members, 60% of members) and the top 5 groups hold 100% of GMV"
 */
export function extraClause(locale: Locale, facts: ExtraFacts): string {
  const share = (value: number | null) =>
    value === null ? profileChurnText(locale, "notAvailable") : percentText(value);
  if (facts.analysis === "profile") {
    return profileChurnText(locale, "summary.profile", {
      column: facts.by,
      group: facts.topGroup ?? profileText(locale, "unknown"),
      gmvShare: share(facts.topGroupGmvShare),
      members: new Intl.NumberFormat(locale).format(facts.topGroupMembers ?? 0),
      memberShare: share(facts.topGroupMemberShare),
      top5: share(facts.top5GmvShare),
    });
  }
  return profileChurnText(locale, "summary.churn", {
    horizon: facts.horizonDays,
    date: facts.calibrationEnd,
    auc: decimal(locale, facts.auc, 3),
    precision: share(facts.precision),
    recall: share(facts.recall),
    threshold: decimal(locale, facts.threshold, 2),
    atRisk: new Intl.NumberFormat(locale).format(facts.atRiskMembers),
    scored: new Intl.NumberFormat(locale).format(facts.scoredMembers),
  });
}
