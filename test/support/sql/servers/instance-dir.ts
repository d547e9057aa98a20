import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Throwaway database servers for the tests live in temp directories named ca-test-<engine>-XXXX, each with
// the pid of the test process that owns it. A test run stops its server in afterAll; a run that was killed
// before that leaves one behind, and the next run stops it (stopLeftovers) before starting its own.

const PREFIX = "ca-test-";

/** A new instance directory for `engine`, owned by this process and, when root runs it, by `ownerUser`. */
export function newInstanceDir(engine: string, ownerUser: string | null): string {
  const dir = mkdtempSync(path.join(tmpdir(), `${PREFIX}${engine}-`));
  writeFileSync(path.join(dir, "owner.pid"), String(process.pid));
  if (ownerUser !== null) execFileSync("chown", ["-R", ownerUser, dir]);
  return dir;
}

/** Stops (with `stop`) and removes every instance directory of `engine` whose owning process is gone. */
export function stopLeftovers(engine: string, stop: (dir: string) => void): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(`${PREFIX}${engine}-`)) continue;
    const dir = path.join(tmpdir(), name);
    const ownerFile = path.join(dir, "owner.pid");
    const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, "utf8")) : NaN;
    if (Number.isInteger(owner) && isAlive(owner)) continue;
    try {
      stop(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** True when this process runs as root (PostgreSQL and MariaDB then run as their own system users). */
export function runningAsRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** A program as `user` (runuser) when root runs the tests, else as it is. */
export function asUser(user: string | null, program: string, args: readonly string[]): [string, string[]] {
  return user === null ? [program, [...args]] : ["runuser", ["-u", user, "--", program, ...args]];
}
