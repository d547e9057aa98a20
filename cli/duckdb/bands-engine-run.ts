import {
  bandsAnalysisOfRows,
  bandsColumns,
  type BandsResult,
  type BandsSettings,
} from "../../src/analysis/bands";
import type { BandRow, BandRowsResult, OutsideRows } from "../../src/promo/band-rows";
import { bandsSql } from "../../src/sql/bands-sql";
import type { CommandArgs } from "../command";
import type { CommandRun } from "../commands/analysis-input";
import { runWithDuckDb } from "./engine-run";
import { INPUT_VIEW } from "./file-view";
import { checkNamedColumnTypes } from "./sample-table";

/**
 * `bands --engine duckdb`: DuckDB runs the bands SQL (`sql --analysis bands`: pandas.cut's rules, rows and sums
 * per band, then below / above / missing) over the whole file; the core builds the same result and sheet from
 * those rows. The columns are found by name on the sampled table as the core finds them (exact, then loosely)
 * and must be numbers in DuckDB too.
 *
 * @throws CliError for a column DuckDB does not read as numbers; CoreError UNKNOWN_COLUMN, COLUMN_TYPE_MISMATCH
 */
export async function bandsWithDuckDb(
  args: CommandArgs,
  settings: BandsSettings,
): Promise<CommandRun<BandsResult>> {
  return runWithDuckDb(
    args,
    { forWhat: "bands", required: [], types: {} },
    async ({ session, file, sample, context }) => {
      const { by, sums } = bandsColumns(sample, settings);
      const sumNames = sums.map((column) => column.name);
      await checkNamedColumnTypes(
        session,
        file,
        [by.name, ...sumNames].map((name) => ({ name, need: "number" as const })),
      );
      const statement = bandsSql(
        "duckdb",
        { table: INPUT_VIEW, columns: {} },
        { ...settings, by: by.name, sum: sumNames },
      );
      const { rows } = await session.query(statement.sql);
      const counted = rows.map((row) => ({
        label: String(row[0]),
        lower: Number(row[1]),
        upper: Number(row[2]),
        rows: Number(row[3]),
        sums: Object.fromEntries(sumNames.map((name, index) => [name, Number(row[4 + index])])),
      }));
      const bandRows = counted.slice(0, -3);
      const outside = (row: BandRow | undefined): OutsideRows => ({
        rows: row?.rows ?? 0,
        sums: row?.sums ?? {},
      });
      const [below, above, missing] = counted.slice(-3);
      const result: BandRowsResult = {
        bands: bandRows,
        below: outside(below),
        above: outside(above),
        missing: outside(missing),
      };
      const readRowCount =
        result.bands.reduce((total, band) => total + band.rows, 0) +
        result.below.rows +
        result.above.rows +
        result.missing.rows;
      const runContext = context(readRowCount);
      return {
        input: { loaded: { inputAddress: file }, context: runContext },
        run: bandsAnalysisOfRows(by.name, result, settings, readRowCount, runContext),
      };
    },
  );
}
