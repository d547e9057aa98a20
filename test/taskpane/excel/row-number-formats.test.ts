import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { writeResultSheetsXlsx } from "../../../cli/io/write-xlsx";
import { createSimulatedExcel } from "../../../playground/simulator";
import { kpiPack } from "../../../src/promo/kpi-pack";
import { joinProducts } from "../../../src/promo/product-join";
import { kpiTable } from "../../../src/report/promo-kpi-table";
import type { ResultSheet } from "../../../src/report/types";
import { createWorkbookPort } from "../../../taskpane/excel/workbook-port";

// Issue 12 item 6: the KPI table's value column mixes money, counts and ratios, so each row gets its KPI's
// format — by hand: GMV is money (#,##0.00), units a count (#,##0), the discount rate a percent (0.0%).
const join = joinProducts(
  { productKeys: ["A", "A", "B"], units: [1, 1, 2], amounts: [100, 100, 600] },
  { productKeys: ["A", "B"], tagPrices: [200, 400] },
);
const table = kpiTable(kpiPack(join.products, join.available), "en");
const sheet: ResultSheet = {
  baseName: "KPIs",
  tables: [table],
  charts: [],
  runRecord: {
    inputAddress: "Lines!A1:C4",
    rowCount: 3,
    parameters: {},
    engineVersion: "test",
    timestampIso: "",
  },
};
const rowOf = (name: string) => table.rows.findIndex((row) => row[1] === name);

describe("a column whose rows have their own number formats", () => {
  it("is written row by row by the pane's port", async () => {
    const excel = createSimulatedExcel({ mode: "web" });
    const port = createWorkbookPort(excel, { requirements: excel.requirements });
    await port.writeResultSheet(sheet);
    const written = excel.workbook.sheet("KPIs");
    // Title A1, header A2 (the row-key column is not written): data from row 3, the value in column B.
    const format = (name: string) => written.numberFormats(`B${3 + rowOf(name)}`)[0]?.[0];
    expect(format("GMV")).toBe("#,##0.00");
    expect(format("Units")).toBe("#,##0");
    expect(format("Paid share of tag price")).toBe("0.0%");
    expect(written.numberFormats("C3")[0]?.[0]).toBe("@");
  });

  it("is written row by row by the command line's .xlsx writer", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "row-formats-"));
    try {
      const file = path.join(folder, "kpis.xlsx");
      await writeResultSheetsXlsx([sheet], file, "en");
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const written = book.getWorksheet("KPIs");
      const valueCell = (name: string) =>
        written?.findCell(3 + rowOf(name), 2) ?? written?.getCell(3 + rowOf(name), 2);
      expect(valueCell("GMV")?.numFmt).toBe("#,##0.00");
      expect(valueCell("Units")?.numFmt).toBe("#,##0");
      expect(valueCell("Paid share of tag price")?.numFmt).toBe("0.0%");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
