// Issue 10, item 11: tables are added over a Range of the result sheet (a bare address binds to the active
// sheet); chart sheets hold names the worksheets collection does not list; a read block whose response is over
// Excel on the web's cap is read again in smaller blocks.
import { createSimulatedExcel } from "../../../playground/simulator";
import { FIRST_READ_CELLS } from "../../../taskpane/excel/read-rows";
import { createWorkbookPort } from "../../../taskpane/excel/workbook-port";
import { segmentsSheet } from "./result-sheet-fixture";

describe("tables and names of a written sheet", () => {
  test("the table lands on the result sheet, not on the user's active sheet", async () => {
    // TableCollection.add: "If the address does not contain a sheet name, the currently-active sheet is used".
    const sim = createSimulatedExcel({ mode: "web" });
    sim.addSheet("Orders", {
      values: [
        ["Member", "Amount", "Date", "Channel"],
        ["m1", 3, 45292, "web"],
      ],
    });
    sim.select("Orders!A1:D2");
    const port = createWorkbookPort(sim, { requirements: sim.requirements });
    await port.writeResultSheet(segmentsSheet());
    expect(sim.workbook.sheet("Segments").tables.map((table) => table.address)).toEqual(["Segments!A3:D6"]);
    expect(sim.workbook.sheet("Orders").tables).toEqual([]);
    expect(sim.workbook.sheet("Orders").values("A1:D1")).toEqual([["Member", "Amount", "Date", "Channel"]]);
  });

  test("a chart sheet's name is skipped: Excel refuses it, and the next free name is used", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    sim.addChartSheet("Segments");
    const port = createWorkbookPort(sim, { requirements: sim.requirements });
    const written = await port.writeResultSheet(segmentsSheet());
    expect(written.sheetName).toBe("Segments (2)");
    expect(sim.workbook.sheetNames).toEqual(["Sheet1", "Segments (2)"]);
    expect(sim.requestLog.map((entry) => entry.outcome)).toContain("ItemAlreadyExists");
  });
});

describe("reading a block whose later rows are much longer than the first ones", () => {
  test("a response over the cap is read again in halves until it fits; every value arrives", async () => {
    // A 1,000,000-byte cap and a 700,000-byte budget. The first block (FIRST_READ_CELLS / 4 = 2,500 rows) holds
    // short text, so the estimate allows thousands of rows per block; the 3,000 rows after it hold 1,000
    // characters each (3 MB in all), so that block is refused with ResponsePayloadSizeLimitExceeded.
    const sim = createSimulatedExcel({ mode: "web", payloadLimitBytes: 1_000_000 });
    const shortRows = FIRST_READ_CELLS / 4;
    const rows = [
      ...Array.from({ length: shortRows }, (_, index) => [`m${index}`, index, "a", "b"]),
      ...Array.from({ length: 3_000 }, (_, index) => [`n${index}`, index, "x".repeat(1_000), "c"]),
    ];
    sim.addSheet("Orders", { values: rows });
    sim.select(`Orders!A1:D${rows.length}`);
    const port = createWorkbookPort(sim, { requirements: sim.requirements, payloadBudgetBytes: 700_000 });
    const input = await port.readInput("selection");
    expect(input.values).toEqual(rows);
    const outcomes = sim.requestLog.map((entry) => entry.outcome);
    expect(outcomes).toContain("ResponsePayloadSizeLimitExceeded");
    const delivered = sim.requestLog.filter((entry) => entry.outcome === "ok");
    expect(Math.max(...delivered.map((entry) => entry.responseBytes))).toBeLessThanOrEqual(1_000_000);
  });
});
