import type { RawGrid } from "../../../src/table/types";
import { readGrid } from "../../io/read-grid";

export interface SummaryFile {
  /** The cells as read; src/analysis/clv-summary-grid.ts reads the customers from them. */
  readonly grid: RawGrid;
  /** "file.csv" or "book.xlsx!Sheet1". */
  readonly address: string;
}

/**
 * Reads a --summary file (CSV or .xlsx) as a grid; the BTYD use case reads its header and customers.
 *
 * @throws CliError for a missing, unreadable or unsupported file (readGrid)
 */
export async function readSummaryFile(
  file: string,
  options: { readonly sheet?: string; readonly encoding?: string },
): Promise<SummaryFile> {
  const source = await readGrid(file, options);
  return { grid: source.grid, address: source.sheetName === null ? file : `${file}!${source.sheetName}` };
}
