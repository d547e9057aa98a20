import { isDateNumberFormat } from "../../../src/table/number-format";

// Formats from Excel's built-in list (ECMA-376 §18.8.30) and the zh-TW/zh-CN locales' date formats.
describe("isDateNumberFormat", () => {
  it.each([
    "yyyy-mm-dd",
    "m/d/yyyy",
    "d-mmm-yy",
    'yyyy"年"m"月"d"日"',
    "[$-404]e/m/d",
    "[$-F800]dddd, mmmm dd, yyyy",
    "h:mm AM/PM",
    "[h]:mm:ss",
    "yyyy/m/d h:mm",
    "mm:ss",
  ])("%j is a date/time format", (format) => {
    expect(isDateNumberFormat(format)).toBe(true);
  });

  it.each([
    "General",
    "0",
    "0.00",
    "#,##0",
    "#,##0.00;[Red]-#,##0.00",
    "0%",
    "0.00E+00",
    "@",
    '"$"#,##0',
    '#,##0 "元"',
    '_("$"* #,##0.00_);_("$"* (#,##0.00);_("$"* "-"??_);_(@_)',
    "[$$-409]#,##0.00",
    "$#,##0.00",
    "",
    undefined,
    null,
  ])("%j is not", (format) => {
    expect(isDateNumberFormat(format)).toBe(false);
  });
});
