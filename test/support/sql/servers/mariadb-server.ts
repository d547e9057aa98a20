import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { freePort } from "./free-port";
import { isAlive, newInstanceDir, runningAsRoot, stopLeftovers } from "./instance-dir";
import type { TestServer } from "./postgres-server";

const SERVER = ["/usr/sbin/mariadbd", "/usr/sbin/mysqld"];
const INSTALL_DB = ["/usr/bin/mariadb-install-db", "/usr/bin/mysql_install_db"];

/**
 * Starts a MariaDB server in a new temp directory (mariadb-install-db, root without a password, bound to
 * 127.0.0.1 on a free port, no binary log), as the mysql user when root runs the tests. `ready` is polled
 * until the server answers.
 *
 * @throws Error naming the Debian package when MariaDB is not installed
 */
export async function startMariaDb(ready: (port: number) => Promise<boolean>): Promise<TestServer> {
  const server = SERVER.find((file) => existsSync(file));
  const installDb = INSTALL_DB.find((file) => existsSync(file));
  if (server === undefined || installDb === undefined) {
    throw new Error(
      "MariaDB is not installed: the SQL tests need Debian's server (apt-get install -y mariadb-server; .ci/run installs it)",
    );
  }
  const user = runningAsRoot() ? "mysql" : null;
  stopLeftovers("mariadb", stopByPidFile);
  const dir = newInstanceDir("mariadb", user);
  const data = path.join(dir, "data");
  const asUserFlag = user === null ? [] : [`--user=${user}`];
  try {
    execFileSync(
      installDb,
      [
        "--no-defaults",
        `--datadir=${data}`,
        ...asUserFlag,
        "--auth-root-authentication-method=normal",
        "--skip-test-db",
      ],
      { stdio: "pipe" },
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`mariadb-install-db failed: ${String((error as { stderr?: unknown }).stderr ?? error)}`);
  }
  const port = await freePort();
  const child = spawn(
    server,
    [
      "--no-defaults",
      `--datadir=${data}`,
      ...asUserFlag,
      `--port=${port}`,
      "--bind-address=127.0.0.1",
      `--socket=${path.join(dir, "mariadb.sock")}`,
      `--pid-file=${path.join(dir, "mariadb.pid")}`,
      `--log-error=${path.join(dir, "error.log")}`,
      "--skip-log-bin",
      "--innodb-buffer-pool-size=32M",
      "--innodb-flush-log-at-trx-commit=0",
      "--character-set-server=utf8mb4",
      "--collation-server=utf8mb4_general_ci",
    ],
    { stdio: "ignore" },
  );
  let stopped = false;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const killLater = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(killLater);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  while (!(await ready(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const log = existsSync(path.join(dir, "error.log"))
        ? readFileSync(path.join(dir, "error.log"), "utf8")
        : "";
      await stop();
      throw new Error(`MariaDB did not start: ${log.split("\n").slice(-5).join(" ")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { host: "127.0.0.1", port, user: "root", database: "mysql", stop };
}

/** SIGTERM to the server a killed test run left behind (not our child), then waits up to 20 s for it to exit. */
function stopByPidFile(dir: string): void {
  const pidFile = path.join(dir, "mariadb.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  if (!Number.isInteger(pid) || !isAlive(pid)) return;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 20_000;
  while (isAlive(pid) && Date.now() < deadline) execFileSync("sleep", ["0.1"]);
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
}
