import { Client, types } from "pg";
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
import type { TestServer } from "./servers/postgres-server";

const TYPES = {
  text: "TEXT",
  integer: "BIGINT",
  double: "DOUBLE PRECISION",
  date: "DATE",
  timestamp: "TIMESTAMP",
} as const;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** A PostgreSQL client on a test server (127.0.0.1 only); BIGINT and NUMERIC results read as numbers. */
export async function openPostgres(server: TestServer): Promise<SqlEngine> {
  const client = new Client({
    host: server.host,
    port: server.port,
    user: server.user,
    database: server.database,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === INT8_OID || oid === NUMERIC_OID
          ? (text: string) => Number(text)
          : types.getTypeParser(oid, format)) as typeof types.getTypeParser,
    },
  });
  await client.connect();
  const version = String((await client.query("SHOW server_version")).rows[0]?.server_version);
  return {
    dialect: "postgres",
    label: `PostgreSQL ${version}`,
    async load(name: string, table: Table) {
      const columns = storedColumns(table);
      await client.query(createTableSql("postgres", name, columns, TYPES));
      for (const batch of rowBatches(columns, 500)) {
        const placeholders = batch.map(
          (_, row) => `(${columns.map((__, column) => `$${row * columns.length + column + 1}`).join(", ")})`,
        );
        await client.query(
          `INSERT INTO ${quoteIdentifier("postgres", name, "table")} VALUES ${placeholders.join(", ")}`,
          batch.flat(),
        );
      }
    },
    async query(sql: string): Promise<SqlRow[]> {
      const result = await client.query(sql);
      return result.rows.map((row: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(row).map(([key, value]) => [key, normalisedValue(value)])),
      );
    },
    async close() {
      await client.end();
    },
  };
}
