import { describeSqlParity } from "../support/sql/parity-suite";
import { openSqlite } from "../support/sql/sqlite-engine";

// SQLite compiled to WebAssembly (sql.js), in memory.
describeSqlParity("SQLite", openSqlite);
