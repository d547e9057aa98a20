import type { SqlDialect } from "./dialect";
import { SQL_DIALECT_TARGETS } from "./dialect";

/** One common table expression: `name AS (body)`. Names are the generators' own lower-case words. */
export interface SqlCte {
  readonly name: string;
  readonly body: string;
}

/** A generated statement and what it returns. */
export interface SqlStatement {
  readonly dialect: SqlDialect;
  /** The whole statement: header comment, WITH …, SELECT …, without a trailing semicolon. */
  readonly sql: string;
  /** The columns of its result, in order. */
  readonly columns: readonly string[];
}

/**
 * The statement text: a comment header (the generators' own English text, never a name or value from the
 * data, so nothing from a cell can end a comment), the WITH clause, the final SELECT. Bodies are not
 * re-indented: a quoted name may hold a newline, and indenting after it would change the name.
 */
export function composeStatement(
  dialect: SqlDialect,
  notes: readonly string[],
  ctes: readonly SqlCte[],
  select: string,
): string {
  const header = [
    `-- Commerce Analytics, generated for ${SQL_DIALECT_TARGETS[dialect]}.`,
    ...notes.map((note) => `-- ${note}`),
  ];
  const withClause =
    ctes.length === 0 ? "" : `WITH\n${ctes.map((cte) => `${cte.name} AS (\n${cte.body}\n)`).join(",\n")}\n`;
  return `${header.join("\n")}\n${withClause}${select}`;
}
