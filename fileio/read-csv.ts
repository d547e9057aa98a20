import Papa from "papaparse";
import type { RawGrid } from "../src/table/types";
import { decodeText } from "./decode-text";
import { FileError } from "./file-error";

export interface CsvGrid {
  readonly grid: RawGrid;
  /** The delimiter found: ",", "\t", ";" or "|". */
  readonly delimiter: string;
  /** The WHATWG name of the encoding read ("utf-8", "big5", "gb18030", …). */
  readonly encoding: string;
  /** True when the file was not UTF-8 and `encoding` was chosen by decodeText's scoring: say so. */
  readonly encodingDetected: boolean;
}

/**
 * Parses CSV bytes into a grid of strings (the core does all typing). The text is decoded by decodeText:
 * as `encoding` (any WHATWG label, e.g. "gb18030", "big5") when given, else UTF-8 (a BOM is dropped) or,
 * when the bytes are not UTF-8, the better of Big5 and GB18030 (`encoding` and `encodingDetected` of the
 * result say which). The delimiter is guessed among comma, tab, semicolon and "|" (papaparse's guess: the
 * one giving a consistent field count). Row numbers are record numbers, equal to file lines unless a quoted
 * value spans lines.
 *
 * @throws FileError (the CLI's CliError) when the bytes are not valid text, or a quoted value is never closed
 */
export function parseCsv(bytes: Uint8Array, file: string, encoding?: string): CsvGrid {
  const decoded = decodeText(bytes, file, encoding);
  return {
    ...parseCsvText(decoded.text, file),
    encoding: decoded.encoding,
    encodingDetected: decoded.detected,
  };
}

/**
 * parseCsv on text already decoded.
 *
 * @throws FileError when a quoted value is never closed or the text has only blank lines
 */
export function parseCsvText(text: string, file: string): { grid: RawGrid; delimiter: string } {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: "",
    delimitersToGuess: [",", "\t", ";", "|"],
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const unclosed = parsed.errors.find((error) => error.code === "MissingQuotes");
  if (unclosed !== undefined) {
    const line = (unclosed.row ?? 0) + 1;
    throw new FileError(`line ${line}: a quoted value is not closed (a stray " character?)`, file);
  }
  const rows = parsed.data;
  // A final line break gives one last record with a single empty field: not a row of the file.
  while (rows.length > 0 && isEmptyRecord(rows[rows.length - 1])) rows.pop();
  if (rows.every((row) => row.every((cell) => cell.trim() === ""))) {
    throw new FileError("the file has no data (only blank lines)", file);
  }
  return { grid: { values: rows, firstRowNumber: 1 }, delimiter: parsed.meta.delimiter };
}

function isEmptyRecord(row: readonly string[] | undefined): boolean {
  return row !== undefined && row.length <= 1 && (row[0] ?? "") === "";
}
