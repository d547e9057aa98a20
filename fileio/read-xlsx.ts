import type ExcelJS from "exceljs";
import type { RawGrid } from "../src/table/types";
import { FileError } from "./file-error";
import { loadExcelJs } from "./load-exceljs";

export interface XlsxGrid {
  readonly grid: RawGrid;
  readonly sheetName: string;
}

/**
 * Reads one worksheet of an .xlsx workbook into a grid: values as exceljs gives them (numbers, strings,
 * booleans, Date for date-formatted cells, read as UTC), formula cells as their cached result, rich text
 * and hyperlinks as their text, error cells as their error text ("#N/A"), and the cells' number formats.
 * `sheetName` picks the sheet (exact name, else ignoring case); the default is the first worksheet.
 *
 * @throws FileError (the CLI's CliError) when the file is not an .xlsx workbook, has no worksheet, or has no such sheet
 */
export async function readXlsx(bytes: Uint8Array, file: string, sheetName?: string): Promise<XlsxGrid> {
  const workbook = await loadWorkbook(bytes, file);
  const worksheet = pickSheet(workbook, file, sheetName);
  return { grid: gridOf(worksheet), sheetName: worksheet.name };
}

/**
 * Every worksheet of an .xlsx workbook, in tab order, each read as readXlsx reads one (the playground opens
 * each as a sheet of its own).
 *
 * @throws FileError (the CLI's CliError) when the file is not an .xlsx workbook or has no worksheet
 */
export async function readXlsxSheets(bytes: Uint8Array, file: string): Promise<XlsxGrid[]> {
  const workbook = await loadWorkbook(bytes, file);
  if (workbook.worksheets.length === 0) throw new FileError("the workbook has no worksheet", file);
  return workbook.worksheets.map((worksheet) => ({ grid: gridOf(worksheet), sheetName: worksheet.name }));
}

async function loadWorkbook(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FileError(`is not a readable .xlsx workbook (${reason})`, file);
  }
  return workbook;
}

function gridOf(worksheet: ExcelJS.Worksheet): RawGrid {
  const width = worksheet.columnCount;
  const values: unknown[][] = [];
  const numberFormats: string[][] = [];
  for (let rowNumber = 1; rowNumber <= worksheet.rowCount; rowNumber++) {
    const rowValues: unknown[] = new Array<unknown>(width).fill(null);
    const rowFormats: string[] = new Array<string>(width).fill("General");
    worksheet.getRow(rowNumber).eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      rowValues[columnNumber - 1] = plainValue(cell.value);
      rowFormats[columnNumber - 1] = cell.numFmt ?? "General";
    });
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }
  return { values, numberFormats, firstRowNumber: 1 };
}

function pickSheet(workbook: ExcelJS.Workbook, file: string, wanted: string | undefined): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  const first = sheets[0];
  if (first === undefined) throw new FileError("the workbook has no worksheet", file);
  if (wanted === undefined) return first;
  const found =
    sheets.find((sheet) => sheet.name === wanted) ??
    sheets.find((sheet) => sheet.name.toLowerCase() === wanted.toLowerCase());
  if (found !== undefined) return found;
  const names = sheets.map((sheet) => `"${sheet.name}"`).join(", ");
  throw new FileError(`no sheet named "${wanted}" (sheets: ${names})`, file);
}

/** An exceljs cell value as a plain cell: what Excel shows, not how it is stored. */
function plainValue(value: ExcelJS.CellValue | undefined): unknown {
  if (value == null) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return plainValue(value.result as ExcelJS.CellValue);
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : plainValue(value.text);
  return null;
}
