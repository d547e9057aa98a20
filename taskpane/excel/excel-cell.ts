import type { ReportCell } from "../../src/report/types";

/** A value as written to `Range.values`. */
export type ExcelCell = string | number | boolean;

/**
 * The value to write for a report cell. Text is written with Excel's apostrophe prefix so that Excel keeps
 * it as typed: without it, `Range.values` turns "=..", "+..", "-.." into formulas (Excel.Range.values
 * reference) and "00123", "1/2", "TRUE" or "May 2024" into numbers, dates or Booleans, as typing would. The
 * apostrophe is not part of the stored value. null is written as "" (an empty cell: "Blank and null values
 * in Excel add-ins"; null itself would mean "leave the cell unchanged").
 *
 * @example toExcelCell("00123") // "'00123"; toExcelCell(null) // ""; toExcelCell(4.5) // 4.5
 */
export function toExcelCell(cell: ReportCell): ExcelCell {
  if (cell === null || cell === "") return "";
  if (typeof cell === "string") return `'${cell}`;
  return cell;
}

/** A row of report cells as written. */
export function toExcelRow(row: readonly ReportCell[]): ExcelCell[] {
  return row.map(toExcelCell);
}
