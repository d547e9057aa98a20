import type { SqlDialect } from "./dialect";
import { integerDivision } from "./numeric";

/**
 * The text type name for CAST: TEXT (PostgreSQL, SQLite), VARCHAR (DuckDB, Snowflake), CHAR (MySQL / MariaDB:
 * dev.mysql.com/doc/refman/8.0/en/cast-functions.html), STRING (BigQuery, Spark SQL).
 *
 * @example textType("spark") // "STRING"
 */
export function textType(dialect: SqlDialect): string {
  switch (dialect) {
    case "postgres":
    case "sqlite":
      return "TEXT";
    case "duckdb":
    case "snowflake":
      return "VARCHAR";
    case "mysql":
      return "CHAR";
    case "bigquery":
    case "spark":
      return "STRING";
  }
}

/**
 * An id or label column as the key the core matches it by: its text, trimmed, with blank text as NULL (the
 * core's readKey / keyText). TRIM removes spaces only (JavaScript's trim removes every Unicode space). MySQL
 * and MariaDB compare text case-insensitively under their default collations, so "a" and "A" would be one
 * member there; the key is converted to utf8mb4 with the binary collation to compare as the core does
 * (dev.mysql.com/doc/refman/8.0/en/charset-binary-collations.html).
 *
 * @example
 * keyOf("postgres", "member_id") // "NULLIF(TRIM(CAST(member_id AS TEXT)), '')"
 * keyOf("mysql", "member_id") // "NULLIF(TRIM(CONVERT(member_id USING utf8mb4) COLLATE utf8mb4_bin), '')"
 */
export function keyOf(dialect: SqlDialect, column: string): string {
  if (dialect === "mysql") return `NULLIF(TRIM(CONVERT(${column} USING utf8mb4) COLLATE utf8mb4_bin), '')`;
  return `NULLIF(TRIM(CAST(${column} AS ${textType(dialect)})), '')`;
}

/**
 * A member or order id as the member analyses key it: {@link keyOf}, with the text "0" also NULL. The core reads
 * an id of 0 as no id (src/member/cells.ts readIdKey, src/rfm/member-index.ts isBlankIdCell): desktop Excel sends
 * an empty cell as 0, and exports write 0 for a guest order.
 *
 * @example idKeyOf("postgres", "member_id") // "NULLIF(NULLIF(TRIM(CAST(member_id AS TEXT)), ''), '0')"
 */
export function idKeyOf(dialect: SqlDialect, column: string): string {
  return `NULLIF(${keyOf(dialect, column)}, '0')`;
}

/**
 * Text concatenation: CONCAT(…) everywhere but SQLite, which has concat() only from 3.44 and uses ||
 * (in MySQL || is OR unless PIPES_AS_CONCAT is set, so CONCAT there).
 *
 * @example concatText("sqlite", ["a", "'-'", "b"]) // "(a || '-' || b)"
 */
export function concatText(dialect: SqlDialect, parts: readonly string[]): string {
  return dialect === "sqlite" ? `(${parts.join(" || ")})` : `CONCAT(${parts.join(", ")})`;
}

/**
 * "YYYY-MM" of a month index (year × 12 + month − 1), as the core's monthLabel: the year by integer division,
 * the month zero-padded to two digits.
 *
 * @example
 * monthLabelOf("postgres", "m")
 * // "CONCAT(CAST((m / 12) AS TEXT), '-', CASE WHEN (m - (m / 12) * 12 + 1) < 10
 * // THEN CONCAT('0', CAST((m - (m / 12) * 12 + 1) AS TEXT)) ELSE CAST((m - (m / 12) * 12 + 1) AS TEXT) END)"
 */
export function monthLabelOf(dialect: SqlDialect, monthIndex: string): string {
  const year = integerDivision(dialect, monthIndex, "12");
  const month = `(${monthIndex} - ${year} * 12 + 1)`;
  const asText = (expression: string): string => `CAST(${expression} AS ${textType(dialect)})`;
  const paddedMonth = `CASE WHEN ${month} < 10 THEN ${concatText(dialect, ["'0'", asText(month)])} ELSE ${asText(month)} END`;
  return concatText(dialect, [asText(year), "'-'", paddedMonth]);
}
