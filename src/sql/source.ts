import { CoreError } from "../errors";
import type { ColumnRole, Table } from "../table/types";
import type { SqlDialect } from "./dialect";
import { quoteIdentifier } from "./quote-identifier";
import { roleDisplayName } from "../i18n/role-name";

/**
 * Where an analysis reads its rows: a table (optionally in a schema or dataset) and the column that holds each
 * role, the same role mapping the other doors use (recognised from the headers by src/table, or set by the
 * user with --member COL, --date COL, …).
 */
export interface SqlSource {
  readonly table: string;
  /** Schema (PostgreSQL, Snowflake, DuckDB), database (MySQL) or dataset (BigQuery) of the table. */
  readonly schema?: string;
  readonly columns: Readonly<Partial<Record<ColumnRole, string>>>;
}

/**
 * The source for a typed table that lives in a database under `tableName` with the same column names: each
 * column with a role maps that role to the column's name.
 *
 * Cost: O(columns).
 *
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * const table = tableFromGrid({ values: [["會員編號", "訂單日期", "金額", "備註"], ["A01", "2024-01-05", 120, "gift"]] });
 * sqlSourceOfTable(table, "orders", "sales") // { table: "orders", schema: "sales",
 * //   columns: { memberId: "會員編號", orderDate: "訂單日期", amount: "金額" } } (備註 has no role)
 */
export function sqlSourceOfTable(table: Table, tableName: string, schema?: string): SqlSource {
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const column of table.columns) if (column.role !== null) columns[column.role] = column.name;
  return { table: tableName, ...(schema === undefined ? {} : { schema }), columns };
}

/** The quoted, schema-qualified table name. @throws CoreError SQL_IDENTIFIER_INVALID */
export function tableReference(dialect: SqlDialect, source: SqlSource): string {
  const table = quoteIdentifier(dialect, source.table, "table");
  return source.schema === undefined ? table : `${quoteIdentifier(dialect, source.schema, "table")}.${table}`;
}

/**
 * The quoted column of a role the analysis cannot do without.
 *
 * @throws CoreError MISSING_COLUMN (details.argument = the role), SQL_IDENTIFIER_INVALID
 */
export function requiredColumn(
  dialect: SqlDialect,
  source: SqlSource,
  role: ColumnRole,
  forWhat: string,
): string {
  const name = source.columns[role];
  if (name === undefined) {
    throw new CoreError(
      "MISSING_COLUMN",
      `A column for ${roleDisplayName("en", role)} is needed (name it in the role mapping)`,
      { argument: role, input: forWhat },
    );
  }
  return quoteIdentifier(dialect, name);
}

/** The quoted column of an optional role, or undefined. @throws CoreError SQL_IDENTIFIER_INVALID */
export function optionalColumn(dialect: SqlDialect, source: SqlSource, role: ColumnRole): string | undefined {
  const name = source.columns[role];
  return name === undefined ? undefined : quoteIdentifier(dialect, name);
}
