/**
 * Rows read, and rows left out, before the core saw its input: the command line's `--engine duckdb` lets DuckDB
 * aggregate the file first (one row per member and purchase day, say), so the core's own count of rows read
 * and skipped is of the aggregated rows; the run adds these to state the file's.
 */
export interface UpstreamRows {
  /** Rows of the file, before any was left out. */
  readonly readRowCount: number;
  /** Rows left out before aggregating, for the reasons the core would have left them out. */
  readonly skippedRows: number;
}

/**
 * The table itself as its own upstream: nothing was read or left out before the core.
 *
 * @example tableAsUpstream({ rowCount: 12 }) // { readRowCount: 12, skippedRows: 0 }
 */
export function tableAsUpstream(table: { readonly rowCount: number }): UpstreamRows {
  return { readRowCount: table.rowCount, skippedRows: 0 };
}
