import { intakeSummarySheet } from "../../../src/report/intake-summary";
import type { RunRecord } from "../../../src/report/types";
import { tableFromGrid } from "../../../src/table/table-from-grid";

const runRecord: RunRecord = {
  inputAddress: "Sheet1!A1:D5",
  rowCount: 4,
  parameters: {},
  engineVersion: "test",
  timestampIso: "2021-01-05T00:00:00.000Z",
};

// Four data rows: row 3 has no member id (blankKey), row 4 has "oops" as sales (unparseableNumber),
// so rows with every recognised column filled = rows 2 and 5 = 2 of 4.
const table = tableFromGrid({
  values: [
    ["Customer ID", "Order Date", "Sales", "Note"],
    ["C1", "2021-01-05", 10, ""],
    ["", "2021-01-06", 20, "b"],
    ["C3", "2021-01-07", "oops", "c"],
    ["C4", "2021-01-08", 40, "d"],
  ],
});

describe("intakeSummarySheet", () => {
  it("lists each column with its role, type, non-blank count and first value", () => {
    const sheet = intakeSummarySheet(table, "en", runRecord);
    expect(sheet.baseName).toBe("Intake");
    const columns = sheet.tables[0];
    expect(columns?.id).toBe("intake.columns");
    expect(columns?.rows).toEqual([
      ["Customer ID", "Member ID", "Text", 3, "C1"],
      ["Order Date", "Order date", "Date", 4, "2021-01-05"],
      ["Sales", "Amount", "Number", 3, "10"],
      ["Note", "(none)", "Text", 3, "b"],
    ]);
    expect(columns?.notes).toEqual([
      "4 data rows × 4 columns.",
      "Header at row 1.",
      "Rows with a value in every recognised column: 2 of 4.",
    ]);
    expect(sheet.runRecord).toBe(runRecord);
    expect(sheet.charts).toEqual([]);
  });

  it("lists each quality issue with its first example", () => {
    const quality = intakeSummarySheet(table, "en", runRecord).tables[1];
    expect(quality?.rows).toEqual([
      ["Not a number", expect.stringContaining("not a number"), 1, 4, "Sales", "oops"],
      ["Blank ID", expect.stringContaining("blank"), 1, 3, "Customer ID", ""],
    ]);
    expect(quality?.columns.map((column) => column.key)).toEqual([
      "rule",
      "description",
      "rows",
      "firstRow",
      "firstColumn",
      "firstValue",
    ]);
  });

  it("is written in Traditional and Simplified Chinese", () => {
    const tw = intakeSummarySheet(table, "zh-TW", runRecord);
    expect(tw.baseName).toBe("資料檢查");
    expect(tw.tables[0]?.rows[0]?.slice(1, 3)).toEqual(["會員編號", "文字"]);
    expect(tw.tables[1]?.rows[1]?.[0]).toBe("編號空白");
    const cn = intakeSummarySheet(table, "zh-CN", runRecord);
    expect(cn.baseName).toBe("数据检查");
    expect(cn.tables[0]?.columns.map((column) => column.header)).toEqual([
      "列",
      "角色",
      "类型",
      "非空单元格",
      "示例",
    ]);
  });

  it("says so when there is nothing to report", () => {
    const clean = tableFromGrid({ values: [["Sales"], [1]] });
    const quality = intakeSummarySheet(clean, "en", runRecord).tables[1];
    expect(quality?.rows).toEqual([]);
    expect(quality?.notes).toEqual(["No data-quality issues found."]);
  });
});
