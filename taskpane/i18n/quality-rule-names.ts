import type { Locale } from "../../src/i18n/locale";
import { tableText, type TableMessageKey } from "../../src/i18n/messages/table";
import { QUALITY_RULES } from "../../src/table/quality";

/** Localised name of a data-quality rule (the same names the Intake sheet writes). */
export function qualityRuleName(locale: Locale, rule: string): string {
  return (QUALITY_RULES as readonly string[]).includes(rule)
    ? tableText(locale, `rule.${rule}` as TableMessageKey)
    : rule;
}
