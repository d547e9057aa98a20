import type { Locale } from "../../src/i18n/locale";
import { optionFromCell, type CellInput } from "./cells";

/**
 * Reads an optional [language] argument: "en" (default when blank), "zh-TW" or "zh-CN", case-insensitively.
 *
 * @throws CoreError INVALID_OPTION
 */
export function localeFromCell(cell: CellInput): Locale {
  const option = optionFromCell(cell ?? null, ["en", "zh-tw", "zh-cn"] as const, "en", "language");
  return option === "zh-tw" ? "zh-TW" : option === "zh-cn" ? "zh-CN" : "en";
}
