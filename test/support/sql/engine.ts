import type { SqlDialect } from "../../../src/sql/dialect";
import { quoteIdentifier } from "../../../src/sql/quote-identifier";
import { isoFromExcelSerial } from "../../../src/table/excel-serial";
import type { Table } from "../../../src/table/types";

/** A result row with engine values normalised: numbers (BIGINT, DECIMAL too), text, or null. */
export type SqlRow = Readonly<Record<string, number | string | null>>;

/** A database a test runs generated SQL on. */
export interface SqlEngine {
  readonly dialect: SqlDialect;
  /** The engine and version, for test names. */
  readonly label: string;
  /** Creates `name` with the table's columns (same names, typed as read) and inserts its rows. */
  load(name: string, table: Table): Promise<void>;
  query(sql: string): Promise<SqlRow[]>;
  close(): Promise<void>;
}

/** How a column is stored: integers and doubles apart, so sums of whole numbers stay exact. */
export type StoredType = "text" | "integer" | "double" | "date" | "timestamp";

export interface StoredColumn {
  readonly name: string;
  readonly type: StoredType;
  /** Dates as ISO text "yyyy-mm-dd" or "yyyy-mm-dd hh:mm:ss", as every engine's date parser reads them. */
  readonly values: readonly (string | number | null)[];
}

/** The columns of a typed table as an engine stores them. */
export function storedColumns(table: Table): StoredColumn[] {
  return table.columns.map((column) => {
    if (column.type === "number") {
      const whole = column.values.every((value) => value === null || Number.isInteger(value));
      return { name: column.name, type: whole ? "integer" : "double", values: column.values };
    }
    if (column.type === "date") {
      const timed = column.values.some((value) => value !== null && !Number.isInteger(value));
      const values = column.values.map((value) =>
        value === null
          ? null
          : isoFromExcelSerial(value)
              .replace("T", " ")
              .slice(0, timed ? 19 : 10),
      );
      return { name: column.name, type: timed ? "timestamp" : "date", values };
    }
    if (column.type === "boolean") {
      return {
        name: column.name,
        type: "text",
        values: column.values.map((value) => (value === null ? null : value ? "TRUE" : "FALSE")),
      };
    }
    return { name: column.name, type: "text", values: column.values };
  });
}

/** CREATE TABLE with the dialect's quoting and the given type names. */
export function createTableSql(
  dialect: SqlDialect,
  name: string,
  columns: readonly StoredColumn[],
  typeName: Readonly<Record<StoredType, string>>,
  suffix = "",
): string {
  const definitions = columns.map(
    (column) => `${quoteIdentifier(dialect, column.name)} ${typeName[column.type]}`,
  );
  return `CREATE TABLE ${quoteIdentifier(dialect, name, "table")} (${definitions.join(", ")})${suffix}`;
}

/** Rows of the stored columns, `size` at a time. */
export function rowBatches(columns: readonly StoredColumn[], size: number): (string | number | null)[][][] {
  const rowCount = columns[0]?.values.length ?? 0;
  const batches: (string | number | null)[][][] = [];
  for (let start = 0; start < rowCount; start += size) {
    const batch: (string | number | null)[][] = [];
    for (let row = start; row < Math.min(rowCount, start + size); row++) {
      batch.push(columns.map((column) => column.values[row] ?? null));
    }
    batches.push(batch);
  }
  return batches;
}

/** A value as the tests compare it: bigint → number, everything else as it is (null for undefined). */
export function normalisedValue(value: unknown): number | string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number" || typeof value === "string") return value;
  throw new Error(`unexpected value from the engine: ${String(value)} (${typeof value})`);
}
