/**
 * Running the command line from the CLI tests: `spawnCli` goes through the real entry
 * (bin/commerce-analytics.cjs → tsx → cli/main.ts, about half a second to a second per spawn, so each test
 * file keeps its spawns few); `runInProcess` calls `runCli` with an I/O that collects what it writes.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { runCli } from "../../cli/program";

/** The repository root: the spawned command line's working directory, so fixture paths are relative to it. */
export const REPO_ROOT = path.join(__dirname, "../..");

/** What one run of the command line printed, and how it exited. */
export interface CliRun {
  /** Exit status; null only when a spawned process was killed by a signal. */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stderr split into lines, empty lines left out. */
  readonly stderrLines: string[];
  /** stdout parsed as JSON (the output of --json). */
  json<T = unknown>(): T;
}

/** Runs `node bin/commerce-analytics.cjs ...args` in the repository root, without the debug variable. */
export function spawnCli(...args: string[]): CliRun {
  const result = spawnSync(process.execPath, ["bin/commerce-analytics.cjs", ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, COMMERCE_ANALYTICS_DEBUG: "" },
  });
  return cliRun(result.status, result.stdout, result.stderr);
}

/** Runs the command line in-process (no real process), for the cases that do not need the entry. */
export async function runInProcess(...argv: string[]): Promise<CliRun & { readonly status: number }> {
  let stdout = "";
  let stderr = "";
  const status = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { ...cliRun(status, stdout, stderr), status };
}

function cliRun(status: number | null, stdout: string, stderr: string): CliRun {
  return {
    status,
    stdout,
    stderr,
    stderrLines: stderr.split("\n").filter((line) => line !== ""),
    json: <T>() => JSON.parse(stdout) as T,
  };
}
