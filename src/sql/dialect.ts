/**
 * The SQL dialects the generators write. Four are executed in the tests against real engines (DuckDB embedded,
 * PostgreSQL, MariaDB for "mysql", SQLite); BigQuery, Spark SQL and Snowflake are generated from the same layer
 * with each difference cited from the vendor's reference, but no test runs them.
 */
export const SQL_DIALECTS = [
  "duckdb",
  "postgres",
  "mysql",
  "sqlite",
  "bigquery",
  "spark",
  "snowflake",
] as const;

export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** The dialects whose SQL the test suite runs on a real engine (see test/sql/). */
export const EXECUTED_SQL_DIALECTS: readonly SqlDialect[] = ["duckdb", "postgres", "mysql", "sqlite"];

/** What each dialect targets, for help text and the SQL header comment. */
export const SQL_DIALECT_TARGETS: Readonly<Record<SqlDialect, string>> = {
  duckdb: "DuckDB 1.x",
  postgres: "PostgreSQL 12+",
  mysql: "MySQL 8.0.17+ / MariaDB 10.4+",
  sqlite: "SQLite 3.25+",
  bigquery: "BigQuery GoogleSQL",
  spark: "Spark SQL 3.x",
  snowflake: "Snowflake",
};

/**
 * True when `name` is one of {@link SQL_DIALECTS}.
 *
 * @example isSqlDialect("postgres") // true
 * @example isSqlDialect("oracle") // false
 */
export function isSqlDialect(name: string): name is SqlDialect {
  return (SQL_DIALECTS as readonly string[]).includes(name);
}
