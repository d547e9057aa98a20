/**
 * Worksheet-function errors in the user's language (issue 12, item 5): toExcelError words a known code from its
 * details in Excel's display language (Office.context.displayLanguage), a function's explicit [language]
 * argument wins, and a code without a wording keeps the core's plain English message. Called through the
 * simulator's function harness, as Excel calls them. The Chinese texts are src/i18n/messages/core-errors.ts's.
 */
import { builtMetadata, column, excelHarness, shownRows, valueError } from "../excel-harness";
import { toExcelError } from "../../../functions/shared/excel-error";
import { CoreError } from "../../../src/errors";

let metadata: Record<string, unknown> = {};
beforeAll(async () => {
  metadata = await builtMetadata();
});

type OfficeGlobal = { Office?: { context: { displayLanguage: string } } };

function setDisplayLanguage(tag: string | undefined): void {
  if (tag === undefined) delete (globalThis as OfficeGlobal).Office;
  else (globalThis as OfficeGlobal).Office = { context: { displayLanguage: tag } };
}

afterEach(() => setDisplayLanguage(undefined));

const call = async (id: string, args: Parameters<ReturnType<typeof excelHarness>["call"]>[1]) =>
  shownRows(await excelHarness(metadata, "null").call(id, args));

describe("worksheet-function errors in Excel's display language", () => {
  it("zh-TW: =RFM.LEVEL with no breakpoints says so in Traditional Chinese", async () => {
    setDisplayLanguage("zh-TW");
    expect(await call("RFM.LEVEL", [column(1), column(null)])).toEqual([[valueError("至少需要一個斷點。")]]);
  });

  it("zh-TW: unsorted breakpoints name the breakpoint and both values", async () => {
    setDisplayLanguage("zh-TW");
    // Breakpoint 2 is 4, not above breakpoint 1 (7).
    expect(await call("RFM.LEVEL", [column(1), [[7, 4, 9]]])).toEqual([
      [valueError("斷點必須由小到大：第 2 個斷點（4）沒有大於 7。")],
    ]);
  });

  it("zh-TW: =KMEANS.LABELS on one row needs at least 2", async () => {
    setDisplayLanguage("zh-TW");
    expect(await call("KMEANS.LABELS", [[[1]], 1])).toEqual([
      [valueError("至少需要 2 列資料（目前為 1 列）。")],
    ]);
  });

  it("an explicit [language] wins over the display language", async () => {
    setDisplayLanguage("zh-TW");
    expect(await call("KMEANS.ELBOW", [[[1]], null, null, "zh-CN"])).toEqual([
      [valueError("至少需要 2 行数据（当前为 1 行）。")],
    ]);
    expect(await call("KMEANS.ELBOW", [[[1]], null, null, "en"])).toEqual([
      [valueError("At least 2 rows are needed (got 1)")],
    ]);
  });

  it("Hong Kong's Traditional Chinese display is zh-TW; a blank [language] follows the display", async () => {
    setDisplayLanguage("zh-HK");
    expect(await call("KMEANS.ELBOW", [[[1]], null, null, null])).toEqual([
      [valueError("至少需要 2 列資料（目前為 1 列）。")],
    ]);
  });

  it("a core code is worded from its details, and without them in general words", () => {
    setDisplayLanguage("zh-TW");
    const message = "Member A appears more than once (row 2)";
    // rfm-from-member-table.ts: member A again on the second data row (row 1, 0-based).
    const detailed = new CoreError("DUPLICATE_MEMBER_ID", message, {
      argument: "memberId",
      row: 1,
      value: "A",
    });
    expect(toExcelError(detailed).message).toBe("會員 A 出現不只一次（第 2 列）：會員表每位會員只能有一列。");
    const bare = new CoreError("DUPLICATE_MEMBER_ID", message);
    expect(toExcelError(bare).message).toBe("有會員編號重複出現：會員表每位會員只能有一列。");
    setDisplayLanguage("en-US");
    expect(toExcelError(detailed).message).toBe(message);
  });

  it("a code without a wording keeps its plain English message", () => {
    setDisplayLanguage("zh-TW");
    // CELL_NOT_TEXT is the worksheet functions' own code (functions/promo.ts); the core words no such code.
    const error = new CoreError("CELL_NOT_TEXT", "labels must be text");
    const shown = toExcelError(error);
    expect([shown.code, shown.message]).toEqual(["#VALUE!", "labels must be text"]);
  });

  it("outside Excel (no Office global) the wording is English", () => {
    const shown = toExcelError(new CoreError("BREAKPOINTS_EMPTY", "At least one breakpoint is needed"));
    expect(shown.message).toBe("At least one breakpoint is needed");
  });
});
