import { openPostgres } from "../support/sql/postgres-engine";
import { describeSqlParity } from "../support/sql/parity-suite";
import { startPostgres, type TestServer } from "../support/sql/servers/postgres-server";

// Debian's PostgreSQL (apt-get install -y postgresql): a throwaway server in a temp directory on 127.0.0.1,
// started here and stopped after the tests, whatever they did. Without the package the tests fail, naming it.
let server: TestServer | undefined;
describeSqlParity(
  "PostgreSQL",
  async () => {
    server = await startPostgres();
    return openPostgres(server);
  },
  async () => server?.stop(),
);
