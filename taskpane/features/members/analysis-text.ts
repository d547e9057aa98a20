import type { Locale } from "../../../src/i18n/locale";
import { membersText } from "./messages";
import { isExtraAnalysis, type PaneAnalysis } from "./pane-analyses";
import { profileChurnText } from "./profile-churn-messages";

/**
 * An analysis's name in the pane's language (the extra analyses' names live in their own catalogue).
 *
 * @example analysisName("zh-TW", "profile") // "用戶畫像"
 * @example analysisName("en", "pareto") // "Pareto (revenue concentration)"
 */
export function analysisName(locale: Locale, analysis: PaneAnalysis): string {
  return isExtraAnalysis(analysis)
    ? profileChurnText(locale, `analysis.${analysis}`)
    : membersText(locale, `analysis.${analysis}`);
}

/**
 * What an analysis does, in one line.
 *
 * @example analysisExplanation("en", "churn").startsWith("Which members") // true
 */
export function analysisExplanation(locale: Locale, analysis: PaneAnalysis): string {
  return isExtraAnalysis(analysis)
    ? profileChurnText(locale, `explain.${analysis}`)
    : membersText(locale, `explain.${analysis}`);
}
