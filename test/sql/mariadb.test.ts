import { connectMariaDb, openMariaDb } from "../support/sql/mariadb-engine";
import { describeSqlParity } from "../support/sql/parity-suite";
import { startMariaDb } from "../support/sql/servers/mariadb-server";
import type { TestServer } from "../support/sql/servers/postgres-server";

// Debian's MariaDB (apt-get install -y mariadb-server) runs the "mysql" dialect: a throwaway server in a temp
// directory on 127.0.0.1, started here and stopped after the tests, whatever they did. Without the package the
// tests fail, naming it.
let server: TestServer | undefined;
describeSqlParity(
  "MariaDB",
  async () => {
    server = await startMariaDb(async (port) => {
      try {
        await (await connectMariaDb(port)).end();
        return true;
      } catch {
        return false;
      }
    });
    return openMariaDb(server);
  },
  async () => server?.stop(),
);
