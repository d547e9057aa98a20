import type { Locale } from "../i18n/locale";
import { hasRunParameterText, runParameterMessages } from "../i18n/messages/run-parameters";

/** Parameters whose string values are settings (translated); any other string (a column, a date) is data. */
const SETTING_PARAMETERS = new Set([
  "analysis",
  "scoring",
  "countBy",
  "edgeRule",
  "years",
  "rule",
  "closed",
  "model",
  "discountConvention",
  "timeUnit",
  "periodUnit",
  "lifetimeUnit",
  "discountRateUnit",
  "products",
  "traffic",
]);

/** One run-record parameter as written on a sheet: its name and value in words. */
export type RunParameterRow = readonly [name: string, value: string | number];

/**
 * The run record's parameters in the user's language: each name in words ("kMax" → "Largest number of
 * segments tried"), a setting value in words ("study" → "Study thresholds (order-count and sales levels)",
 * true → "yes"), numbers as numbers. A name or value the catalogue does not know (a command-line flag, an
 * address, a date) is written as given. The pane's port and the command line's XLSX writer both use it.
 *
 * Cost: O(parameters).
 *
 * @example runParameterRows("en", { scoring: "study", kMax: 10, standardize: false })
 * // [["What was clustered", "Study thresholds (order-count and sales levels)"], ["Largest number of segments tried", 10], ["Standardised", "no"]]
 */
export function runParameterRows(
  locale: Locale,
  parameters: Readonly<Record<string, string | number | boolean>>,
): RunParameterRow[] {
  return Object.entries(parameters).map(([name, value]) => {
    const nameKey = `name.${name}`;
    const label = hasRunParameterText(nameKey) ? runParameterMessages(locale, nameKey) : name;
    if (typeof value === "number") return [label, value];
    const valueKey = `value.${String(value)}`;
    const setting = typeof value === "boolean" || SETTING_PARAMETERS.has(name);
    return [
      label,
      setting && hasRunParameterText(valueKey) ? runParameterMessages(locale, valueKey) : String(value),
    ];
  });
}
