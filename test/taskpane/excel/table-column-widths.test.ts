import { createSimulatedExcel } from "../../../playground/simulator";
import type { ReportTable, ResultSheet } from "../../../src/report/types";
import { fittedColumnChars, tableColumnWidths } from "../../../taskpane/excel/table-column-widths";
import { createWorkbookPort } from "../../../taskpane/excel/workbook-port";
import { runRecord } from "./result-sheet-fixture";

// Points for a width in characters: round(chars × 7 + 5) × 0.75 (ECMA-376 Part 1, 18.3.1.13).
function table(id: string, columns: ReportTable["columns"], rows: ReportTable["rows"]): ReportTable {
  return { id, title: id, columns, rows };
}

const byWeekday = table(
  "weekday",
  [
    { key: "weekday", header: "Weekday", numberFormat: "@" },
    { key: "orders", header: "Orders", numberFormat: "#,##0" },
  ],
  [
    ["Sunday", 75],
    ["Wednesday", 93],
  ],
);
const amounts = table(
  "amounts",
  [
    { key: "member", header: "Member", numberFormat: "@" },
    { key: "amount", header: "Average amount per member", numberFormat: "#,##0.00" },
  ],
  [["M0001", 1234567.891]],
);

describe("fittedColumnChars", () => {
  test("widest of header (+ filter button) and data as shown, plus padding", () => {
    // Header "Weekday" 7 + 2 (filter button) = 9; "Wednesday" 9; max 9, + 2 padding = 11.
    expect(fittedColumnChars(byWeekday, 0, 100)).toBe(11);
    // Header "Orders" 6 + 2 = 8 beats "93" (2): 8 + 2 = 10.
    expect(fittedColumnChars(byWeekday, 1, 100)).toBe(10);
    // Header 25 + 2 = 27 beats "1,234,567.89" (12): 27 + 2 = 29.
    expect(fittedColumnChars(amounts, 1, 100)).toBe(29);
  });

  test("only the first sampleRows rows count", () => {
    // With one sample row only "Sunday" (6) is read: the header's 9 wins, 9 + 2 = 11.
    const long = table("t", byWeekday.columns, [
      ["Sunday", 1],
      ["A much longer weekday name", 2],
    ]);
    expect(fittedColumnChars(long, 0, 1)).toBe(11);
    // With both rows: 26 + 2 = 28.
    expect(fittedColumnChars(long, 0, 2)).toBe(28);
  });

  test("clamped to [6, 60]; no filter button without rows", () => {
    const tiny = table("t", [{ key: "h", header: "0", numberFormat: "0" }], [[1]]);
    // "0" 1 + 2 + 2 = 5 → 6.
    expect(fittedColumnChars(tiny, 0, 100)).toBe(6);
    const huge = table("t", [{ key: "n", header: "Note", numberFormat: "@" }], [["x".repeat(200)]]);
    expect(fittedColumnChars(huge, 0, 100)).toBe(60);
    // No rows, no Excel table: "會員編號" 8 + 2 padding = 10.
    const empty = table("t", [{ key: "m", header: "會員編號", numberFormat: "@" }], []);
    expect(fittedColumnChars(empty, 0, 100)).toBe(10);
  });
});

describe("tableColumnWidths", () => {
  test("the widest table sharing a column wins; widthChars counts as given", () => {
    // Column A: weekday 11 chars vs member ("Member" 6 + 2 vs "M0001" 5) 10 → 11 chars = round(82) × 0.75 = 61.5.
    // Column B: orders 10 vs amount 29 → round(29 × 7 + 5) × 0.75 = 208 × 0.75 = 156.
    expect(tableColumnWidths([byWeekday, amounts], 100)).toEqual([
      { column: 0, points: 61.5 },
      { column: 1, points: 156 },
    ]);
    const fixed = table("f", [{ key: "s", header: "S", numberFormat: "@", widthChars: 30 }], [["x"]]);
    // 30 chars = round(215) × 0.75 = 161.25, wider than the fitted 11 of column A.
    expect(tableColumnWidths([byWeekday, fixed], 100)[0]).toEqual({ column: 0, points: 161.25 });
  });

  test("written through the port: an earlier table's header is not cut by a later table", async () => {
    // Before, each table autofitted its own columns and the last (amounts) won: column A fitted "Member".
    const sheet: ResultSheet = { baseName: "Timing", tables: [byWeekday, amounts], charts: [], runRecord };
    const sim = createSimulatedExcel({ mode: "web" });
    const port = createWorkbookPort(sim, { requirements: sim.requirements });
    await port.writeResultSheet(sheet);
    const written = sim.workbook.sheet("Timing");
    expect(written.columnWidth("A")).toBe(61.5);
    expect(written.columnWidth("B")).toBe(156);
  });
});
