import { fileFormatOf } from "../fileio/file-format";
import { parseCsv } from "../fileio/read-csv";
import { readXlsxSheets } from "../fileio/read-xlsx";
import type { Locale } from "../src/i18n/locale";
import { readingNotes } from "../src/report/reading-notes";
import { tableFromGrid } from "../src/table/table-from-grid";
import type { RawGrid, TableOptions } from "../src/table/types";

/** One sheet to add to the simulated workbook. */
export interface UserSheet {
  /** The sheet name wanted: the file's name without extension, or the workbook's sheet name. */
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormats?: readonly (readonly unknown[])[];
  /** How the sheet was read (encoding, semicolon default, number styles, day orders), in `locale`. */
  readonly notes: readonly string[];
}

/**
 * Reads a file the user opened or dropped on the playground with the command line's readers (fileio/):
 * a CSV (any delimiter; UTF-8, else Big5 or GB18030 detected) becomes one sheet of text cells, as pasted
 * from the export; an .xlsx becomes one sheet per worksheet. Each sheet's notes are the quality report's
 * reading notes for the table the add-in will read from it (readingNotes), empty when it reads plainly.
 *
 * Cost: O(bytes).
 *
 * @throws FileError for a legacy workbook, bytes that are no readable text or workbook, an unclosed quote
 */
export async function readUserFile(file: string, bytes: Uint8Array, locale: Locale): Promise<UserSheet[]> {
  const baseName = file.replace(/\.[^.]*$/, "") || file;
  if (fileFormatOf(bytes, file) === "xlsx") {
    const sheets = await readXlsxSheets(bytes, file);
    return sheets.map(({ grid, sheetName }) => ({
      name: sheets.length === 1 ? baseName : sheetName,
      values: grid.values,
      ...(grid.numberFormats === undefined ? {} : { numberFormats: grid.numberFormats }),
      notes: notesOf(grid, {}, locale),
    }));
  }
  const { grid, delimiter, encoding, encodingDetected } = parseCsv(bytes, file);
  const options = { delimiter, encoding, encodingDetected };
  return [{ name: baseName, values: grid.values, notes: notesOf(grid, options, locale) }];
}

/** The reading notes of the table a sheet holds; none when it holds no table (blank, one row). */
function notesOf(grid: RawGrid, options: TableOptions, locale: Locale): string[] {
  try {
    return readingNotes(tableFromGrid(grid, options), locale);
  } catch {
    return [];
  }
}
