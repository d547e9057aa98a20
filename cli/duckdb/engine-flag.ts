import { CliError } from "../cli-error";
import type { CliOptions } from "../command";

/** Where a command aggregates: in the command's own core (default) or in embedded DuckDB (issue 15). */
export type EngineChoice = "core" | "duckdb";

/** The --engine option, one description for the seven commands that take it. */
export const ENGINE_OPTION: CliOptions = {
  engine: {
    type: "string",
    valueName: "core|duckdb",
    description:
      "where the rows are aggregated: in the command (default) or in DuckDB (CSV/Parquet bigger than memory)",
  },
};

/**
 * The --engine flag's value.
 *
 * @throws CliError for a value other than core or duckdb
 * @example engineFlag(undefined) // "core"
 */
export function engineFlag(value: unknown): EngineChoice {
  if (value === undefined || value === "core") return "core";
  if (value === "duckdb") return "duckdb";
  throw new CliError(`--engine must be core or duckdb (got "${String(value)}")`);
}
