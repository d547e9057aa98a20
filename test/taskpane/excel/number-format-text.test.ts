import { dateFormatChars, formatNumberText, isDateFormat } from "../../../taskpane/excel/number-format-text";

// Expected texts are what Excel shows for these formats (en-US separators), written out by hand.
describe("formatNumberText", () => {
  test("thousands separators and fixed decimals", () => {
    // 1234567.891 rounded to 2 decimals = 1234567.89; groups of three from the right: 1,234,567.89.
    expect(formatNumberText(1234567.891, "#,##0.00")).toBe("1,234,567.89");
    expect(formatNumberText(7863.83, "#,##0")).toBe("7,864");
    expect(formatNumberText(999, "#,##0")).toBe("999");
    expect(formatNumberText(-1234.5, "#,##0.0")).toBe("-1,234.5");
    expect(formatNumberText(1000000, "#,##0")).toBe("1,000,000");
  });

  test("fixed decimals without separators", () => {
    expect(formatNumberText(36.04, "0")).toBe("36");
    expect(formatNumberText(0.2656, "0.000")).toBe("0.266");
    expect(formatNumberText(12345.6, "0.00")).toBe("12345.60");
    // -0.04 rounds to 0.0: no minus sign on a shown zero.
    expect(formatNumberText(-0.04, "0.0")).toBe("0.0");
  });

  test("percent multiplies by 100", () => {
    // 0.2569 × 100 = 25.69 → one decimal 25.7.
    expect(formatNumberText(0.2569, "0.0%")).toBe("25.7%");
    expect(formatNumberText(1, "0%")).toBe("100%");
  });

  test("General and @ show at most 11 characters", () => {
    expect(formatNumberText(42, "General")).toBe("42");
    expect(formatNumberText(42, "@")).toBe("42");
    // π in 11 characters: "3." plus 9 decimals.
    expect(formatNumberText(Math.PI, "General")).toBe("3.141592654");
    expect(formatNumberText(0.5, "General")).toBe("0.5");
    // 123456789012 has 12 digits: Excel switches to scientific, 1.23457E+11.
    expect(formatNumberText(123456789012, "General")).toBe("1.23457E+11");
  });

  test("quoted literal text is shown, other sections ignored", () => {
    expect(formatNumberText(5, '0" days"')).toBe("5 days");
    expect(formatNumberText(1234, "#,##0;(#,##0)")).toBe("1,234");
    expect(formatNumberText(1234, "[Blue]#,##0")).toBe("1,234");
  });
});

describe("date formats", () => {
  test("recognised by y, m, d, h or s outside quotes", () => {
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat("yyyy-mm")).toBe(true);
    expect(isDateFormat("hh:mm")).toBe(true);
    expect(isDateFormat("#,##0")).toBe(false);
    expect(isDateFormat("General")).toBe(false);
    expect(isDateFormat('0" days"')).toBe(false);
  });

  test("width by tokens", () => {
    // 2024-01-01 = 4 + 1 + 2 + 1 + 2.
    expect(dateFormatChars("yyyy-mm-dd")).toBe(10);
    expect(dateFormatChars("yyyy-mm")).toBe(7);
    // 1/31/2024 at its widest: 12/31/2024 = 2 + 1 + 2 + 1 + 4.
    expect(dateFormatChars("m/d/yyyy")).toBe(10);
    // "yyyy-mm-dd hh:mm" = 10 + 1 + 5.
    expect(dateFormatChars("yyyy-mm-dd hh:mm")).toBe(16);
    // "h:mm AM/PM": 2 + 1 + 2 + 1 + 2.
    expect(dateFormatChars("h:mm AM/PM")).toBe(8);
    // "d mmmm yyyy" at its widest: "30 September 2024" = 2 + 1 + 9 + 1 + 4.
    expect(dateFormatChars("d mmmm yyyy")).toBe(17);
  });
});
