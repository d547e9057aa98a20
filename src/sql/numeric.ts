import type { SqlDialect } from "./dialect";

/**
 * The double-precision type name for CAST, the type the core computes ratios and quantiles in: DOUBLE
 * PRECISION (PostgreSQL), DOUBLE (DuckDB, MySQL 8.0.17+ and MariaDB 10.4+, Spark SQL, Snowflake's synonym of
 * FLOAT), REAL (SQLite's 8-byte float), FLOAT64 (BigQuery).
 *
 * @example doubleType("bigquery") // "FLOAT64"
 */
export function doubleType(dialect: SqlDialect): string {
  switch (dialect) {
    case "postgres":
      return "DOUBLE PRECISION";
    case "sqlite":
      return "REAL";
    case "bigquery":
      return "FLOAT64";
    case "duckdb":
    case "mysql":
    case "spark":
    case "snowflake":
      return "DOUBLE";
  }
}

/** `expression` cast to {@link doubleType}. @example asDouble("sqlite", "x") // "CAST(x AS REAL)" */
export function asDouble(dialect: SqlDialect, expression: string): string {
  return `CAST(${expression} AS ${doubleType(dialect)})`;
}

/**
 * The integer type name for CAST: SIGNED in MySQL / MariaDB (CAST has no INTEGER there:
 * dev.mysql.com/doc/refman/8.0/en/cast-functions.html), INT64 in BigQuery, INT in Spark SQL, INTEGER elsewhere.
 *
 * @example integerCast("mysql") // "SIGNED"
 */
export function integerCast(dialect: SqlDialect): string {
  switch (dialect) {
    case "mysql":
      return "SIGNED";
    case "bigquery":
      return "INT64";
    case "spark":
      return "INT";
    case "duckdb":
    case "postgres":
    case "sqlite":
    case "snowflake":
      return "INTEGER";
  }
}

/**
 * ⌊value⌋ of an expression known to be ≥ 0. SQLite has FLOOR only when built with its math functions
 * (sqlite.org/lang_mathfunc.html), so there the cast to INTEGER, which truncates, gives the floor.
 *
 * @example floorOfNonNegative("sqlite", "x") // "CAST(x AS INTEGER)"
 */
export function floorOfNonNegative(dialect: SqlDialect, expression: string): string {
  return dialect === "sqlite" ? `CAST(${expression} AS INTEGER)` : `FLOOR(${expression})`;
}

/**
 * ⌈value⌉ of an expression known to be ≥ 0 (SQLite without its math functions: the truncation plus one when
 * a fraction is left).
 *
 * @example ceilingOfNonNegative("postgres", "x") // "CEIL(x)"
 */
export function ceilingOfNonNegative(dialect: SqlDialect, expression: string): string {
  if (dialect !== "sqlite") return `CEIL(${expression})`;
  return `(CAST(${expression} AS INTEGER) + (${expression} > CAST(${expression} AS INTEGER)))`;
}

/**
 * Integer division of two non-negative integer expressions, rounded down: / on integers in PostgreSQL and
 * SQLite; // in DuckDB (its / gives a double: duckdb.org/docs/sql/functions/numeric); DIV in MySQL / MariaDB
 * and Spark SQL; DIV(a, b) in BigQuery; FLOOR(a / b) in Snowflake, whose / gives a decimal.
 *
 * @example integerDivision("mysql", "m", "12") // "(m DIV 12)"
 */
export function integerDivision(dialect: SqlDialect, dividend: string, divisor: string): string {
  switch (dialect) {
    case "postgres":
    case "sqlite":
      return `(${dividend} / ${divisor})`;
    case "duckdb":
      return `(${dividend} // ${divisor})`;
    case "mysql":
    case "spark":
      return `(${dividend} DIV ${divisor})`;
    case "bigquery":
      return `DIV(${dividend}, ${divisor})`;
    case "snowflake":
      return `FLOOR(${dividend} / ${divisor})`;
  }
}

/**
 * numerator / denominator in double precision, NULL when the denominator is 0 or NULL (where the core reports
 * DIVISION_BY_ZERO or NOT_AVAILABLE).
 *
 * @example ratio("sqlite", "a", "b") // "CAST(a AS REAL) / NULLIF(CAST(b AS REAL), 0)"
 */
export function ratio(dialect: SqlDialect, numerator: string, denominator: string): string {
  return `${asDouble(dialect, numerator)} / NULLIF(${asDouble(dialect, denominator)}, 0)`;
}
