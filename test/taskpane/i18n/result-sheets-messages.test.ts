import { resultSheetsText, sheetList } from "../../../taskpane/i18n/result-sheets-messages";

describe("sheetList: quoted sheet names joined as each language lists them", () => {
  test("English: curly quotes, commas and “and” before the last", () => {
    expect(sheetList("en", ["Segments"])).toBe("“Segments”");
    expect(sheetList("en", ["Segments", "Members", "Elbow"])).toBe("“Segments”, “Members” and “Elbow”");
  });

  test("Traditional Chinese: corner brackets and the enumeration comma 、", () => {
    expect(sheetList("zh-TW", ["分群", "會員", "手肘法"])).toBe("「分群」、「會員」和「手肘法」");
  });

  test("Simplified Chinese: curly quotes and 、", () => {
    expect(sheetList("zh-CN", ["分群", "会员"])).toBe("“分群”和“会员”");
  });

  test("a sentence with the list, in Simplified Chinese with full-width punctuation", () => {
    expect(resultSheetsText("zh-CN", "keptPrevious", { sheets: sheetList("zh-CN", ["分群", "会员"]) })).toBe(
      "“分群”和“会员”仍是上次运行的结果。",
    );
  });
});
