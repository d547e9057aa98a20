/** The three UI languages. Every user-visible string, including written sheet titles and headers, exists in each. */
export type Locale = "en" | "zh-TW" | "zh-CN";

export const LOCALES: readonly Locale[] = ["en", "zh-TW", "zh-CN"];

/**
 * Maps an Office display language (`Office.context.displayLanguage`, e.g. "zh-TW", "zh-HK", "zh-Hans-CN",
 * "en-US") or a browser language to one of ours. Traditional script regions (TW, HK, MO, Hant) get zh-TW,
 * other Chinese gets zh-CN, anything else English.
 */
export function localeFromLanguageTag(tag: string | undefined | null): Locale {
  const normalized = (tag ?? "").toLowerCase();
  if (!normalized.startsWith("zh")) return "en";
  if (/hant|-tw|-hk|-mo/.test(normalized)) return "zh-TW";
  return "zh-CN";
}
