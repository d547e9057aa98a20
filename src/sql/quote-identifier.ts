import { CoreError } from "../errors";
import type { SqlDialect } from "./dialect";
import { checkSqlText } from "./sql-text-check";
import { utf8Bytes } from "./utf8-bytes";

/**
 * A table or column name as a quoted identifier of the dialect, so any name a role mapping gives (會員編號,
 * "Order Date", a name with quotes or a newline) reaches the database unchanged and can never end the token:
 * - DuckDB, PostgreSQL, SQLite, Snowflake: "…" with " doubled (SQL standard; postgresql.org/docs/15/
 *   sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS, duckdb.org/docs/sql/dialect/keywords_and_identifiers,
 *   sqlite.org/lang_keywords.html, docs.snowflake.com/en/sql-reference/identifiers-syntax).
 * - MySQL / MariaDB, Spark SQL: `…` with ` doubled (dev.mysql.com/doc/refman/8.0/en/identifiers.html,
 *   spark.apache.org/docs/latest/sql-ref-identifier.html).
 * - BigQuery: `…` with backslash escapes, because its quoted identifiers "have the same escape sequences as
 *   string literals" (cloud.google.com/bigquery/docs/reference/standard-sql/lexical#quoted_identifiers);
 *   doubling a backtick would end the identifier there.
 * A name the dialect cannot hold is refused rather than silently changed: PostgreSQL truncates names over 63
 * bytes (NAMEDATALEN − 1), MySQL allows 64 characters of the Basic Multilingual Plane and no trailing space character,
 * Snowflake 255 characters, BigQuery 300 for a column (1,024 for a table).
 *
 * Cost: O(length).
 *
 * @throws CoreError SQL_IDENTIFIER_INVALID (details.value = the name, details.bound = the limit broken)
 * @example
 * quoteIdentifier("postgres", 'Order "Date"') // "\"Order \"\"Date\"\"\"" (the text "Order ""Date""" in double quotes)
 * quoteIdentifier("postgres", "會".repeat(22)) // throws CoreError SQL_IDENTIFIER_INVALID (66 bytes, over 63)
 * @example quoteIdentifier("mysql", "會員編號") // "`會員編號`"
 */
export function quoteIdentifier(
  dialect: SqlDialect,
  name: string,
  kind: "column" | "table" = "column",
): string {
  checkIdentifier(dialect, name, kind);
  switch (dialect) {
    case "duckdb":
    case "postgres":
    case "sqlite":
    case "snowflake":
      return `"${name.replaceAll('"', '""')}"`;
    case "mysql":
    case "spark":
      return `\`${name.replaceAll("`", "``")}\``;
    case "bigquery":
      return `\`${bigQueryEscaped(name, "`")}\``;
  }
}

/**
 * The body of a BigQuery quoted token with backslash escapes: \\, the closing quote, and control characters
 * (a quoted string cannot hold a newline) as \n, \r, \t or \uhhhh
 * (cloud.google.com/bigquery/docs/reference/standard-sql/lexical#escape_sequences).
 */
export function bigQueryEscaped(text: string, quote: "'" | "`"): string {
  let escaped = "";
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    if (character === "\\" || character === quote) escaped += `\\${character}`;
    else if (character === "\n") escaped += "\\n";
    else if (character === "\r") escaped += "\\r";
    else if (character === "\t") escaped += "\\t";
    else if (code < 0x20 || code === 0x7f) escaped += `\\u${code.toString(16).padStart(4, "0")}`;
    else escaped += character;
  }
  return escaped;
}

function checkIdentifier(dialect: SqlDialect, name: string, kind: "column" | "table"): void {
  const refuse = (why: string, bound?: number | string): never => {
    throw new CoreError("SQL_IDENTIFIER_INVALID", `The ${kind} name ${why}`, {
      argument: kind,
      value: name,
      ...(bound === undefined ? {} : { bound }),
    });
  };
  if (name.length === 0) refuse("is empty");
  checkSqlText(name, "SQL_IDENTIFIER_INVALID", `The ${kind} name`);
  const characters = [...name].length;
  if (dialect === "postgres" && utf8Bytes(name).length > 63) {
    refuse("is longer than PostgreSQL's 63 bytes and would be truncated", 63);
  }
  if (dialect === "mysql") {
    if (characters > 64) refuse("is longer than MySQL's 64 characters", 64);
    if ([...name].some((character) => (character.codePointAt(0) as number) > 0xffff)) {
      refuse("has a character outside the Basic Multilingual Plane, which MySQL identifiers cannot hold");
    }
    // "cannot end with space characters"; MariaDB 10.11 also refuses a trailing tab, newline or carriage return.
    if (/[ \t\n\r\v\f]$/.test(name)) refuse("ends with a space character, which MySQL identifiers cannot");
  }
  if (dialect === "snowflake" && characters > 255) refuse("is longer than Snowflake's 255 characters", 255);
  const bigQueryLimit = kind === "table" ? 1024 : 300;
  if (dialect === "bigquery" && characters > bigQueryLimit) {
    refuse(`is longer than BigQuery's ${bigQueryLimit} characters`, bigQueryLimit);
  }
}
