/** Excel shows a General number in at most 11 characters (a default-width column's worth of digits). */
const GENERAL_MAX_CHARS = 11;

/** Characters a date/time token takes when shown (month and day names at their longest English form). */
const DATE_TOKEN_CHARS: Readonly<Record<string, number>> = {
  yyyy: 4,
  yy: 2,
  mmmmm: 1,
  mmmm: 9,
  mmm: 3,
  mm: 2,
  m: 2,
  dddd: 9,
  ddd: 3,
  dd: 2,
  d: 2,
  hh: 2,
  h: 2,
  ss: 2,
  s: 2,
};

/**
 * The text Excel shows for a number under a number format, for the formats result sheets use: General
 * (at most 11 characters), "@" (shown as General), fixed decimals ("0", "0.000"), thousands separators
 * ("#,##0", "#,##0.00") and percent ("0.0%"). Only the first section of a format is read; quoted literal
 * text is appended. Separators are the en-US ones ("," and "."). Date formats are not handled here (see
 * dateFormatChars). Reference: "Review guidelines for customizing a number format" (Microsoft Support).
 *
 * Cost: O(digits + format length).
 * @example formatNumberText(1234567.891, "#,##0.00") // "1,234,567.89"; formatNumberText(0.256, "0.0%") // "25.6%"
 */
export function formatNumberText(value: number, numberFormat: string): string {
  const { code, literals } = splitFormat(numberFormat);
  if (code === "" || code === "@" || code.toLowerCase() === "general") return generalText(value) + literals;
  const percent = code.includes("%");
  const scaled = percent ? value * 100 : value;
  const decimals = (code.match(/\.(0+)/)?.[1] ?? "").length;
  const fixed = Math.abs(scaled).toFixed(decimals);
  const [integerPart = "0", fractionPart] = fixed.split(".");
  const grouped = /[#0],[#0]/.test(code) ? groupThousands(integerPart) : integerPart;
  const sign = scaled < 0 && /[1-9]/.test(fixed) ? "-" : "";
  return `${sign}${grouped}${fractionPart === undefined ? "" : `.${fractionPart}`}${percent ? "%" : ""}${literals}`;
}

/**
 * Whether a number format shows dates or times: its code (outside quotes and brackets) has y, m, d, h or s.
 *
 * @example isDateFormat("yyyy-mm-dd") // true; isDateFormat("#,##0") // false; isDateFormat("General") // false
 */
export function isDateFormat(numberFormat: string): boolean {
  const { code } = splitFormat(numberFormat);
  return code.toLowerCase() !== "general" && /[ymdhs]/i.test(code);
}

/**
 * Characters a date/time format shows, token by token: yyyy 4, mm/dd/hh/ss 2, mmm 3, mmmm 9 (September),
 * AM/PM 2, any other character 1.
 *
 * @example dateFormatChars("yyyy-mm-dd") // 10; dateFormatChars("yyyy-mm") // 7
 */
export function dateFormatChars(numberFormat: string): number {
  const { code, literals } = splitFormat(numberFormat);
  let chars = literals.length;
  for (const token of code.replace(/am\/pm/gi, "@@").match(/y+|m+|d+|h+|s+|[^ymdhs]/gi) ?? []) {
    chars += DATE_TOKEN_CHARS[token.toLowerCase()] ?? (/^[ymdhs]/i.test(token) ? 9 : 1);
  }
  return chars;
}

/** The first section of a format, without quoted literals, escapes and [colour]/[locale] brackets. */
function splitFormat(numberFormat: string): { code: string; literals: string } {
  let code = "";
  let literals = "";
  let quoted = false;
  let bracket = false;
  for (let index = 0; index < numberFormat.length; index++) {
    const char = numberFormat.charAt(index);
    if (quoted) {
      if (char === '"') quoted = false;
      else literals += char;
    } else if (bracket) {
      bracket = char !== "]";
    } else if (char === '"') quoted = true;
    else if (char === "[") bracket = true;
    else if (char === "\\") literals += numberFormat.charAt(++index);
    else if (char === ";") break;
    else if (char !== "_" && char !== "*") code += char;
    else index++; // "_x" pads and "*x" repeats: neither adds a fixed character worth counting.
  }
  return { code: code.trim(), literals };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ",");
}

/** General: integers as they are up to 11 digits; decimals rounded to fit 11 characters; else scientific. */
function generalText(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e11 || magnitude < 1e-9)) {
    return value
      .toExponential(5)
      .toUpperCase()
      .replace(/E([+-])(\d)$/, "E$10$2");
  }
  if (Number.isInteger(value)) return String(value);
  const integerChars = String(Math.trunc(Math.abs(value))).length + (value < 0 ? 1 : 0);
  const decimals = Math.max(0, Math.min(10, GENERAL_MAX_CHARS - integerChars - 1));
  const fixed = value.toFixed(decimals);
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}
