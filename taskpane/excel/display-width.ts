import type { ReportCell } from "../../src/report/types";
import { dateFormatChars, formatNumberText, isDateFormat } from "./number-format-text";

/**
 * East Asian Wide and Fullwidth characters (Unicode UAX #11): Hangul Jamo, CJK radicals through Yi, Hangul
 * syllables, CJK compatibility ideographs, vertical and small forms, fullwidth forms, and the CJK extension
 * planes. Each takes about two digit widths in a spreadsheet grid.
 */
const WIDE_CHARACTER =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/**
 * Width of a text in character cells (the unit of Excel column widths: one digit of the default font): one
 * per character, two per East Asian wide or fullwidth character. Counts code points, not UTF-16 units.
 *
 * Cost: O(length).
 * @example textWidthChars("Wednesday") // 9; textWidthChars("會員編號") // 8; textWidthChars("ＡＢ1") // 5
 */
export function textWidthChars(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE_CHARACTER.test(character) ? 2 : 1;
  return width;
}

/**
 * Width in character cells of a report cell as Excel shows it under the column's number format: text as
 * written, TRUE/FALSE, a number in its formatted text (thousands separators, fixed decimals, percent), a
 * date by its format's length (yyyy-mm-dd: 10); an empty cell is 0.
 *
 * Cost: O(text length).
 * @example cellDisplayChars(1234567.891, "#,##0.00") // 12 ("1,234,567.89"); cellDisplayChars(45292, "yyyy-mm-dd") // 10
 */
export function cellDisplayChars(cell: ReportCell, numberFormat: string): number {
  if (cell === null) return 0;
  if (typeof cell === "string") return textWidthChars(cell);
  if (typeof cell === "boolean") return cell ? 4 : 5;
  if (isDateFormat(numberFormat)) return dateFormatChars(numberFormat);
  return textWidthChars(formatNumberText(cell, numberFormat));
}
