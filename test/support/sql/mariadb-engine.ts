import { createConnection, type Connection, type RowDataPacket } from "mysql2/promise";
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
  text: "VARCHAR(255)",
  integer: "BIGINT",
  double: "DOUBLE",
  date: "DATE",
  timestamp: "DATETIME",
} as const;

/** Connects to a MariaDB / MySQL server on 127.0.0.1 (utf8mb4; DECIMAL results as numbers). */
export function connectMariaDb(port: number, database?: string): Promise<Connection> {
  return createConnection({
    host: "127.0.0.1",
    port,
    user: "root",
    charset: "utf8mb4",
    decimalNumbers: true,
    dateStrings: true,
    ...(database === undefined ? {} : { database }),
  });
}

/** A client on a test server, in a new database `commerce_test`. */
export async function openMariaDb(server: TestServer): Promise<SqlEngine> {
  const setup = await connectMariaDb(server.port);
  await setup.query("CREATE DATABASE IF NOT EXISTS commerce_test CHARACTER SET utf8mb4");
  await setup.end();
  const connection = await connectMariaDb(server.port, "commerce_test");
  const [versionRows] = await connection.query<RowDataPacket[]>("SELECT VERSION() AS version");
  return {
    dialect: "mysql",
    label: `MariaDB ${String(versionRows[0]?.version)}`,
    async load(name: string, table: Table) {
      const columns = storedColumns(table);
      await connection.query(createTableSql("mysql", name, columns, TYPES, " CHARACTER SET utf8mb4"));
      for (const batch of rowBatches(columns, 500)) {
        await connection.query(`INSERT INTO ${quoteIdentifier("mysql", name, "table")} VALUES ?`, [batch]);
      }
    },
    async query(sql: string): Promise<SqlRow[]> {
      const [rows] = await connection.query<RowDataPacket[]>(sql);
      // A statement without a result set (CREATE, INSERT) answers with a header object, not rows.
      if (!Array.isArray(rows)) return [];
      return rows.map((row) =>
        Object.fromEntries(Object.entries(row).map(([key, value]) => [key, normalisedValue(value)])),
      );
    },
    async close() {
      await connection.end();
    },
  };
}
