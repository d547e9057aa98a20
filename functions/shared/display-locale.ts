import { localeFromLanguageTag, type Locale } from "../../src/i18n/locale";

/**
 * Excel's display language as one of ours. The functions run in the shared runtime, where Office.context is
 * there once Office has initialised; before that (or outside Excel, as under Jest) it is English, the core's
 * own language.
 *
 * @example displayLocale() // "zh-TW" in Excel set to 繁體中文 (Office.context.displayLanguage "zh-TW")
 */
export function displayLocale(): Locale {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return localeFromLanguageTag(office?.context?.displayLanguage);
}
