import { loadExcelJs } from "./load-exceljs";

/** One chart of a sheet: what it draws and from where, as Excel's chart object says it. */
export interface GridChart {
  readonly title: string;
  readonly type: string;
  readonly series: readonly {
    readonly name: string;
    readonly valuesAddress: string | null;
    readonly xValuesAddress: string | null;
  }[];
}

/** A worksheet as cells: values (numbers, text, booleans; "" or null for blank) and their number formats. */
export interface GridSheet {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormats?: readonly (readonly (string | undefined)[])[];
  readonly charts?: readonly GridChart[];
}

/** Title of the sheet that lists the charts (exceljs cannot write charts). */
export const CHARTS_SHEET_NAME = "Charts";

/**
 * An .xlsx workbook of whole sheets, cell by cell, with their number formats: what the playground's
 * "Download workbook" saves (it runs in the browser: exceljs's browser build, no file system). exceljs
 * cannot write charts, so when some sheet has charts a last sheet "Charts" lists each one (sheet, title,
 * type, series and the ranges holding its data, which are in the workbook).
 *
 * Cost: O(cells).
 */
export async function gridSheetsXlsx(sheets: readonly GridSheet[]): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.values.forEach((row, rowIndex) => {
      row.forEach((value, columnIndex) => {
        if (value === null || value === undefined || value === "") return;
        const cell = worksheet.getCell(rowIndex + 1, columnIndex + 1);
        cell.value = typeof value === "number" || typeof value === "boolean" ? value : String(value);
        const format = sheet.numberFormats?.[rowIndex]?.[columnIndex];
        if (format !== undefined && format !== "General") cell.numFmt = format;
      });
    });
  }
  const charts = sheets.flatMap((sheet) =>
    (sheet.charts ?? []).map((chart) => ({ sheet: sheet.name, chart })),
  );
  if (charts.length > 0) {
    const list = workbook.addWorksheet(uniqueName(CHARTS_SHEET_NAME, sheets));
    list.addRow(["Sheet", "Chart", "Type", "Series", "Values", "Categories / X values"]).font = {
      bold: true,
    };
    for (const { sheet, chart } of charts) {
      for (const series of chart.series) {
        list.addRow([
          sheet,
          chart.title,
          chart.type,
          series.name,
          series.valuesAddress ?? "",
          series.xValuesAddress ?? "",
        ]);
      }
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function uniqueName(wanted: string, sheets: readonly GridSheet[]): string {
  const taken = new Set(sheets.map((sheet) => sheet.name.toLowerCase()));
  let name = wanted;
  for (let suffix = 2; taken.has(name.toLowerCase()); suffix++) name = `${wanted} (${suffix})`;
  return name;
}
