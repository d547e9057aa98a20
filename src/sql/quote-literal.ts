import { CoreError } from "../errors";
import { isExcelSerialDay, serialDayToIsoDate } from "../table/excel-serial";
import type { SqlDialect } from "./dialect";
import { bigQueryEscaped } from "./quote-identifier";
import { checkSqlText } from "./sql-text-check";
import { utf8Bytes } from "./utf8-bytes";

/**
 * Text as a string literal of the dialect, so the value arrives unchanged whatever it holds:
 * - DuckDB, SQLite: '…' with ' doubled; a backslash is an ordinary character (duckdb.org/docs/sql/data_types/
 *   literal_types#string-literals, sqlite.org/lang_expr.html#literal_values_constants_).
 * - PostgreSQL: '…' with ' doubled; text with a backslash is written E'…' with \\ so that it reads the same
 *   whether standard_conforming_strings is on or off (postgresql.org/docs/15/sql-syntax-lexical.html
 *   #SQL-SYNTAX-STRINGS-ESCAPE).
 * - MySQL / MariaDB: '…' with ' doubled; text with a backslash is a hexadecimal literal with the _utf8mb4
 *   introducer, which no sql_mode changes (a backslash escapes unless NO_BACKSLASH_ESCAPES is set;
 *   dev.mysql.com/doc/refman/8.0/en/string-literals.html, …/charset-introducer.html).
 * - BigQuery: '…' with backslash escapes, newlines as \n (cloud.google.com/bigquery/docs/reference/
 *   standard-sql/lexical#string_and_bytes_literals: a quoted string cannot contain a newline).
 * - Spark SQL: '…' with \\ and \' (spark.apache.org/docs/latest/sql-ref-literals.html#string-literal;
 *   '' would be two adjacent literals, concatenated).
 * - Snowflake: '…' with ' doubled and \\, because single-quoted constants read backslash escapes
 *   (docs.snowflake.com/en/sql-reference/data-types-text#escape-sequences-in-single-quoted-string-constants).
 *
 * Cost: O(length).
 *
 * @throws CoreError SQL_TEXT_INVALID for U+0000 or an unpaired surrogate
 * @example quoteString("postgres", "it's") // "'it''s'"
 * @example quoteString("spark", "it's") // "'it\\'s'"
 */
export function quoteString(dialect: SqlDialect, text: string): string {
  checkSqlText(text, "SQL_TEXT_INVALID", "The text");
  switch (dialect) {
    case "duckdb":
    case "sqlite":
      return doubledQuotes(text);
    case "postgres":
      return text.includes("\\")
        ? `E'${text.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`
        : doubledQuotes(text);
    case "mysql":
      return text.includes("\\") ? `_utf8mb4 X'${utf8Hex(text)}'` : doubledQuotes(text);
    case "bigquery":
      return `'${bigQueryEscaped(text, "'")}'`;
    case "spark":
      return `'${text.replaceAll("\\", "\\\\").replaceAll("'", "\\'").replaceAll("\n", "\\n").replaceAll("\r", "\\r")}'`;
    case "snowflake":
      return `'${text.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
  }
}

/**
 * A finite number as a numeric literal (its shortest round-trip decimal text, which each dialect reads as the
 * same value).
 *
 * @throws CoreError VALUE_NOT_FINITE
 * @example numberLiteral(0.15) // "0.15"
 */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) {
    throw new CoreError("VALUE_NOT_FINITE", `A number must be finite (got ${String(value)})`, {
      value: String(value),
    });
  }
  return String(value);
}

/**
 * A finite number as a double-precision value, the type the core computes in: PostgreSQL, Spark SQL and
 * Snowflake read 0.2 as an exact decimal and MySQL as DECIMAL (where 1/5 keeps four digits), so the literal is
 * cast (or, for MySQL, written with an exponent, which makes it a double: dev.mysql.com/doc/refman/8.0/en/
 * number-literals.html). BigQuery reads 0.2 as FLOAT64 and SQLite as REAL already.
 *
 * @throws CoreError VALUE_NOT_FINITE
 * @example doubleLiteral("mysql", 0.2) // "0.2e0"
 */
export function doubleLiteral(dialect: SqlDialect, value: number): string {
  const text = numberLiteral(value);
  switch (dialect) {
    case "mysql":
      return text.includes("e") ? text : `${text}e0`;
    case "sqlite":
    case "bigquery":
      return Number.isInteger(value) && !text.includes("e") ? `${text}.0` : text;
    case "postgres":
      return `CAST(${text} AS DOUBLE PRECISION)`;
    case "duckdb":
    case "spark":
    case "snowflake":
      return `CAST(${text} AS DOUBLE)`;
  }
}

/**
 * An Excel serial day as a date literal: DATE 'yyyy-mm-dd' (SQL standard, accepted by every dialect here but
 * SQLite, which has no date type and compares ISO text: sqlite.org/lang_datefunc.html).
 *
 * @throws CoreError AS_OF_NOT_A_DATE when the serial is not a day in 1900-03-01..9999-12-31
 * @example dateLiteral("postgres", 39082) // "DATE '2006-12-31'"
 */
export function dateLiteral(dialect: SqlDialect, serialDay: number): string {
  if (!isExcelSerialDay(serialDay) || serialDay < 61) {
    throw new CoreError("AS_OF_NOT_A_DATE", `A date must be a date (got ${String(serialDay)})`, {
      value: String(serialDay),
    });
  }
  const iso = serialDayToIsoDate(serialDay);
  return dialect === "sqlite" ? `'${iso}'` : `DATE '${iso}'`;
}

function doubledQuotes(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function utf8Hex(text: string): string {
  return utf8Bytes(text)
    .map((byte) => byte.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}
