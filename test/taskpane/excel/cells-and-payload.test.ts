import { toExcelCell } from "../../../taskpane/excel/excel-cell";
import { jsonUtf8Bytes, utf8Bytes } from "../../../taskpane/excel/payload-size";

test("text is written with Excel's apostrophe prefix, null as an empty cell, numbers and Booleans as they are", () => {
  expect(["=SUM(A1)", "007", "plain", "", null, 4.5, false].map(toExcelCell)).toEqual([
    "'=SUM(A1)",
    "'007",
    "'plain",
    "",
    "",
    4.5,
    false,
  ]);
});

test("UTF-8 sizes agree with Node's own encoder", () => {
  // Buffer.byteLength is an independent UTF-8 implementation.
  for (const text of ["abc", "é", "分群", "😀", "mixed 分 é 😀", "\u0000\u007f\u0080\u07ff\u0800\uffff"]) {
    expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, "utf8"));
  }
  expect(jsonUtf8Bytes([["a", 1]])).toBe(9);
  expect(jsonUtf8Bytes(["分"])).toBe(7);
});
