import { readFileSync } from "node:fs";
import type { RawGrid } from "../../src/table/types";
import type { TextCells } from "../../src/table/text-cells";
import { parseCsv } from "../../fileio/read-csv";
import { parseCsvCells } from "./read-csv-cells";
import {
  gridSourceFromBytes,
  isCsvInput,
  readBytes,
  type GridSource,
  type ReadGridOptions,
} from "./read-grid";

export interface TableInput {
  /**
   * As readGrid returns it. For a CSV, `grid` is made on first use (parseCsv on the file, read again): most
   * commands never read it, and on a full sheet it costs more than the table itself.
   */
  readonly source: GridSource;
  /** A CSV's cells for tableFromTextCells; null for a workbook (use tableFromGrid on source.grid). */
  readonly cells: TextCells | null;
}

/**
 * readGrid for building a table: a CSV is split into TextCells (parseCsvCells) instead of a grid of
 * strings; a workbook is read by readGrid's own path. Same checks, same errors, same source fields.
 *
 * @throws CliError as readGrid
 */
export async function readTableInput(file: string, options: ReadGridOptions = {}): Promise<TableInput> {
  const bytes = await readBytes(file);
  if (!isCsvInput(bytes, file, options)) {
    return { source: await gridSourceFromBytes(bytes, file, options), cells: null };
  }
  const { cells, delimiter, encoding, encodingDetected } = parseCsvCells(bytes, file, options.encoding);
  let grid: RawGrid | undefined;
  const source: GridSource = {
    get grid(): RawGrid {
      // Read again rather than kept: holding the bytes for the few commands that want a grid cost every
      // command the file's size in memory until the end (34 MB of rfm's peak on a full sheet).
      grid ??= parseCsv(readFileSync(file), file, encoding).grid;
      return grid;
    },
    file,
    format: "csv",
    sheetName: null,
    delimiter,
    encoding,
    encodingDetected,
  };
  return { source, cells };
}
