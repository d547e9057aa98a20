/**
 * Timing whole processes for the rfm benchmarks: wall time around the process, peak RSS from GNU time
 * (`/usr/bin/time -v`, Debian's `time` package) or, without it, from Python's getrusage(RUSAGE_CHILDREN).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface ProcessRun {
  readonly seconds: number;
  /** Peak resident set size, or null when it could not be read. */
  readonly peakMb: number | null;
}

export const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
/** Runs a command, stdout discarded, and prints the largest child's peak RSS as GNU time -v words it. */
const RUSAGE_WRAPPER = [
  "import resource, subprocess, sys",
  "status = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)",
  "kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss",
  "sys.stderr.write('Maximum resident set size (kbytes): %d\\n' % kb)",
  "sys.exit(status)",
].join("\n");

/** How peak memory is measured, for the report. */
export const PEAK_MEMORY_METHOD =
  GNU_TIME !== null ? "/usr/bin/time -v" : `${PYTHON} getrusage(RUSAGE_CHILDREN)`;

/** One run with stdout discarded: its wall time and peak RSS, or the reason it failed. */
export function timedRun(command: readonly string[], cwd: string): ProcessRun | string {
  const [program, ...args] =
    GNU_TIME !== null ? [GNU_TIME, "-v", ...command] : [PYTHON, "-c", RUSAGE_WRAPPER, ...command];
  const started = performance.now();
  const child = spawnSync(program as string, args, {
    cwd,
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) return failure(child.status, child.signal, child.stderr ?? child.error?.message);
  const peakKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1];
  return { seconds, peakMb: peakKb === undefined ? null : Number(peakKb) / 1024 };
}

/** One untimed run: its stdout, or the reason it failed. */
export function outputOf(command: readonly string[], cwd: string): { readonly stdout: string } | string {
  const [program, ...args] = command;
  const child = spawnSync(program as string, args, { cwd, encoding: "utf8", maxBuffer: 1 << 30 });
  if (child.status !== 0) return failure(child.status, child.signal, child.stderr ?? child.error?.message);
  return { stdout: child.stdout };
}

export function lastLine(text: string): string {
  return text.trim().split("\n").slice(-1)[0] ?? "";
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function failure(status: number | null, signal: string | null, stderr: string | undefined): string {
  return `exit ${status ?? signal}: ${lastLine(stderr ?? "")}`;
}
