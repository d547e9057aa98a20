// Issue 10, item 6: Range.format.autofitColumns fits the whole column, not the range (OfficeDev/office-js issues
// 1017 and 5999), so the run record and chart data columns get widths computed from their own cells, like the
// table columns. Expected widths by hand: points = round(chars × 7 + 5) × 0.75 (ECMA-376 Part 1, 18.3.1.13), chars
// = widest cell + 2 of padding (block-column-widths.ts).
import { createSimulatedExcel } from "../../../playground/simulator";
import { createWorkbookPort } from "../../../taskpane/excel/workbook-port";
import { scatterSheet, segmentsSheet } from "./result-sheet-fixture";

function setUp() {
  const sim = createSimulatedExcel({ mode: "web" });
  return { sim, port: createWorkbookPort(sim, { requirements: sim.requirements }) };
}

describe("columns outside the tables get computed widths, not autofit", () => {
  test("the run record's two columns fit their labels and values", async () => {
    const { sim, port } = setUp();
    await port.writeResultSheet(segmentsSheet());
    const sheet = sim.workbook.sheet("Segments");
    // F: widest label "Number of segments" (the parameter k in words), 18 + 2 = 20 chars → round(145) × 0.75 = 108.75.
    expect(sheet.columnWidth("F")).toBe(108.75);
    // G: widest value the run time in the machine's time zone, e.g. "May 1, 2024, 8:30:00 AM UTC" (27 chars):
    // (length + 2) chars → round((length + 2) × 7 + 5) × 0.75 points.
    const time = String(sheet.values("G6:G6")[0]?.[0]);
    expect(time).toMatch(/^May 1, 2024, \d{1,2}:\d{2}:00 [AP]M \S+$/);
    expect(sheet.columnWidth("G")).toBe(Math.round((time.length + 2) * 7 + 5) * 0.75);
    expect(sim.requestLog.flatMap((entry) => entry.operations)).not.toContain("RangeFormat.autofitColumns");
  });

  test("a scatter's sorted data columns fit their header and rows, not the title above them", async () => {
    const { sim, port } = setUp();
    await port.writeResultSheet(
      scatterSheet([
        ["m1", 10, 100, "A"],
        ["m2", 20, 2000.5, "B"],
        ["m3", 30, 300, "A"],
      ]),
    );
    const sheet = sim.workbook.sheet("Clusters");
    // R1 holds "Chart data: Recency and spend" (29 characters), which may run over the next cells; Excel's
    // autofit would fit column R to it. R: "Segment" 7 + 2 = 9 → round(68) × 0.75 = 51.
    expect(sheet.cell("R1").value).toBe("Chart data: Recency and spend");
    expect(sheet.columnWidth("R")).toBe(51);
    // S: "Recency" 7 → 51. T: "2,000.50" under #,##0.00 is 8, as "Monetary": 10 chars → round(75) × 0.75 = 56.25.
    expect(sheet.columnWidth("S")).toBe(51);
    expect(sheet.columnWidth("T")).toBe(56.25);
  });
});
