import { halfWidthMarksInChinese } from "../../../src/i18n/chinese-punctuation";

// The cases are the issue's own examples (issue 12, item 12) and the rule's documented exceptions, checked by eye.
const marks = (text: string) => halfWidthMarksInChinese(text).map((found) => found.mark);

describe("halfWidthMarksInChinese", () => {
  it("flags the issue's examples: 使用的列數:848 / 848 and 3(建議)", () => {
    expect(marks("使用的列數:848 / 848")).toEqual([":"]);
    expect(marks("3(建議)")).toEqual(["(", ")"]);
  });

  it("flags each of : , ( ) ; ? ! on either side of Chinese, spaces between or not", () => {
    expect(marks("分群數 (k)")).toEqual(["("]);
    expect(marks("請輸入年度, 例如 2023")).toEqual([","]);
    expect(marks("已取消;沒有寫入")).toEqual([";"]);
    expect(marks("要繼續嗎?")).toEqual(["?"]);
    expect(marks("完成!")).toEqual(["!"]);
    expect(marks("第 {row} 行，{column}:“{value}”")).toEqual([":"]);
  });

  it("allows marks between ASCII only: numbers, ranges, placeholders, ASCII fragments set off by spaces", () => {
    expect(marks("共 1,234 列")).toEqual([]);
    expect(marks("範圍 A1:B2 的值")).toEqual([]);
    expect(marks("{count}: {value} 位")).toEqual([]);
    expect(marks("依 R/F/M (1-5) score 分群")).toEqual([]);
    expect(marks("GMV (R/F/M) 與 UV")).toEqual([")"]);
    expect(marks("例如 2, 3, 4, 7。")).toEqual([]);
  });

  it("flags an ASCII fragment that touches Chinese", () => {
    expect(marks("分數(R/F/M)")).toEqual(["("]);
  });

  it("leaves the brackets of a call alone, even around Chinese, but not brackets after a digit", () => {
    expect(marks("ln(1 + 累計消費)")).toEqual([]);
    expect(marks("=CHURN.PROBABILITY(recency, coefficients) 以下列")).toEqual([]);
    expect(marks("2(建議)")).toEqual(["(", ")"]);
  });

  it("reports where: the index and the text around the mark", () => {
    expect(halfWidthMarksInChinese("使用的列數:848")).toEqual([
      { index: 5, mark: ":", context: "使用的列數:848" },
    ]);
  });

  it("has nothing to say about full-width text", () => {
    expect(marks("平均輪廓係數在 k = {k} 時最高（{value}）。")).toEqual([]);
  });
});
