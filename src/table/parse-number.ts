import { normalizeCellText } from "./normalize-text";

/** Digits with optional 3-digit groups separated by "," or a space, an optional fraction and exponent. */
const GROUPED_DECIMAL = /^(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;
/** The same with "." or a space between thousands and "," before the fraction ("1.234,5", "1 234,5"). */
const GROUPED_DECIMAL_COMMA = /^(?:\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+|\d+)?(?:,\d+)?(?:e[+-]?\d+)?$/i;
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;
const PLAIN_INTEGER = /^-?\d+$/;

/**
 * How a text number separates its fraction: "dot" = "1,234.5" (English, Chinese exports), "comma" =
 * "1.234,5" or "1 234,5" (most of continental Europe).
 */
export type NumberStyle = "dot" | "comma";
const CURRENCY_PREFIX = /^(?:nt\$|us\$|hk\$|rmb|cny|twd|ntd|usd|hkd|eur|gbp|jpy|\$|¥|€|£)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:元|圓|圆|块|塊|rmb|cny|twd|ntd|usd|hkd|eur|gbp|jpy)$/i;

/**
 * Reads a number the way people type it in exports: thousands separators ("1,234.5", "1 234"), currency
 * signs before or after ("$12", "NT$1,200", "¥35", "€3", "£4", "35元", "12 USD"), a percent sign
 * ("12%" → 0.12), full-width digits ("１２３"), a leading sign on either side of the currency ("-$5", "$-5"),
 * accounting negatives in parentheses ("(12)" → -12), and exponents ("1.5e3").
 *
 * Returns null when the text is not a number (including ""), so the caller can report it. With the default
 * `style` "dot", decimal commas ("12,5") are not accepted: "1,234" always means one thousand two hundred and
 * thirty-four, and a comma group that is not three digits makes the text unparseable rather than silently
 * wrong. With `style` "comma" the roles swap: "1.234,5" is 1234.5, "12,5" is 12.5 and "12.5" is unparseable.
 * A column's style is chosen once from all its cells (numberStyleOfCells), never per cell.
 *
 * Cost: O(length).
 *
 * @example parseNumberText("NT$1,234.50") // 1234.5
 * @example parseNumberText("(12%)") // -0.12
 * @example parseNumberText("12,34") // null
 * @example parseNumberText("1.234,50", "comma") // 1234.5
 */
export function parseNumberText(text: string, style: NumberStyle = "dot"): number | null {
  if ((style === "dot" ? PLAIN_DECIMAL : PLAIN_INTEGER).test(text)) return Number(text);
  let rest = normalizeCellText(text);
  if (rest === "") return null;
  let parenthesised = false;
  if (rest.startsWith("(") && rest.endsWith(")")) {
    parenthesised = true;
    rest = rest.slice(1, -1).trim();
  }
  let sign = leadingSign(rest);
  rest = rest.slice(sign === 0 ? 0 : 1).trimStart();
  rest = rest.replace(CURRENCY_PREFIX, "").replace(CURRENCY_SUFFIX, "");
  const signAfterCurrency = leadingSign(rest);
  if (signAfterCurrency !== 0) {
    if (sign !== 0) return null;
    sign = signAfterCurrency;
    rest = rest.slice(1).trimStart();
  }
  if (parenthesised && sign !== 0) return null;
  const negative = parenthesised || sign === -1;
  let scale = 1;
  if (rest.endsWith("%")) {
    scale = 0.01;
    rest = rest.slice(0, -1).trimEnd();
  }
  const grouped = style === "dot" ? GROUPED_DECIMAL : GROUPED_DECIMAL_COMMA;
  if (rest === "" || rest === "." || rest === "," || !grouped.test(rest) || !/\d/.test(rest)) return null;
  const plain = style === "dot" ? rest.replace(/[, ]/g, "") : rest.replace(/[. ]/g, "").replace(",", ".");
  const magnitude = Number(plain);
  if (!Number.isFinite(magnitude)) return null;
  const value = scale === 1 ? magnitude : roundToSignificant(magnitude * scale);
  return negative ? -value : value;
}

/** 1 for a leading "+", -1 for a leading "-", 0 for none. */
function leadingSign(text: string): -1 | 0 | 1 {
  if (text.startsWith("-")) return -1;
  return text.startsWith("+") ? 1 : 0;
}

/** 12 * 0.01 is 0.12000000000000001 in binary; percentages are written with far fewer than 15 digits. */
function roundToSignificant(value: number): number {
  return Number(value.toPrecision(15));
}
