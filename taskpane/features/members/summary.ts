import type { Locale } from "../../../src/i18n/locale";
import { clvMessages } from "../../../src/i18n/messages/clv";
import { memberText, type MemberMessageKey } from "../../../src/i18n/messages/member";
import { percentText } from "../../../src/report/member-format";
import type { MemberFacts } from "../../../engine/jobs/members/types";
import { membersText } from "./messages";

/** A number for a sentence: grouped digits, at most `digits` decimals, in the pane's language. */
function numberText(locale: Locale, value: number, digits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** One clause per analysis, e.g. "top 20% of members hold 61.2% of revenue". */
function clause(locale: Locale, facts: MemberFacts): string {
  const t = (key: Parameters<typeof membersText>[1], values?: Readonly<Record<string, string | number>>) =>
    membersText(locale, key, values);
  switch (facts.analysis) {
    case "cycle":
      return t("summary.cycle", {
        days: numberText(locale, facts.medianDays, 1),
        lapsed: facts.lapsedAfterDays,
      });
    case "sensitivity": {
      const parts: string[] = [];
      if (facts.highShare !== null)
        parts.push(t("summary.promotion", { share: percentText(facts.highShare) }));
      if (facts.medianPriceIndex !== null)
        parts.push(t("summary.price", { index: numberText(locale, facts.medianPriceIndex, 2) }));
      return parts.join(t("listSeparator"));
    }
    case "timing": {
      const weekday = memberText(locale, `weekday${facts.peakWeekday}` as MemberMessageKey);
      return facts.peakHour === null
        ? t("summary.timingDay", { weekday })
        : t("summary.timing", { weekday, hour: facts.peakHour });
    }
    case "channel":
      return t("summary.channel", {
        channel: facts.topChannel ?? memberText(locale, "blank"),
        share: percentText(facts.topOrderShare),
      });
    case "cohorts":
      return facts.secondMonthRetention === null
        ? t("summary.cohortsOnly", { cohorts: facts.cohorts })
        : t("summary.cohorts", { cohorts: facts.cohorts, share: percentText(facts.secondMonthRetention) });
    case "pareto":
      return t("summary.pareto", { top: percentText(facts.top), share: percentText(facts.revenueShare) });
    case "clv":
      if (facts.model === "simple") {
        const base = t("summary.clvSimple", {
          clv: numberText(locale, facts.averageClv, 2),
          days: numberText(locale, facts.lifetimeDays, 0),
        });
        if (facts.cpa === null) return base;
        const verdict = clvMessages(locale, `verdict.${facts.cpa.verdict}`, { threshold: 3 });
        return t("summary.withCpa", { base, ratio: numberText(locale, facts.cpa.clvToCpaRatio, 1), verdict });
      }
      return [
        t("summary.clvBtyd", {
          clv: numberText(locale, facts.meanClv, 2),
          horizon: facts.horizonPeriods,
          unit: t(`unit.${facts.timeUnit}`),
        }),
        convergence(locale, facts.bgnbdConverged, facts.gammaGammaConverged),
      ].join(t("listSeparator"));
  }
}

/** "BG/NBD converged" when both fits did, else which model did not (the sheet lists the warnings). */
function convergence(locale: Locale, bgnbd: boolean, gammaGamma: boolean): string {
  if (bgnbd && gammaGamma) return membersText(locale, "summary.converged");
  const models = [bgnbd ? null : "BG/NBD", gammaGamma ? null : "Gamma-Gamma"].filter(
    (model) => model !== null,
  );
  return membersText(locale, "summary.notConverged", { models: models.join(" + ") });
}

/**
 * The results in words, one clause per written analysis, e.g. "Median purchase cycle 23 days (lapsed after 61
 * days); top 20% of members hold 61% of revenue; mean CLV 120.5 over 12 months; BG/NBD converged."
 * `extraClauses` (the profile's and churn risk's, already worded) follow the member analyses' clauses.
 */
export function membersSummary(
  locale: Locale,
  facts: readonly MemberFacts[],
  extraClauses: readonly string[] = [],
): string {
  const clauses = [...facts.map((each) => clause(locale, each)), ...extraClauses].filter(
    (text) => text !== "",
  );
  if (clauses.length === 0) return membersText(locale, "summary.nothing");
  const sentence = clauses.join(membersText(locale, "listSeparator"));
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${membersText(locale, "sentenceEnd")}`;
}
