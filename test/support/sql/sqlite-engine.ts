import initSqlJs from "sql.js";
import type { Table } from "../../../src/table/types";
import { quoteIdentifier } from "../../../src/sql/quote-identifier";
import {
  createTableSql,
  normalisedValue,
  rowBatches,
  storedColumns,
  type SqlEngine,
  type SqlRow,
} from "./engine";

const TYPES = { text: "TEXT", integer: "INTEGER", double: "REAL", date: "TEXT", timestamp: "TEXT" } as const;

/**
 * SQLite compiled to WebAssembly (sql.js), in memory. Dates are stored as ISO-8601 text, which SQLite's date
 * functions read. The legacy extension functions of sql.js are off, so the SQL runs on SQLite's own functions.
 */
export async function openSqlite(): Promise<SqlEngine> {
  const SQL = await initSqlJs({ useOldExtensionFunctions: false } as Parameters<typeof initSqlJs>[0]);
  const database = new SQL.Database();
  const version = String(database.exec("SELECT sqlite_version()")[0]?.values[0]?.[0]);
  return {
    dialect: "sqlite",
    label: `SQLite ${version}`,
    async load(name: string, table: Table) {
      const columns = storedColumns(table);
      database.run(createTableSql("sqlite", name, columns, TYPES));
      const insert = database.prepare(
        `INSERT INTO ${quoteIdentifier("sqlite", name, "table")} VALUES (${columns.map(() => "?").join(", ")})`,
      );
      database.run("BEGIN");
      for (const [row] of rowBatches(columns, 1)) insert.run(row as (string | number | null)[]);
      database.run("COMMIT");
      insert.free();
    },
    async query(sql: string): Promise<SqlRow[]> {
      const statement = database.prepare(sql);
      const rows: SqlRow[] = [];
      while (statement.step()) {
        const row = statement.getAsObject();
        rows.push(
          Object.fromEntries(Object.entries(row).map(([key, value]) => [key, normalisedValue(value)])),
        );
      }
      statement.free();
      return rows;
    },
    async close() {
      database.close();
    },
  };
}
