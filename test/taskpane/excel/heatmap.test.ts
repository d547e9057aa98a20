// ReportTable.heatmapColumns: a three-colour scale over exactly the data cells of those columns
// (Range.conditionalFormats.add(ColorScale), ExcelApi 1.6; learn.microsoft.com "Apply conditional formatting to
// Excel ranges", "Color scale"). Addresses below are worked out by hand from the layout rules in sheet-layout.ts.
import { createSimulatedExcel } from "../../../playground/simulator";
import { timingSheet } from "../../../src/report/member-timing";
import type { ReportCell, ReportTable, ResultSheet } from "../../../src/report/types";
import { heatmapRects } from "../../../taskpane/excel/color-scale";
import { createWorkbookPort, planSheetWrite } from "../../../taskpane/excel/workbook-port";
import { runRecord } from "./result-sheet-fixture";

/** Excel's "Green - Yellow - Red" scale: red at the lowest value, yellow at the 50th percentile, green at the highest. */
const expectedCriteria = {
  minimum: { type: "LowestValue", color: "#F8696B" },
  midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
  maximum: { type: "HighestValue", color: "#63BE7B" },
};

const count = (key: string) => ({ key, header: key, numberFormat: "0" });

/** Weekday × three hours (adjacent heat columns B:D) and a cohort table with heat columns B and D:E. */
function heatSheet(heatRows: readonly (readonly ReportCell[])[]): ResultSheet {
  return {
    baseName: "Timing",
    tables: [
      {
        id: "member.timing.heat",
        title: "Orders by weekday and hour",
        notes: ["Hours are local time."],
        columns: [
          { key: "weekday", header: "Weekday", numberFormat: "@" },
          ...["h0", "h1", "h2", "total"].map(count),
        ],
        heatmapColumns: ["h0", "h1", "h2"],
        rows: heatRows,
      },
      {
        id: "member.cohort.retention",
        title: "Retention",
        columns: [count("cohort"), count("m0"), count("members"), count("m1"), count("m2")],
        // Keys in any order: the runs follow the sheet's column order.
        heatmapColumns: ["m2", "m0", "m1"],
        rows: [
          [45292, 1, 10, 0.5, 0.25],
          [45323, 1, 8, 0.75, null],
        ],
      },
    ],
    charts: [],
    runRecord,
  };
}

const threeWeekdays: ReportCell[][] = [
  ["Mon", 1, 5, 9, 15],
  ["Tue", 2, 6, 10, 18],
  ["Wed", 3, 7, 11, 21],
];

