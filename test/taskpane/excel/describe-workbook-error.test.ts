// The pane words every failure the workbook port can report from its code (issue 10, item 9): Excel's codes that
// the port's calls can meet (application-specific-api-error-handling; InvalidRequestContext from
// OfficeExtension.ErrorCodes and office-js issue 6964) and the port's own CoreError codes, in en, zh-TW, zh-CN.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { LOCALES } from "../../../src/i18n/locale";
import { describeWorkbookError, WORKBOOK_ERROR_CODES } from "../../../taskpane/excel/describe-workbook-error";

const portFolder = path.resolve(__dirname, "../../../taskpane/excel");

/** Codes of the CoreErrors the port throws, read from its source. */
function portCoreErrorCodes(): string[] {
  const codes = new Set<string>();
  for (const file of readdirSync(portFolder).filter((name) => name.endsWith(".ts"))) {
    const text = readFileSync(path.join(portFolder, file), "utf8");
    for (const match of text.matchAll(/new CoreError\(\s*"([A-Z_]+)"/g)) codes.add(match[1] as string);
  }
  return [...codes].sort();
}

describe("wording of the port's failures", () => {
  test("every CoreError the port throws is worded, except the ones about a malformed result (a bug, not a user's problem)", () => {
    const bugs = ["INVALID_ADDRESS", "INVALID_RESULT_SHEET"];
    const unworded = portCoreErrorCodes().filter(
      (code) => !bugs.includes(code) && !(WORKBOOK_ERROR_CODES as string[]).includes(code),
    );
    expect(unworded).toEqual([]);
    expect(portCoreErrorCodes()).toEqual(
      expect.arrayContaining(["REPLACE_INCOMPLETE", "WRITE_NOT_CLEANED_UP"]),
    );
  });

  test("the Excel codes of interruptions, payload limits and taken names are worded", () => {
    expect(WORKBOOK_ERROR_CODES).toEqual(
      expect.arrayContaining([
        "InvalidOperationInCellEditMode",
        "InvalidRequestContext",
        "ItemAlreadyExists",
        "ItemNotFound",
        "RequestPayloadSizeLimitExceeded",
        "ResponsePayloadSizeLimitExceeded",
        "RangeExceedsLimit",
        "GeneralException",
      ]),
    );
  });

  test.each(LOCALES)(
    "in %s each code has its own wording and a next step; Chinese uses full-width punctuation",
    (locale) => {
      const worded = WORKBOOK_ERROR_CODES.map((code) =>
        describeWorkbookError(locale, { code, details: { value: "S" } }),
      );
      for (const wording of worded) {
        expect(wording?.what).toMatch(/\S/);
        expect(wording?.todo).toMatch(/\S/);
        // ASCII , ; : ( ) ! ? are half-width; a comma between digits (5,000,000) is a number's, not punctuation.
        if (locale !== "en")
          expect(`${wording?.what}${wording?.todo}`).not.toMatch(/(?<!\d),|,(?!\d)|[;:()!?]/);
      }
      const whats = worded.map((wording) => wording?.what);
      // ApiNotFound and NotImplemented say the same thing on purpose; every other code has its own sentence.
      expect(new Set(whats).size).toBe(whats.length - 1);
    },
  );

  test("the sheet's name comes from the error's details; errors of other kinds are not worded here", () => {
    expect(
      describeWorkbookError("zh-TW", { code: "WRITE_NOT_CLEANED_UP", details: { value: "分群" } }),
    ).toEqual({
      what: "寫入已停止，未完成的工作表「分群」無法移除。",
      todo: "請手動刪除工作表「分群」（在工作表索引標籤上按右鍵 › 刪除），然後再執行一次。",
    });
    expect(describeWorkbookError("en", { code: "K_INVALID" })).toBeNull();
    expect(describeWorkbookError("en", new Error("plain"))).toBeNull();
  });
});
