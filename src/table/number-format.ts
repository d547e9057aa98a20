/**
 * True when an Excel number format shows a date or time ("yyyy-mm-dd", "m/d/yyyy", "yyyy\"年\"m\"月\"d\"日\"",
 * "[$-zh-TW]e/m/d", "h:mm AM/PM", "[h]:mm"), false for "General", "0.00", "#,##0", "0%", "@" and friends.
 *
 * Excel's rule, as in SheetJS `SSF.is_date`: after removing quoted literals ("年"), escaped characters (\-),
 * bracketed sections except elapsed-time ones ([$-404], [Red]) and "General", a date code letter (y, m, d,
 * h, s, e for the era year, or the Chinese/Japanese "b"/"g" era codes) remains.
 * Reference: ECMA-376 Part 1, §18.8.31 numFmts.
 *
 * Cost: O(length).
 *
 * @example isDateNumberFormat('yyyy"年"m"月"d"日"') // true
 * @example isDateNumberFormat("#,##0.00") // false
 */
export function isDateNumberFormat(format: string | undefined | null): boolean {
  if (format == null || format === "") return false;
  const stripped = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .replace(/general/gi, "")
    .replace(/0(?:\.0+)?e[+-]0+/gi, "");
  // Only the first section (positive numbers) decides, as Excel does when it offers date formatting.
  const firstSection = stripped.split(";")[0] ?? "";
  return /[ymdhsebg]/i.test(firstSection);
}
