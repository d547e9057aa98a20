import fc from "fast-check";
import { cellDisplayChars, textWidthChars } from "../../../taskpane/excel/display-width";

describe("textWidthChars", () => {
  test("one per Latin character, two per CJK or fullwidth character", () => {
    // W-e-d-n-e-s-d-a-y: 9 characters.
    expect(textWidthChars("Wednesday")).toBe(9);
    // 會員編號: 4 CJK ideographs × 2.
    expect(textWidthChars("會員編號")).toBe(8);
    // 平均客单价 (zh-CN): 5 × 2.
    expect(textWidthChars("平均客单价")).toBe(10);
    // Mixed: "R" 1 + "分群" 4 + "(k)" 3.
    expect(textWidthChars("R分群(k)")).toBe(8);
    // Fullwidth Ａ, Ｂ (U+FF21, U+FF22) 2 each, ASCII "1" 1.
    expect(textWidthChars("ＡＢ1")).toBe(5);
    // Hiragana and Hangul are wide too.
    expect(textWidthChars("あ한")).toBe(4);
    // An ideograph outside the BMP (U+20B9F 𠮟) is one character of width 2, not two UTF-16 units.
    expect(textWidthChars("𠮟")).toBe(2);
    // The en dash of "00:00–05:59" is narrow: 11 characters.
    expect(textWidthChars("00:00–05:59")).toBe(11);
    expect(textWidthChars("")).toBe(0);
  });

  test("between the length and twice the length of any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const codePoints = [...text].length;
        const width = textWidthChars(text);
        return width >= codePoints && width <= 2 * codePoints;
      }),
    );
  });
});

describe("cellDisplayChars", () => {
  test("a cell as shown under its column's format", () => {
    // "1,234,567.89": 12 characters.
    expect(cellDisplayChars(1234567.891, "#,##0.00")).toBe(12);
    // "25.0%": 5 characters.
    expect(cellDisplayChars(0.25, "0.0%")).toBe(5);
    // 45292 = 2024-01-01 under yyyy-mm-dd: 10 characters.
    expect(cellDisplayChars(45292, "yyyy-mm-dd")).toBe(10);
    // Text is shown as written, whatever the format.
    expect(cellDisplayChars("Important win-back", "@")).toBe(18);
    expect(cellDisplayChars("重要挽留", "@")).toBe(8);
    expect(cellDisplayChars(true, "General")).toBe(4);
    expect(cellDisplayChars(false, "General")).toBe(5);
    expect(cellDisplayChars(null, "#,##0")).toBe(0);
  });
});
