import type { ReportCell, ReportTable, ResultSheet } from "../../src/report/types";
import { isoFromExcelSerial } from "../../src/table/excel-serial";
import { textTable } from "../text-table";
import { textHeading } from "../text-heading";

/** Rows of a long table shown in the terminal; the rest is in --json and --out. */
const MAX_TEXT_ROWS = 15;

/**
 * Plain-text rendering of result sheets for the terminal, so text output and the written workbook show the
 * same tables, titles and notes (localised by the sheet builders): per table its title, notes and columns,
 * cells formatted by the column's number format; long tables are cut after 15 rows with "… +N".
 */
export function sheetsText(sheets: readonly ResultSheet[], firstLines: readonly string[] = []): string {
  const lines: string[] = [...firstLines];
  for (const sheet of sheets) {
    for (const table of sheet.tables) {
      if (lines.length > 0) lines.push("");
      lines.push(...tableLines(table));
    }
  }
  return `${lines.join("\n")}\n`;
}

function tableLines(table: ReportTable): string[] {
  const lines = [textHeading(table.title), ...(table.notes ?? []).map((note) => `  ${note}`)];
  const header = table.columns.map((column) => column.header);
  const shown = table.rows.slice(0, MAX_TEXT_ROWS);
  const body = shown.map((row) =>
    row.map((cell, index) => cellText(cell, table.columns[index]?.numberFormat)),
  );
  lines.push(textTable([header, ...body]));
  if (table.rows.length > shown.length) lines.push(`  … +${table.rows.length - shown.length}`);
  return lines;
}

/** A cell as Excel would show it under the number formats the member sheets use. */
export function cellText(cell: ReportCell, numberFormat = "General"): string {
  if (cell === null) return "";
  if (typeof cell !== "number") return String(cell);
  if (/y/.test(numberFormat)) {
    const iso = isoFromExcelSerial(cell).slice(0, 10);
    return /d/.test(numberFormat) ? iso : iso.slice(0, 7);
  }
  const decimals = /\.(0+)/.exec(numberFormat)?.[1]?.length ?? 0;
  if (numberFormat.includes("%")) return `${(cell * 100).toFixed(decimals)}%`;
  if (numberFormat === "General" || numberFormat === "@") return String(Number(cell.toFixed(4)));
  return cell.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: numberFormat.includes(","),
  });
}
