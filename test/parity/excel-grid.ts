import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { RawGrid } from "../../src/table/types";

/**
 * A CSV file's cells as Excel hands them to the pane after the user opened the file: numbers as numbers,
 * dates (yyyy-mm-dd, with an optional hh:mm) as serial numbers with a date format, everything else as text.
 * Written here, not with the core's parser, so the pane's side of a parity test does not start from the
 * CLI's reading. Excel serial = days since 1899-12-30 = Unix days + 25569.
 */
export function excelGridFromCsv(file: string): RawGrid {
  const rows = Papa.parse<string[]>(readFileSync(file, "utf8"), { skipEmptyLines: true }).data;
  const values: (string | number)[][] = [];
  const numberFormats: string[][] = [];
  rows.forEach((row, rowIndex) => {
    const cells: (string | number)[] = [];
    const formats: string[] = [];
    for (const text of row) {
      const date = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(text);
      if (rowIndex > 0 && date) {
        const [, y, m, d, hh, mm] = date.map(Number) as number[];
        const days = Date.UTC(y as number, (m as number) - 1, d as number) / 86_400_000 + 25569;
        const time = hh === undefined || Number.isNaN(hh) ? 0 : ((hh as number) * 60 + (mm as number)) / 1440;
        cells.push(days + time);
        formats.push(time === 0 && date[4] === undefined ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm");
      } else if (rowIndex > 0 && text.trim() !== "" && Number.isFinite(Number(text))) {
        cells.push(Number(text));
        formats.push("General");
      } else {
        cells.push(text);
        formats.push("General");
      }
    }
    values.push(cells);
    numberFormats.push(formats);
  });
  return { values, numberFormats };
}
