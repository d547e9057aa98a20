import { describeSqlParity } from "../support/sql/parity-suite";
import { openDuckDb } from "../support/sql/duckdb-engine";

// DuckDB embedded (@duckdb/node-api), in memory.
describeSqlParity("DuckDB", openDuckDb);
