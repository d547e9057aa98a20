import type { Locale } from "../../src/i18n/locale";

/** Localised name of a data-quality rule; falls back to the rule id for a rule without a name. */
export function qualityRuleName(_locale: Locale, rule: string): string {
  return rule;
}
