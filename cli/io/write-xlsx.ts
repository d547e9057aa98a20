import type ExcelJS from "exceljs";
import type { Locale } from "../../src/i18n/locale";
import type { ChartKind, ChartSpec, ReportTable, ResultSheet } from "../../src/report/types";
import { CliError } from "../cli-error";
import { heatmapFormattings } from "./heatmap-format";
import { loadExcelJs } from "../../fileio/load-exceljs";
import { runRecordRows } from "./run-record-block";
import { tableName, uniqueSheetName } from "./sheet-names";
import { displayWidth } from "../text-table";

/**
 * Writes result sheets to an .xlsx workbook, as the task pane writes them into Excel: per table a bold title,
 * its notes, then an Excel table (header row with filters, rows, the columns' number formats and widths);
 * heat-map columns get a three-colour scale (conditional formatting); the first table's header row is frozen; a run-record block closes each sheet. exceljs cannot write
 * charts, so each chart is described in a note cell naming the table that holds its data.
 *
 * @throws CliError when the file cannot be written
 */
export async function writeResultSheetsXlsx(
  sheets: readonly ResultSheet[],
  file: string,
  locale: Locale,
): Promise<void> {
  const workbook = new (await loadExcelJs()).Workbook();
  const sheetNames = new Set<string>();
  const tableNames = new Set<string>();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(uniqueSheetName(sheet.baseName, sheetNames));
    const widths: number[] = [];
    let rowNumber = 1;
    let frozen = false;
    let priority = 1;
    for (const table of sheet.tables) {
      worksheet.getCell(rowNumber, 1).value = table.title;
      worksheet.getCell(rowNumber, 1).font = { bold: true, size: 13 };
      rowNumber++;
      for (const note of [...(table.notes ?? []), ...chartNotes(sheet.charts, table, locale)]) {
        worksheet.getCell(rowNumber++, 1).value = note;
      }
      if (!frozen) {
        worksheet.views = [{ state: "frozen", ySplit: rowNumber, xSplit: 0 }];
        frozen = true;
      }
      writeTable(worksheet, table, rowNumber, tableName(table.id, tableNames), widths);
      for (const formatting of heatmapFormattings(table, rowNumber, priority)) {
        worksheet.addConditionalFormatting(formatting);
        priority++;
      }
      rowNumber += Math.max(table.rows.length, 1) + 2;
    }
    for (const [label, value] of runRecordRows(sheet.runRecord, locale)) {
      worksheet.getCell(rowNumber, 1).value = label;
      worksheet.getCell(rowNumber, 1).font = { italic: true };
      worksheet.getCell(rowNumber++, 2).value = value;
    }
    widths.forEach((width, index) => {
      worksheet.getColumn(index + 1).width = Math.min(Math.max(width + 2, 8), 60);
    });
  }
  try {
    await workbook.xlsx.writeFile(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new CliError(`cannot write the workbook (${String(code ?? error)})`, file);
  }
}

function writeTable(
  worksheet: ExcelJS.Worksheet,
  table: ReportTable,
  headerRow: number,
  name: string,
  widths: number[],
): void {
  const headers = uniqueHeaders(table.columns.map((column) => column.header));
  if (table.rows.length === 0) {
    headers.forEach((header, index) => {
      worksheet.getCell(headerRow, index + 1).value = header;
      worksheet.getCell(headerRow, index + 1).font = { bold: true };
    });
  } else {
    worksheet.addTable({
      name,
      ref: worksheet.getCell(headerRow, 1).address,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: headers.map((header) => ({ name: header, filterButton: true })),
      rows: table.rows.map((row) => [...row]),
    });
  }
  table.columns.forEach((column, index) => {
    const fitted = Math.max(
      displayWidth(headers[index] ?? ""),
      ...table.rows.slice(0, 200).map((row) => displayWidth(String(row[index] ?? ""))),
    );
    widths[index] = Math.max(widths[index] ?? 0, column.widthChars ?? fitted);
    for (let offset = 1; offset <= table.rows.length; offset++) {
      worksheet.getCell(headerRow + offset, index + 1).numFmt = column.numberFormat;
    }
  });
}

/** The chart kinds in the reader's words (the note is a cell of the sheet: no internal name). */
const CHART_KIND_NAMES: Record<ChartKind, Record<Locale, string>> = {
  columnClustered: { en: "column chart", "zh-TW": "直條圖", "zh-CN": "柱形图" },
  line: { en: "line chart", "zh-TW": "折線圖", "zh-CN": "折线图" },
  xyScatter: { en: "scatter chart", "zh-TW": "散佈圖", "zh-CN": "散点图" },
};

function chartNotes(charts: readonly ChartSpec[], table: ReportTable, locale: Locale): string[] {
  const template: Record<Locale, string> = {
    en: 'Chart "{title}" ({kind}) is not drawn in this file (exceljs cannot write charts): its data is the table below.',
    "zh-TW": "圖表「{title}」（{kind}）未畫入此檔案（exceljs 無法寫入圖表）：資料即下方表格。",
    "zh-CN": "图表“{title}”（{kind}）未画入此文件（exceljs 无法写入图表）：数据即下方表格。",
  };
  return charts
    .filter((chart) => chart.tableId === table.id)
    .map((chart) =>
      template[locale]
        .replace("{title}", chart.title)
        .replace("{kind}", CHART_KIND_NAMES[chart.kind][locale]),
    );
}

/** Excel table headers must be unique and single-line: a repeated one gets " (2)". */
function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((rawHeader) => {
    const header = rawHeader.replace(/[\t\r\n]+/g, " ").trim();
    let candidate = header === "" ? "Column" : header;
    for (let suffix = 2; seen.has(candidate.toLowerCase()); suffix++) candidate = `${header} (${suffix})`;
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}
