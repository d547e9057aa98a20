/**
 * coreErrorText: a core error worded from its code and details. Its English line is the core's own message
 * (checked against the real throw sites below), its Chinese lines are written out here, and a code or details it
 * cannot word give null so the door falls back to the plain English message.
 */
import { assertMatrix } from "../../../../src/cluster/matrix";
import { assertClusterCount, prepareMatrix } from "../../../../src/cluster/prepare-matrix";
import { CoreError, isCoreError } from "../../../../src/errors";
import { coreErrorText } from "../../../../src/i18n/messages/core-errors";
import { validateBreakpoints } from "../../../../src/rfm/level";

function thrown(run: () => unknown): CoreError {
  try {
    run();
  } catch (error) {
    if (isCoreError(error)) return error;
  }
  throw new Error("expected a CoreError");
}

const OPTIONS = { standardize: false, onConstantColumn: "keep", collapseDuplicates: true } as const;
const prepared = () =>
  prepareMatrix({ data: Float64Array.of(0, 1, 2), rows: 3, columns: 1 }, OPTIONS, "kmeans");

describe("coreErrorText", () => {
  it.each([
    ["no breakpoints", () => validateBreakpoints([])],
    ["a breakpoint that is not a number", () => validateBreakpoints([1, Number.NaN])],
    ["unsorted breakpoints", () => validateBreakpoints([7, 4])],
    ["one row", () => assertMatrix({ data: Float64Array.of(1), rows: 1, columns: 1 }, "kmeans")],
    ["k = 1.5", () => assertClusterCount(prepared(), 1.5)],
    ["k above the distinct rows", () => assertClusterCount(prepared(), 4)],
  ])("in English is the core's own message: %s", (_, run) => {
    const error = thrown(run);
    expect(coreErrorText("en", error)).toBe(error.message);
  });

  it("words the same errors in Traditional and Simplified Chinese", () => {
    const unsorted = thrown(() => validateBreakpoints([7, 4]));
    expect(coreErrorText("zh-TW", unsorted)).toBe("斷點必須由小到大：第 2 個斷點（4）沒有大於 7。");
    expect(coreErrorText("zh-CN", unsorted)).toBe("断点必须由小到大：第 2 个断点（4）没有大于 7。");
    const tooMany = thrown(() => assertClusterCount(prepared(), 4));
    expect(coreErrorText("zh-TW", tooMany)).toBe("k = 4 多於 3 個相異的資料列：請選擇較小的 k。");
    expect(coreErrorText("zh-CN", tooMany)).toBe("k = 4 多于 3 个不同的数据行：请选择较小的 k。");
  });

  it("passes the shared input and churn errors to their own catalogues", () => {
    // input-errors.ts: MISSING_COLUMN; churn-errors.ts: CHURN_HORIZON_INVALID.
    expect(
      coreErrorText("zh-TW", { code: "MISSING_COLUMN", details: { argument: "amount", input: "pareto" } }),
    ).toBe("帕累托分析需要「金額」欄位，但未辨識到：請指定。");
    expect(coreErrorText("en", { code: "CHURN_HORIZON_INVALID", details: { value: 0 } })).toBe(
      "The horizon must be a whole number of days, at least 1 (got 0).",
    );
  });

  it("gives null for a code it does not word, or details without the values it needs", () => {
    // CANCELLED: the pane's own cancel, worded by the pane (core-errors/index.ts lists the door codes).
    expect(coreErrorText("zh-TW", { code: "CANCELLED", details: {} })).toBeNull();
    expect(coreErrorText("zh-TW", { code: "K_EXCEEDS_DISTINCT_ROWS", details: { value: 4 } })).toBeNull();
    expect(
      coreErrorText("zh-TW", new CoreError("TOO_FEW_ROWS", "At least 2 rows are needed (got 1)")),
    ).toBeNull();
  });
});
