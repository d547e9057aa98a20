import type { SqlDialect } from "./dialect";
import { integerCast } from "./numeric";

/**
 * The calendar day of a DATE or TIMESTAMP expression (the time of day dropped): CAST(… AS DATE) everywhere
 * but SQLite, which has no date type and reads ISO-8601 text or Julian day numbers with date()
 * (sqlite.org/lang_datefunc.html). A TIMESTAMP WITH TIME ZONE is cut at midnight of the session's time zone
 * (BigQuery: UTC).
 *
 * @example
 * dayOf("sqlite", "order_date") // "date(order_date)"
 * dayOf("postgres", "order_date") // "CAST(order_date AS DATE)"
 */
export function dayOf(dialect: SqlDialect, expression: string): string {
  return dialect === "sqlite" ? `date(${expression})` : `CAST(${expression} AS DATE)`;
}

/**
 * Whole days from `startDay` to `endDay` (end − start) for two expressions made by {@link dayOf}:
 * - PostgreSQL: date − date is an integer (postgresql.org/docs/15/functions-datetime.html).
 * - DuckDB: date_diff('day', start, end) (duckdb.org/docs/sql/functions/date#date_diffpart-startdate-enddate).
 * - MySQL / MariaDB: DATEDIFF(end, start) (dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html
 *   #function_datediff).
 * - SQLite: the difference of julianday() values, exact for two midnights.
 * - BigQuery: DATE_DIFF(end, start, DAY) (cloud.google.com/bigquery/docs/reference/standard-sql/
 *   date_functions#date_diff).
 * - Spark SQL: datediff(end, start) (spark.apache.org/docs/latest/api/sql/index.html#datediff).
 * - Snowflake: DATEDIFF(day, start, end) (docs.snowflake.com/en/sql-reference/functions/datediff).
 *
 * @example daysBetween("mysql", "a", "b") // "DATEDIFF(b, a)"
 */
export function daysBetween(dialect: SqlDialect, startDay: string, endDay: string): string {
  switch (dialect) {
    case "postgres":
      return `(${endDay} - ${startDay})`;
    case "duckdb":
      return `date_diff('day', ${startDay}, ${endDay})`;
    case "mysql":
      return `DATEDIFF(${endDay}, ${startDay})`;
    case "sqlite":
      return `CAST(julianday(${endDay}) - julianday(${startDay}) AS INTEGER)`;
    case "bigquery":
      return `DATE_DIFF(${endDay}, ${startDay}, DAY)`;
    case "spark":
      return `datediff(${endDay}, ${startDay})`;
    case "snowflake":
      return `DATEDIFF(day, ${startDay}, ${endDay})`;
  }
}

/**
 * The month of a day as year × 12 + month − 1, so consecutive calendar months differ by one (the core's
 * monthIndexOfSerial). EXTRACT(YEAR/MONTH FROM …) is standard (and in Spark SQL from 3.0); SQLite reads
 * strftime('%Y') and ('%m').
 *
 * @example monthIndexOf("postgres", "d") // "(CAST(EXTRACT(YEAR FROM d) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM d) AS INTEGER) - 1)"
 */
export function monthIndexOf(dialect: SqlDialect, day: string): string {
  if (dialect === "sqlite") {
    return `(CAST(strftime('%Y', ${day}) AS INTEGER) * 12 + CAST(strftime('%m', ${day}) AS INTEGER) - 1)`;
  }
  const part = (unit: "YEAR" | "MONTH"): string =>
    `CAST(EXTRACT(${unit} FROM ${day}) AS ${integerCast(dialect)})`;
  return `(${part("YEAR")} * 12 + ${part("MONTH")} - 1)`;
}
