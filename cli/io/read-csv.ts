import Papa from "papaparse";
import type { RawGrid } from "../../src/table/types";
import { CliError } from "../cli-error";

export interface CsvGrid {
  readonly grid: RawGrid;
  /** The delimiter found: ",", "\t", ";" or "|". */
  readonly delimiter: string;
}

/**
 * Parses CSV bytes into a grid of strings (the core does all typing). The text is decoded as UTF-8 (a BOM
 * is dropped) or as `encoding` (any WHATWG label, e.g. "gb18030", "big5"); the delimiter is guessed among
 * comma, tab, semicolon and "|" (papaparse's guess: the one giving a consistent field count). Row numbers
 * are record numbers, equal to file lines unless a quoted value spans lines.
 *
 * @throws CliError when the bytes are not valid text in the encoding, or a quoted value is never closed
 */
export function parseCsv(bytes: Uint8Array, file: string, encoding = "utf-8"): CsvGrid {
  const text = decode(bytes, file, encoding);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: "",
    delimitersToGuess: [",", "\t", ";", "|"],
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const unclosed = parsed.errors.find((error) => error.code === "MissingQuotes");
  if (unclosed !== undefined) {
    const line = (unclosed.row ?? 0) + 1;
    throw new CliError(`line ${line}: a quoted value is not closed (a stray " character?)`, file);
  }
  const rows = parsed.data;
  // A final line break gives one last record with a single empty field: not a row of the file.
  while (rows.length > 0 && isEmptyRecord(rows[rows.length - 1])) rows.pop();
  if (rows.every((row) => row.every((cell) => cell.trim() === ""))) {
    throw new CliError("the file has no data (only blank lines)", file);
  }
  return { grid: { values: rows, firstRowNumber: 1 }, delimiter: parsed.meta.delimiter };
}

function decode(bytes: Uint8Array, file: string, encoding: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new CliError(`unknown text encoding "${encoding}" (try utf-8, gb18030 or big5)`, file);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const hint =
      encoding.toLowerCase().replace("-", "") === "utf8"
        ? ' (save it as "CSV UTF-8", or pass --encoding gb18030 or big5)'
        : "";
    throw new CliError(`is not valid ${encoding} text${hint}`, file);
  }
}

function isEmptyRecord(row: readonly string[] | undefined): boolean {
  return row !== undefined && row.length <= 1 && (row[0] ?? "") === "";
}
