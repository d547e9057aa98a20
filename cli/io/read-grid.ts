import { readFile, stat } from "node:fs/promises";
import type { RawGrid } from "../../src/table/types";
import { CliError } from "../cli-error";
import { fileFormatOf } from "../../fileio/file-format";
import { parseCsv } from "../../fileio/read-csv";
import { readXlsx } from "../../fileio/read-xlsx";

export interface GridSource {
  readonly grid: RawGrid;
  readonly file: string;
  readonly format: "csv" | "xlsx";
  /** The worksheet read (xlsx), else null. */
  readonly sheetName: string | null;
  /** The CSV delimiter found, else null. */
  readonly delimiter: string | null;
  /** The CSV's encoding (WHATWG name), else null. */
  readonly encoding: string | null;
  /** True when the CSV was not UTF-8 and `encoding` was guessed (Big5 or GB18030). */
  readonly encodingDetected: boolean;
}

export interface ReadGridOptions {
  /** Worksheet of an .xlsx file. */
  readonly sheet?: string;
  /** Text encoding of a CSV. @default UTF-8, else Big5 or GB18030 as decodeText detects */
  readonly encoding?: string;
}

/**
 * Reads a CSV or .xlsx file into a grid for tableFromGrid. The format follows the content (an .xlsx is a
 * zip archive), so a misnamed file still reads; legacy .xls is refused with a hint.
 *
 * @throws CliError (exit 2) for a missing, unreadable, empty or unsupported file, an unknown sheet, a sheet
 *   asked of a CSV, bad text
 */
export async function readGrid(file: string, options: ReadGridOptions = {}): Promise<GridSource> {
  return gridSourceFromBytes(await readBytes(file), file, options);
}

/** readGrid on the bytes of `file`, already read by readBytes. @throws CliError as readGrid */
export async function gridSourceFromBytes(
  bytes: Uint8Array,
  file: string,
  options: ReadGridOptions = {},
): Promise<GridSource> {
  if (fileFormatOf(bytes, file) === "xlsx") {
    const { grid, sheetName } = await readXlsx(bytes, file, options.sheet);
    return {
      grid,
      file,
      format: "xlsx",
      sheetName,
      delimiter: null,
      encoding: null,
      encodingDetected: false,
    };
  }
  if (options.sheet !== undefined)
    throw new CliError("--sheet applies to .xlsx workbooks, not to a CSV", file);
  const { grid, delimiter, encoding, encodingDetected } = parseCsv(bytes, file, options.encoding);
  return { grid, file, format: "csv", sheetName: null, delimiter, encoding, encodingDetected };
}

/** True when readGrid reads these bytes as a CSV (not a workbook, nothing it refuses before parsing). */
export function isCsvInput(bytes: Uint8Array, file: string, options: ReadGridOptions = {}): boolean {
  if (options.sheet !== undefined) return false;
  try {
    return fileFormatOf(bytes, file) === "csv";
  } catch {
    return false;
  }
}

/** The bytes of a non-empty file. @throws CliError for a missing, unreadable, empty file or a directory */
export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError("is a directory, not a file", file);
    const bytes = await readFile(file);
    if (bytes.length === 0 || (bytes.length === 3 && bytes[0] === 0xef && bytes[1] === 0xbb)) {
      throw new CliError("the file is empty", file);
    }
    return bytes;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === "ENOENT") throw new CliError("no such file", file);
    if (code === "EACCES" || code === "EPERM") throw new CliError("permission denied", file);
    throw new CliError(`cannot read the file (${String(code ?? error)})`, file);
  }
}
