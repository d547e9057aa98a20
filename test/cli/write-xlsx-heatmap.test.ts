// ReportTable.heatmapColumns in the XLSX writer: a three-colour scale (exceljs addConditionalFormatting, rule
// type "colorScale", cfvo min / percentile 50 / max) over exactly the data cells of those columns. The file is
// read back with exceljs; addresses are worked out by hand from the writer's layout.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { writeResultSheetsXlsx } from "../../cli/io/write-xlsx";
import type { ResultSheet } from "../../src/report/types";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "heatmap-xlsx-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const count = (key: string) => ({ key, header: key, numberFormat: "0" });

const sheet: ResultSheet = {
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
      rows: [
        ["Mon", 1, 5, 9, 15],
        ["Tue", 2, 6, 10, 18],
        ["Wed", 3, 7, 11, 21],
      ],
    },
    {
      id: "member.cohort.retention",
      title: "Retention",
      columns: [count("cohort"), count("m0"), count("members"), count("m1"), count("m2")],
      heatmapColumns: ["m2", "m0", "m1"],
      rows: [
        [45292, 1, 10, 0.5, 0.25],
        [45323, 1, 8, 0.75, null],
      ],
    },
    {
      id: "empty",
      title: "No rows",
      columns: [count("x")],
      heatmapColumns: ["x"],
      rows: [],
    },
  ],
  charts: [],
  runRecord: {
    inputAddress: "orders.csv",
    rowCount: 3,
    parameters: {},
    engineVersion: "t 1",
    timestampIso: "2021-01-05T00:00:00Z",
  },
};

interface ReadBackFormatting {
  readonly ref: string;
  readonly rules: readonly {
    readonly type: string;
    readonly cfvo?: readonly { readonly type: string; readonly value?: number }[];
    readonly color?: readonly { readonly argb?: string }[];
  }[];
}

test("heat-map columns get a three-colour scale over exactly their data cells", async () => {
  const file = path.join(dir, "heat.xlsx");
  await writeResultSheetsXlsx([sheet], file, "en");

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const worksheet = workbook.getWorksheet("Timing");
  // exceljs keeps what it read in `conditionalFormattings` (not in its typings).
  const formattings = (worksheet as unknown as { conditionalFormattings: ReadBackFormatting[] })
    .conditionalFormattings;
  // Table 1: title row 1, note row 2, header row 3, data rows 4-6; h0..h2 are B:D → B4:D6 (not E, the total).
  // Table 2: rows 4-6 + 2 blank → title row 8, header row 9, data rows 10-11; m0 = B, m1..m2 = D:E.
  // Table 3 has no rows, so no scale.
  expect(formattings.map((formatting) => formatting.ref)).toEqual(["B4:D6", "B10:B11", "D10:E11"]);
  for (const formatting of formattings) {
    expect(formatting.rules).toHaveLength(1);
    expect(formatting.rules[0]).toMatchObject({
      type: "colorScale",
      cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
      color: [{ argb: "FFF8696B" }, { argb: "FFFFEB84" }, { argb: "FF63BE7B" }],
    });
  }
  expect(worksheet?.getCell("B3").value).toBe("h0");
  expect(worksheet?.getCell("D6").value).toBe(11);
});
