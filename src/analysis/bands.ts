import { CoreError } from "../errors";
import type { BandClosed } from "../promo/band-cut";
import { bandRows, type BandRowsResult } from "../promo/band-rows";
import { bandRowsSheet } from "../report/promo-band-rows";
import { findColumnIndex } from "../table/column-overrides";
import type { NumberColumn, Table } from "../table/types";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";

export interface BandsSettings {
  /** The numeric column cut into bands, by name (matched as column flags are: exact, then loosely). */
  readonly by: string;
  /** Ascending band edges (pandas.cut bins); see validateBandEdges. */
  readonly edges: readonly number[];
  /** Numeric columns summed per band, by name. @default [] */
  readonly sum?: readonly string[];
  /** @default "right" */
  readonly closed?: BandClosed;
}

export const BANDS_DEFAULTS = {
  sum: [],
  closed: "right",
} as const satisfies Partial<BandsSettings>;

export interface BandsResult {
  /** The banded column's name as the table has it. */
  readonly by: string;
  readonly edges: readonly number[];
  readonly closed: BandClosed;
  readonly rows: BandRowsResult;
}

/**
 * Any numeric column cut into bands (pandas.cut rules, lowest edge included when right-closed) with the row
 * count and the sums of other numeric columns per band; rows below, above or without a value are counted
 * and summed apart, never dropped.
 *
 * Cost: O(rows log edges + rows × summed columns).
 *
 * @throws CoreError UNKNOWN_COLUMN (details.argument "by" or "sum"), COLUMN_TYPE_MISMATCH (the column is not
 *   numeric; details.argument, details.column), and the BAND_* codes of validateBandEdges
 */
export function bandsAnalysis(
  table: Table,
  settings: BandsSettings,
  context: AnalysisContext,
): AnalysisRun<BandsResult> {
  const closed = settings.closed ?? BANDS_DEFAULTS.closed;
  const { by, sums } = bandsColumns(table, settings);
  const sumColumns = Object.fromEntries(sums.map((column) => [column.name, column.values]));
  const rows = bandRows(by.values, settings.edges, sumColumns, { closed });
  return bandsAnalysisOfRows(by.name, rows, settings, table.rowCount, context);
}

/**
 * The band column and the summed columns of {@link bandsAnalysis}, found by name and checked to be numeric.
 *
 * @throws CoreError UNKNOWN_COLUMN, COLUMN_TYPE_MISMATCH (details.argument "by" or "sum")
 */
export function bandsColumns(
  table: Table,
  settings: Pick<BandsSettings, "by" | "sum">,
): { readonly by: NumberColumn; readonly sums: readonly NumberColumn[] } {
  const sumNames = settings.sum ?? BANDS_DEFAULTS.sum;
  return {
    by: numericColumn(table, settings.by, "by"),
    sums: sumNames.map((name) => numericColumn(table, name, "sum")),
  };
}

/**
 * {@link bandsAnalysis} from band rows counted elsewhere (the command line's `--engine duckdb`, where DuckDB
 * runs the bands SQL over the file): the same result and sheet for `readRowCount` rows read.
 *
 * Cost: O(bands × summed columns).
 */
export function bandsAnalysisOfRows(
  byName: string,
  rows: BandRowsResult,
  settings: BandsSettings,
  readRowCount: number,
  context: AnalysisContext,
): AnalysisRun<BandsResult> {
  const closed = settings.closed ?? BANDS_DEFAULTS.closed;
  const sumNames = settings.sum ?? BANDS_DEFAULTS.sum;
  const result: BandsResult = { by: byName, edges: settings.edges, closed, rows };
  return {
    result,
    sheets: lazily(() => [
      bandRowsSheet(
        result,
        context.locale,
        analysisRunRecord({ rowCount: readRowCount }, context, "bands", {
          by: result.by,
          edges: settings.edges.join(", "),
          sum: sumNames.join(", "),
          closed,
        }),
      ),
    ]),
  };
}

/** The column named `name`, which must have been read as numbers. */
function numericColumn(table: Table, name: string, argument: "by" | "sum"): NumberColumn {
  const what = argument === "by" ? "the band column" : "a summed column";
  let index: number;
  try {
    index = findColumnIndex(table.columns, name, what);
  } catch (error) {
    // findColumnIndex names the column search as its `forWhat`; the details name the setting at fault.
    if (error instanceof CoreError)
      throw new CoreError(error.code, error.message, { ...error.details, argument });
    throw error;
  }
  const column = table.columns[index];
  if (column?.type !== "number") {
    throw new CoreError(
      "COLUMN_TYPE_MISMATCH",
      `Column "${column?.name ?? name}", ${what}, must hold numbers (it was read as ${column?.type ?? "nothing"})`,
      { argument, column: column?.name ?? name, value: column?.type ?? null },
    );
  }
  return column;
}
