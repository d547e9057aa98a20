import { DuckDBInstance, version } from "@duckdb/node-api";
import type { Table } from "../../../src/table/types";
import {
  createTableSql,
  normalisedValue,
  rowBatches,
  storedColumns,
  type SqlEngine,
  type SqlRow,
} from "./engine";
import { quoteIdentifier } from "../../../src/sql/quote-identifier";

const TYPES = {
  text: "VARCHAR",
  integer: "BIGINT",
  double: "DOUBLE",
  date: "DATE",
  timestamp: "TIMESTAMP",
} as const;

/** DuckDB embedded through @duckdb/node-api, in memory. */
export async function openDuckDb(): Promise<SqlEngine> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  return {
    dialect: "duckdb",
    label: `DuckDB ${version()}`,
    async load(name: string, table: Table) {
      const columns = storedColumns(table);
      await connection.run(createTableSql("duckdb", name, columns, TYPES));
      const cast = columns.map((column) =>
        column.type === "date" || column.type === "timestamp"
          ? (place: number) => `CAST($${place} AS ${TYPES[column.type]})`
          : (place: number) => `$${place}`,
      );
      const target = quoteIdentifier("duckdb", name, "table");
      for (const batch of rowBatches(columns, 500)) {
        const rows = batch.map(
          (_, row) => `(${cast.map((place, column) => place(row * columns.length + column + 1)).join(", ")})`,
        );
        const insert = await connection.prepare(`INSERT INTO ${target} VALUES ${rows.join(", ")}`);
        insert.bind(batch.flat());
        await insert.run();
      }
    },
    async query(sql: string): Promise<SqlRow[]> {
      const reader = await connection.runAndReadAll(sql);
      return reader
        .getRowObjectsJS()
        .map((row) =>
          Object.fromEntries(Object.entries(row).map(([key, value]) => [key, normalisedValue(value)])),
        );
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
