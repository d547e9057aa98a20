import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { writeResultSheetsXlsx } from "../../cli/io/write-xlsx";
import type { ResultSheet } from "../../src/report/types";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "intake-write-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheet: ResultSheet = {
  baseName: "Segments",
  tables: [
    {
      id: "segments.summary",
      title: "Segment summary",
      notes: ["As of 2021-01-05"],
      columns: [
        { key: "segment", header: "Segment", numberFormat: "@" },
        { key: "members", header: "Members", numberFormat: "#,##0" },
        { key: "share", header: "Share", numberFormat: "0.0%" },
        { key: "last", header: "Last order", numberFormat: "yyyy-mm-dd" },
      ],
      rows: [
        ["A", 1200, 0.6, 44201],
        ["B", 800, 0.4, null],
      ],
    },
    {
      id: "segments.empty",
      title: "Nothing",
      columns: [{ key: "x", header: "X", numberFormat: "0" }],
      rows: [],
    },
  ],
  charts: [
    {
      kind: "columnClustered",
      title: "Members by segment",
      tableId: "segments.summary",
      xColumn: "segment",
      yColumns: ["members"],
    },
  ],
  runRecord: {
    inputAddress: "orders.csv",
    rowCount: 2000,
    parameters: { k: 2 },
    seed: 7,
    engineVersion: "t 1",
    timestampIso: "2021-01-05T00:00:00Z",
  },
};

describe("writeResultSheetsXlsx", () => {
  it("writes title, notes, an Excel table with number formats, a chart note and the run record", async () => {
    const file = path.join(dir, "out.xlsx");
    await writeResultSheetsXlsx([sheet, sheet], file, "en");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(["Segments", "Segments (2)"]);
    const worksheet = workbook.getWorksheet("Segments") as ExcelJS.Worksheet;
    const column = (letter: string) =>
      Array.from({ length: 16 }, (_, index) => worksheet.getCell(`${letter}${index + 1}`).value);
    // Rows: 1 title, 2 note, 3 chart note, 4 header, 5-6 data, 7 gap, 8 title, 9 header (no rows), 10-11 gap, 12… run record.
    expect(column("A").slice(0, 6)).toEqual([
      "Segment summary",
      "As of 2021-01-05",
      expect.stringContaining('Chart "Members by segment"'),
      "Segment",
      "A",
      "B",
    ]);
    expect(worksheet.getCell("B5").value).toBe(1200);
    expect(worksheet.getCell("B5").numFmt).toBe("#,##0");
    expect(worksheet.getCell("C5").numFmt).toBe("0.0%");
    expect(worksheet.getCell("D5").numFmt).toBe("yyyy-mm-dd");
    expect(worksheet.getCell("A8").value).toBe("Nothing");
    expect(worksheet.getCell("A9").value).toBe("X");
    expect(column("A").slice(11, 15)).toEqual(["Run record", "Input", "Rows", "Number of segments"]);
    expect(worksheet.getCell("B13").value).toBe("orders.csv");
    expect(worksheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    const tables = (worksheet as unknown as { tables: Record<string, unknown> }).tables;
    expect(Object.keys(tables)).toEqual(["segments_summary"]);
  });

  it("refuses an unwritable path with a CliError naming it", async () => {
    const target = path.join(dir, "no", "such", "dir", "out.xlsx");
    await expect(writeResultSheetsXlsx([sheet], target, "en")).rejects.toMatchObject({
      name: "CliError",
      file: target,
    });
  });
});
