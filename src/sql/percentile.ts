import { CoreError } from "../errors";
import type { SqlDialect } from "./dialect";
import { asDouble, floorOfNonNegative } from "./numeric";
import { doubleLiteral, numberLiteral } from "./quote-literal";
import type { SqlCte } from "./statement";

/** One quantile to compute: the column it becomes and its probability in [0, 1]. */
export interface QuantileRequest {
  readonly alias: string;
  readonly probability: number;
}

/**
 * CTEs ending in one named `name` that holds one row with a column per request: the type-7 quantile (linear
 * interpolation between order statistics at h = (n − 1)·p, the core's quantilesType7 = Excel PERCENTILE.INC)
 * of `value` over the rows of `source`, computed in double precision. Exact percentiles where the engine has
 * them:
 * - PostgreSQL, Snowflake: PERCENTILE_CONT(p) WITHIN GROUP (ORDER BY …) (postgresql.org/docs/15/
 *   functions-aggregate.html#FUNCTIONS-ORDEREDSET-TABLE, docs.snowflake.com/en/sql-reference/functions/
 *   percentile_cont).
 * - DuckDB: quantile_cont(x, p) (duckdb.org/docs/sql/functions/aggregates#quantile_contx-pos).
 * - Spark SQL: percentile(x, p), "the exact percentile" (spark.apache.org/docs/latest/api/sql/index.html
 *   #percentile).
 * - BigQuery: the analytic PERCENTILE_CONT(x, p) OVER (), which is exact (cloud.google.com/bigquery/docs/
 *   reference/standard-sql/navigation_functions#percentile_cont); APPROX_QUANTILES is approximate and is
 *   not used.
 * - MySQL / MariaDB, SQLite: no PERCENTILE_CONT in both MySQL and MariaDB (MariaDB's exists only as a window
 *   function and returns DECIMAL) nor in SQLite, so the interpolation is written out from ROW_NUMBER and
 *   COUNT, in the core's own order of operations: x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 * An empty source gives NULLs (BigQuery: no row), where the core throws QUANTILE_NO_VALUES.
 *
 * Cost: one sort of the source per dialect's plan.
 *
 * @throws CoreError PROBABILITY_OUT_OF_RANGE, VALUE_NOT_FINITE
 */
export function quantileCtes(
  dialect: SqlDialect,
  name: string,
  source: string,
  value: string,
  requests: readonly QuantileRequest[],
): SqlCte[] {
  for (const request of requests) {
    if (!(request.probability >= 0 && request.probability <= 1)) {
      throw new CoreError(
        "PROBABILITY_OUT_OF_RANGE",
        `A quantile must be between 0 and 1 (got ${request.probability})`,
        { argument: request.alias, value: request.probability },
      );
    }
  }
  const sorted = asDouble(dialect, value);
  const columns = (form: (probability: string) => string): string =>
    requests
      .map((request) => `${form(numberLiteral(request.probability))} AS ${request.alias}`)
      .join(",\n  ");
  switch (dialect) {
    case "postgres":
    case "snowflake":
      return [
        {
          name,
          body: `SELECT\n  ${columns((p) => `PERCENTILE_CONT(${p}) WITHIN GROUP (ORDER BY ${sorted})`)}\nFROM ${source}`,
        },
      ];
    case "duckdb":
      return [
        { name, body: `SELECT\n  ${columns((p) => `quantile_cont(${sorted}, ${p})`)}\nFROM ${source}` },
      ];
    case "spark":
      return [{ name, body: `SELECT\n  ${columns((p) => `percentile(${sorted}, ${p})`)}\nFROM ${source}` }];
    case "bigquery":
      return [
        {
          name,
          body: `SELECT\n  ${columns((p) => `PERCENTILE_CONT(${sorted}, ${p}) OVER ()`)}\nFROM ${source}\nLIMIT 1`,
        },
      ];
    case "mysql":
    case "sqlite":
      return interpolatedQuantiles(dialect, name, source, sorted, requests);
  }
}

function interpolatedQuantiles(
  dialect: SqlDialect,
  name: string,
  source: string,
  sorted: string,
  requests: readonly QuantileRequest[],
): SqlCte[] {
  const ranked = `${name}_ranked`;
  const rankedBody = [
    "SELECT",
    `  ${sorted} AS sorted_value,`,
    `  ROW_NUMBER() OVER (ORDER BY ${sorted}) - 1 AS sort_position,`,
    "  COUNT(*) OVER () - 1 AS last_position",
    `FROM ${source}`,
  ].join("\n");
  const quantile = (request: QuantileRequest): string => {
    const h = `lower_row.last_position * ${doubleLiteral(dialect, request.probability)}`;
    return [
      "(",
      `  SELECT lower_row.sorted_value + (${h} - lower_row.sort_position)`,
      "    * (COALESCE(upper_row.sorted_value, lower_row.sorted_value) - lower_row.sorted_value)",
      `  FROM ${ranked} lower_row`,
      `  LEFT JOIN ${ranked} upper_row ON upper_row.sort_position = lower_row.sort_position + 1`,
      `  WHERE lower_row.sort_position = ${floorOfNonNegative(dialect, h)}`,
      `) AS ${request.alias}`,
    ].join("\n  ");
  };
  return [
    { name: ranked, body: rankedBody },
    { name, body: `SELECT\n  ${requests.map(quantile).join(",\n  ")}` },
  ];
}

/**
 * The header line saying how the dialect's quantiles are computed (BigQuery's: exact, not APPROX_QUANTILES).
 *
 * @example
 * percentileNote("sqlite") // "Quantiles: type 7, interpolated from ROW_NUMBER() and COUNT(*) (no PERCENTILE_CONT aggregate here)."
 * percentileNote("duckdb") // "Quantiles: quantile_cont (type 7, exact, in double precision)."
 */
export function percentileNote(dialect: SqlDialect): string {
  switch (dialect) {
    case "postgres":
    case "snowflake":
      return "Quantiles: PERCENTILE_CONT (type 7, exact, in double precision).";
    case "duckdb":
      return "Quantiles: quantile_cont (type 7, exact, in double precision).";
    case "spark":
      return "Quantiles: percentile() (type 7, exact; the last binary digit may round differently).";
    case "bigquery":
      return "Quantiles: the analytic PERCENTILE_CONT (type 7, exact); APPROX_QUANTILES is approximate and not used.";
    case "mysql":
    case "sqlite":
      return "Quantiles: type 7, interpolated from ROW_NUMBER() and COUNT(*) (no PERCENTILE_CONT aggregate here).";
  }
}
