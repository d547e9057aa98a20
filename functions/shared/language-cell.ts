import type { Locale } from "../../src/i18n/locale";
import { isBlankOrZeroCell, optionFromCell, type CellInput } from "./cells";
import { displayLocale } from "./display-locale";

/**
 * Reads an optional [language] argument: "en" (default when blank), "zh-TW" or "zh-CN", case-insensitively.
 *
 * @throws CoreError INVALID_OPTION
 */
export function localeFromCell(cell: CellInput): Locale {
  const option = optionFromCell(cell ?? null, ["en", "zh-tw", "zh-cn"] as const, "en", "language");
  return option === "zh-tw" ? "zh-TW" : option === "zh-cn" ? "zh-CN" : "en";
}

/**
 * The language of a function's error messages: its [language] argument when the user gave a valid one (an
 * explicit argument wins), else Excel's display language (a blank or invalid argument names no language).
 *
 * @example errorLocaleFromCell("zh-CN") // "zh-CN"
 * @example errorLocaleFromCell(null) // displayLocale(), e.g. "zh-TW" in Excel set to 繁體中文
 */
export function errorLocaleFromCell(cell: CellInput): Locale {
  if (isBlankOrZeroCell(cell ?? null)) return displayLocale();
  try {
    return localeFromCell(cell);
  } catch {
    return displayLocale();
  }
}
