import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { freePort } from "./free-port";
import { asUser, newInstanceDir, runningAsRoot, stopLeftovers } from "./instance-dir";

/** A running throwaway PostgreSQL server on 127.0.0.1. */
export interface TestServer {
  readonly host: "127.0.0.1";
  readonly port: number;
  readonly user: string;
  readonly database: string;
  /** Stops the server and removes its directory; safe to call twice. */
  stop(): Promise<void>;
}

/** The bin directory of the newest Debian PostgreSQL (/usr/lib/postgresql/N/bin), or null. */
function postgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? null : path.join(root, versions[0], "bin");
}

/**
 * Starts a PostgreSQL server in a new temp directory (initdb, trust authentication for 127.0.0.1 only, no
 * fsync) on a free port, as the postgres user when root runs the tests (PostgreSQL refuses to run as root).
 *
 * @throws Error naming the Debian package when PostgreSQL is not installed
 */
export async function startPostgres(): Promise<TestServer> {
  const bin = postgresBin();
  if (bin === null) {
    throw new Error(
      "PostgreSQL is not installed: the SQL tests need Debian's server (apt-get install -y postgresql; .ci/run installs it)",
    );
  }
  const user = runningAsRoot() ? "postgres" : null;
  stopLeftovers("postgres", (dir) => stopCluster(bin, user, dir));
  const dir = newInstanceDir("postgres", user);
  const port = await freePort();
  const run = (program: string, args: readonly string[]): void => {
    const [command, commandArgs] = asUser(user, path.join(bin, program), args);
    execFileSync(command, commandArgs, { stdio: "pipe", cwd: dir });
  };
  try {
    run("initdb", [
      "-D",
      path.join(dir, "data"),
      "-U",
      "tester",
      "--auth=trust",
      "--encoding=UTF8",
      "--locale=C.UTF-8",
      "--no-sync",
    ]);
    const settings = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off`;
    run("pg_ctl", [
      "-D",
      path.join(dir, "data"),
      "-o",
      settings,
      "-l",
      path.join(dir, "server.log"),
      "-w",
      "-t",
      "60",
      "start",
    ]);
  } catch (error) {
    stopCluster(bin, user, dir);
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `PostgreSQL did not start in ${dir}: ${String((error as { stderr?: unknown }).stderr ?? error)}`,
    );
  }
  let stopped = false;
  return {
    host: "127.0.0.1",
    port,
    user: "tester",
    database: "postgres",
    async stop() {
      if (stopped) return;
      stopped = true;
      stopCluster(bin, user, dir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function stopCluster(bin: string, user: string | null, dir: string): void {
  const data = path.join(dir, "data");
  if (!existsSync(path.join(data, "postmaster.pid"))) return;
  const [command, args] = asUser(user, path.join(bin, "pg_ctl"), [
    "-D",
    data,
    "-m",
    "immediate",
    "-w",
    "stop",
  ]);
  try {
    execFileSync(command, args, { stdio: "pipe" });
  } catch {
    // Already stopped: nothing to do.
  }
}
