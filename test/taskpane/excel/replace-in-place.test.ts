// Issue 10, item 7: replacing a result sheet used to delete it and rename a new one, which turns every formula
// that reads it (=Segments!B5) into #REF!. Now the sheet itself is cleared and refilled from a staging sheet.
import { createSimulatedExcel } from "../../../playground/simulator";
import type { ResultSheet } from "../../../src/report/types";
import { DEFAULT_RETRY_POLICY } from "../../../taskpane/excel/sync-retry";
import { createWorkbookPort, planSheetWrite } from "../../../taskpane/excel/workbook-port";
import { segmentsSheet } from "./result-sheet-fixture";

function setUp(excelApiVersion?: string) {
  const sim = createSimulatedExcel({ mode: "web", excelApiVersion });
  const retry = { ...DEFAULT_RETRY_POLICY, wait: async () => {} };
  return { sim, port: createWorkbookPort(sim, { requirements: sim.requirements, retry }) };
}

/** The fixture with other member counts: 100, 200, 300. */
function newerSegments(): ResultSheet {
  const sheet = segmentsSheet();
  const [table] = sheet.tables;
  if (table === undefined) throw new Error("fixture has a table");
  const rows = table.rows.map((row, index) => [row[0] ?? null, (index + 1) * 100, ...row.slice(2)]);
  return { ...sheet, tables: [{ ...table, rows }] };
}

/** A user's sheet reading the result: B5 is the members of the second segment, B4:B6 all three. */
async function addUserReport(sim: ReturnType<typeof createSimulatedExcel>) {
  sim.addSheet("Report");
  await sim.run(async (context) => {
    context.workbook.worksheets.getItem("Report").getRange("A1:B1").values = [
      ["=Segments!B5", "=SUM(Segments!B4:B6)"],
    ];
    await context.sync();
  });
}

describe("replace rewrites the add-in's sheet in place", () => {
  test("formulas in the user's sheets keep reading it and see the new numbers", async () => {
    const { sim, port } = setUp();
    await port.writeResultSheet(segmentsSheet());
    await addUserReport(sim);
    // Before: 2,400 in B5 and 1,200 + 2,400 + 1,200 = 4,800 (result-sheet-fixture.ts).
    expect(sim.workbook.sheet("Report").values("A1:B1")).toEqual([[2400, 4800]]);
    await port.writeResultSheet(newerSegments(), { replace: "Segments" });
    // After: 200 in B5 and 100 + 200 + 300 = 600; the formulas still name Segments, none is #REF!.
    const report = sim.workbook.sheet("Report");
    expect(report.values("A1:B1")).toEqual([[200, 600]]);
    expect([report.cell("A1").formula, report.cell("B1").formula]).toEqual([
      "=Segments!B5",
      "=SUM(Segments!B4:B6)",
    ]);
    expect(sim.workbook.sheetNames).toEqual(["Sheet1", "Segments", "Report"]);
    expect(sim.workbook.sheet("Segments").numberFormats("B4:D4")).toEqual([["#,##0", "0.0%", "yyyy-mm-dd"]]);
    expect(sim.workbook.sheet("Segments").frozenRows).toBe(3);
  });

  test("a failure while the new rows are written leaves the old sheet as it was and no staging sheet", async () => {
    const { sim, port } = setUp();
    await port.writeResultSheet(segmentsSheet());
    await addUserReport(sim);
    const before = sim.syncCount;
    // Requests of the replace: 1 record, 2 staging sheet, 3 rows, 4 read the old sheet, 5 rewrite it.
    expect(planSheetWrite(newerSegments(), { replace: true }).syncCount).toBe(5);
    sim.failSync(before + 3);
    await expect(port.writeResultSheet(newerSegments(), { replace: "Segments" })).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(sim.workbook.sheetNames).toEqual(["Sheet1", "Segments", "Report"]);
    expect(sim.workbook.sheet("Segments").values("B4:B6")).toEqual([[1200], [2400], [1200]]);
    expect(sim.workbook.sheet("Segments").tables).toHaveLength(1);
    expect(sim.workbook.sheet("Report").values("A1:B1")).toEqual([[2400, 4800]]);
  });

  test("a rewrite Excel refuses outright is reported as REPLACE_INCOMPLETE and the staging sheet is removed", async () => {
    const { sim, port } = setUp();
    await port.writeResultSheet(segmentsSheet());
    sim.failSync(sim.syncCount + 5);
    await expect(port.writeResultSheet(newerSegments(), { replace: "Segments" })).rejects.toMatchObject({
      code: "REPLACE_INCOMPLETE",
      details: { value: "Segments", argument: "GeneralException" },
    });
    expect(sim.workbook.sheetNames).toEqual(["Sheet1", "Segments"]);
  });

  test("a rewrite refused while the user edits a cell is sent again and goes through", async () => {
    const { sim, port } = setUp();
    await port.writeResultSheet(segmentsSheet());
    const rewrite = sim.syncCount + 5;
    const unsubscribe = sim.subscribe((entry) => {
      if (entry.syncNumber === rewrite - 1) sim.setCellEditMode(true);
      if (entry.syncNumber === rewrite) sim.setCellEditMode(false);
    });
    await port.writeResultSheet(newerSegments(), { replace: "Segments" });
    unsubscribe();
    expect(sim.requestLog[rewrite - 1]?.outcome).toBe("InvalidOperationInCellEditMode");
    expect(sim.workbook.sheet("Segments").values("B4:B6")).toEqual([[100], [200], [300]]);
  });

  test("without ExcelApi 1.9 (Range.copyFrom) replace is refused before anything is written", async () => {
    const { sim, port } = setUp("1.8");
    await port.writeResultSheet(segmentsSheet());
    const before = sim.syncCount;
    await expect(port.writeResultSheet(newerSegments(), { replace: "Segments" })).rejects.toMatchObject({
      code: "REPLACE_UNSUPPORTED",
    });
    expect(sim.syncCount - before).toBe(1);
    expect(sim.workbook.sheet("Segments").values("B4:B6")).toEqual([[1200], [2400], [1200]]);
  });
});
