import { createSimulatedExcel } from "../../../playground/simulator";
import type { ExcelLike } from "../../../taskpane/excel/excel-shape";
import { createWorkbookPort, planSheetWrite } from "../../../taskpane/excel/workbook-port";
import { scatterSheet, segmentsSheet } from "./result-sheet-fixture";

// Compile-time check: the real office-js `Excel` namespace fits the port's shape (tsc checks this file).
export const realExcelFits: (excel: typeof Excel) => ExcelLike = (excel) => excel;

function setUp(options: { sheetNames?: readonly string[]; excelApiVersion?: string } = {}) {
  const sim = createSimulatedExcel({ mode: "web", ...options });
  return { sim, port: createWorkbookPort(sim, { requirements: sim.requirements }) };
}

describe("writeResultSheet: what is written", () => {
  test("writes title, note, header, rows, formats, table, frozen header, run record and chart", async () => {
    const { sim, port } = setUp();
    const written = await port.writeResultSheet(segmentsSheet());
    // Layout, by hand: title A1, note A2, header A3:D3, rows A4:D6; run record from F1 (4 columns + 1 blank).
    expect(written).toEqual({
      sheetName: "Segments",
      tableAddresses: { "segments.summary": "Segments!A3:D6" },
    });
    const sheet = sim.workbook.sheet("Segments");
    expect(sheet.values("A1:A2")).toEqual([["Segment summary"], ["Recency in days before 2024-05-01."]]);
    expect(sheet.cell("A1").bold).toBe(true);
    expect(sheet.values("A3:D6")).toEqual([
      ["Segment", "Members", "Share", "First order"],
      ["Champions", 1200, 0.25, 45292],
      // Text that Excel would read as a formula or a number stays text (written with an apostrophe prefix).
      ["=Loyal", 2400, 0.5, 45300],
      ["007", 1200, 0.25, ""],
    ]);
    expect(sheet.cell("A5").formula).toBeUndefined();
    expect(sheet.numberFormats("A4:D4")).toEqual([["@", "#,##0", "0.0%", "yyyy-mm-dd"]]);
    expect(sheet.tables).toEqual([
      { name: "Table1", address: "Segments!A3:D6", hasHeaders: true, style: "TableStyleMedium2" },
    ]);
    expect(sheet.frozenRows).toBe(3);
    // widthChars 12 → (12 × 7 + 5) × 0.75 = 66.75 pt (ECMA-376 column width formula).
    expect(sheet.columnWidth("A")).toBe(66.75);
    expect(sheet.values("F1:G9")).toEqual([
      ["Run record", ""],
      ["Input", "Orders!A1:F201"],
      ["Rows", 200],
      ["Seed", 42],
      ["Engine version", "0.1.0"],
      ["Run at", expect.stringMatching(/^May 1, 2024, \d{1,2}:\d{2}:00 [AP]M \S+$/)],
      ["Parameters", ""],
      ["Number of segments", 3],
      ["Standardised", "yes"],
    ]);
    expect(sheet.cell("G10").value).toBe("k-means++");
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({
      type: "ColumnClustered",
      title: "Members by segment",
      categoryAxisTitle: "Segment",
      valueAxisTitle: "Members",
      legendVisible: true,
      // Charts start two columns right of the run record (F:G, blank H): column I, level with the title.
      topLeftCell: "I1",
      bottomRightCell: "P15",
      series: [
        { name: "Members", valuesAddress: "Segments!B4:B6", xValuesAddress: "Segments!A4:A6" },
        { name: "Share", valuesAddress: "Segments!C4:C6", xValuesAddress: "Segments!A4:A6" },
      ],
    });
    expect(sim.workbook.activeSheetName).toBe("Segments");
    expect(sim.syncCount).toBe(planSheetWrite(segmentsSheet()).syncCount);
  });

  test("run-record labels follow the locale", async () => {
    const { sim, port } = setUp();
    await port.writeResultSheet(segmentsSheet("分群"), { locale: "zh-TW" });
    expect(sim.workbook.sheet("分群").values("F1:F3")).toEqual([["執行紀錄"], ["輸入範圍"], ["列數"]]);
  });

  test("progress is reported and ends at 1", async () => {
    const { port } = setUp();
    const fractions: number[] = [];
    await port.writeResultSheet(segmentsSheet(), { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((fraction, index) => index === 0 || fraction >= (fractions[index - 1] ?? 0))).toBe(
      true,
    );
  });

  test("a scatter with interleaved groups gets one series per group over a copy sorted by group", async () => {
    const { sim, port } = setUp();
    const rows = [
      ["m1", 10, 100, "A"],
      ["m2", 20, 200, "B"],
      ["m3", 30, 300, "A"],
    ];
    await port.writeResultSheet(scatterSheet(rows));
    const sheet = sim.workbook.sheet("Clusters");
    // Table A1..D5 (title, header, 3 rows); run record F:G; charts I:P; chart data from R (Q blank).
    expect(sheet.values("R1:T5")).toEqual([
      ["Chart data: Recency and spend", "", ""],
      ["Segment", "Recency", "Monetary"],
      ["A", 10, 100],
      ["A", 30, 300],
      ["B", 20, 200],
    ]);
    expect(sheet.charts[0]?.series).toEqual([
      { name: "A", valuesAddress: "Clusters!T3:T4", xValuesAddress: "Clusters!S3:S4" },
      { name: "B", valuesAddress: "Clusters!T5", xValuesAddress: "Clusters!S5" },
    ]);
    expect(sheet.charts[0]?.type).toBe("XYScatter");
  });

  test("a scatter whose groups are contiguous reads the table itself", async () => {
    const { sim, port } = setUp();
    await port.writeResultSheet(
      scatterSheet([
        ["m1", 10, 100, "A"],
        ["m2", 20, 200, "A"],
        ["m3", 30, 300, "B"],
      ]),
    );
    const sheet = sim.workbook.sheet("Clusters");
    expect(sheet.charts[0]?.series).toEqual([
      { name: "A", valuesAddress: "Clusters!C3:C4", xValuesAddress: "Clusters!B3:B4" },
      { name: "B", valuesAddress: "Clusters!C5", xValuesAddress: "Clusters!B5" },
    ]);
    expect(sheet.usedAddress()).toBe("Clusters!A1:G10");
  });

  test("on an ExcelApi 1.7 host the write works without the 1.9 screen-updating switch", async () => {
    const { sim, port } = setUp({ excelApiVersion: "1.7" });
    await port.writeResultSheet(segmentsSheet());
    expect(sim.workbook.hasSheet("Segments")).toBe(true);
    expect(sim.requestLog.some((entry) => entry.screenUpdatingSuspended)).toBe(false);
    expect(sim.requestLog.slice(1).every((entry) => entry.calculationSuspended)).toBe(true);
  });
});