describe("heat-map columns through the port", () => {
  test("each run of heat columns gets one three-colour scale over exactly its data cells", async () => {
    const sim = createSimulatedExcel({ mode: "web", excelApiVersion: "1.7" });
    const port = createWorkbookPort(sim, { requirements: sim.requirements });
    const sheet = heatSheet(threeWeekdays);

    await port.writeResultSheet(sheet);

    // Table 1: title A1, note A2, header row 3, data rows 4-6; heat columns h0..h2 = B:D → B4:D6.
    // Table 2 starts two rows below the last data row (row 6 + blank row 7): title A8, header row 9, data rows
    // 10-11; m0 is column B, m1 and m2 are D:E → B10:B11 and D10:E11. The total column E of table 1 and the
    // header rows are not coloured.
    expect(sim.workbook.sheet("Timing").conditionalFormats).toEqual([
      { address: "Timing!B4:D6", type: "ColorScale", criteria: expectedCriteria },
      { address: "Timing!B10:B11", type: "ColorScale", criteria: expectedCriteria },
      { address: "Timing!D10:E11", type: "ColorScale", criteria: expectedCriteria },
    ]);
    expect(sim.workbook.sheet("Timing").values("A3:E4")).toEqual([
      ["Weekday", "h0", "h1", "h2", "total"],
      ["Mon", 1, 5, 9, 15],
    ]);
    // No extra request: the scales ride in the finishing request, after every value and format was written.
    expect(sim.syncCount).toBe(planSheetWrite(sheet).syncCount);
    const withScales = sim.requestLog.filter((entry) =>
      entry.operations.some((operation) => operation.startsWith("ConditionalFormatCollection.add")),
    );
    expect(withScales.map((entry) => entry.syncNumber)).toEqual([sim.syncCount]);
  });

  test("a heat table written in several row blocks still gets one scale over all its rows, in the planned syncs", async () => {
    // 500 rows at a 20,000-byte budget need several row requests (block-plan.test.ts works out the arithmetic).
    const rows: ReportCell[][] = Array.from({ length: 500 }, (_, index) => [
      `D${index}`,
      index % 7,
      index % 11,
      index % 13,
      (index % 7) + (index % 11) + (index % 13),
    ]);
    const sheet = heatSheet(rows);
    const plan = planSheetWrite(sheet, { budgetBytes: 20_000 });
    expect(plan.blocks.requests.length).toBeGreaterThan(2);
    const sim = createSimulatedExcel({ mode: "web" });
    const port = createWorkbookPort(sim, { requirements: sim.requirements, payloadBudgetBytes: 20_000 });

    await port.writeResultSheet(sheet);

    expect(sim.syncCount).toBe(plan.syncCount);
    // Header row 3, data rows 4..503 → B4:D503; table 2: title at row 505, header 506, data 507-508.
    expect(sim.workbook.sheet("Timing").conditionalFormats.map((format) => format.address)).toEqual([
      "Timing!B4:D503",
      "Timing!B507:B508",
      "Timing!D507:E508",
    ]);
  });

  test("the member timing sheet colours its 7 × 24 hour cells and nothing else", async () => {
    const hours = Array.from({ length: 7 }, (_, weekday) =>
      Array.from({ length: 24 }, (_, hour) => weekday + hour),
    );
    const sheet = timingSheet(
      {
        orderCount: 1,
        weekdayOrders: hours.map((row) => row.reduce((sum, orders) => sum + orders, 0)),
        weekdayHourOrders: hours,
        hasTimeOfDay: true,
        ordersAtMidnight: 0,
        skippedRows: 0,
      },
      "en",
      runRecord,
    );
    const sim = createSimulatedExcel({ mode: "web" });
    const port = createWorkbookPort(sim, { requirements: sim.requirements });
    const written = await port.writeResultSheet(sheet);
    // Title row 1, one note (row 2), header row 3, Sunday..Saturday in rows 4-10; weekday in A, hours 0..23 in
    // B..Y (the 2nd to 25th columns), total in Z.
    const result = sim.workbook.sheet(written.sheetName);
    expect(result.conditionalFormats.map((format) => format.address)).toEqual([
      `${written.sheetName}!B4:Y10`,
    ]);
    expect(result.values("B3:Y3")).toEqual([Array.from({ length: 24 }, (_, hour) => String(hour))]);
  });

  test("a heat-map key that is not a column is refused before anything is sent", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    const port = createWorkbookPort(sim, { requirements: sim.requirements });
    const base = heatSheet(threeWeekdays);
    const [heat, cohort] = base.tables as [ReportTable, ReportTable];
    const sheet: ResultSheet = { ...base, tables: [{ ...heat, heatmapColumns: ["h0", "h24"] }, cohort] };

    await expect(port.writeResultSheet(sheet)).rejects.toMatchObject({ code: "INVALID_RESULT_SHEET" });
    expect(sim.syncCount).toBe(0);
  });
});

describe("heatmapRects", () => {
  const placement = {
    tableId: "t",
    titleRow: 0,
    headerRow: 1,
    leftColumn: 0,
    columnCount: 5,
    dataRowCount: 4,
  };
  const table: ReportTable = {
    id: "t",
    title: "T",
    columns: ["a", "b", "c", "d", "e"].map(count),
    rows: [],
  };

  test("no heat columns, or no data rows, means no scale", () => {
    expect(heatmapRects(table, placement)).toEqual([]);
    expect(heatmapRects({ ...table, heatmapColumns: ["a"] }, { ...placement, dataRowCount: 0 })).toEqual([]);
  });

  test("runs of adjacent columns become one block each, up to the last column", () => {
    // Heat on a, c, d, e: column 0 alone, then columns 2-4; data rows start under the header (row 2).
    expect(heatmapRects({ ...table, heatmapColumns: ["e", "a", "d", "c"] }, placement)).toEqual([
      { startRow: 2, startColumn: 0, rowCount: 4, columnCount: 1 },
      { startRow: 2, startColumn: 2, rowCount: 4, columnCount: 3 },
    ]);
  });
});
