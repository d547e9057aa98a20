/**
 * `rfm --engine duckdb` on an order file bigger than a sheet (issue 15: 10,000,000 lines, R/F/M with peak memory
 * under 1 GB), whole process against pandas' whole process on the same CSV, and against the command's own
 * in-memory engine at a full sheet for scale:
 *
 *   node bin/commerce-analytics.cjs rfm --engine duckdb --input orders.csv > /dev/null
 *   /usr/bin/python3 bench/rfm/pandas_rfm.py orders.csv      (read_csv + groupby R/F/M, import included)
 *
 * The CSV is generated once into a temporary folder by the seeded generator of bench/rfm/orders-csv.ts (about
 * 0.5 GB at 10M lines). The command prints its text summary (members per segment, score edges), not the JSON of
 * two million members. One untimed run of each checks that both count the same members; then they alternate,
 * --runs times each. Prints figures; never fails on time.
 *
 * Options: --lines 10000000  --runs 1
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchOption, writeOrdersCsv } from "./orders-csv";
import {
  lastLine,
  median,
  outputOf,
  PEAK_MEMORY_METHOD,
  PYTHON,
  timedRun,
  type ProcessRun,
} from "./process-runs";

const lineCount = benchOption("lines", 10_000_000);
const runs = benchOption("runs", 1);
const root = path.resolve(__dirname, "../..");

function report(name: string, results: readonly ProcessRun[]): number {
  const seconds = results.map((run) => run.seconds);
  const peaks = results.map((run) => run.peakMb).filter((peak): peak is number => peak !== null);
  const peak = peaks.length === 0 ? "n/a" : `${Math.max(...peaks).toFixed(0)} MB`;
  console.log(
    `${name.padEnd(14)} median ${median(seconds).toFixed(2)} s (runs: ${seconds.map((value) => value.toFixed(2)).join(", ")}); peak RSS ${peak}`,
  );
  return median(seconds);
}

const folder = mkdtempSync(path.join(tmpdir(), "rfm-duckdb-bench-"));
try {
  const csv = path.join(folder, "orders.csv");
  const started = performance.now();
  writeOrdersCsv(csv, lineCount);
  console.log(`${lineCount} order lines written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const ours = [
    process.execPath,
    path.join(root, "bin/commerce-analytics.cjs"),
    "rfm",
    "--engine",
    "duckdb",
    "--input",
    csv,
  ];
  const pandas = [PYTHON, path.join(__dirname, "pandas_rfm.py"), csv];
  console.log(`peak memory by ${PEAK_MEMORY_METHOD}`);
  const ourOutput = outputOf(ours, root);
  if (typeof ourOutput === "string") throw new Error(`rfm --engine duckdb failed: ${ourOutput}`);
  const ourMembers = /(\d+) members from/.exec(ourOutput.stdout)?.[1] ?? "n/a";
  const theirOutput = outputOf(pandas, root);
  const theirMembers = typeof theirOutput === "string" ? null : lastLine(theirOutput.stdout);
  console.log(
    `members: rfm --engine duckdb ${ourMembers}, pandas ${theirMembers ?? `n/a (${String(theirOutput)})`}`,
  );
  const ourRuns: ProcessRun[] = [];
  const theirRuns: ProcessRun[] = [];
  for (let index = 0; index < runs; index++) {
    const run = timedRun(ours, root);
    if (typeof run === "string") throw new Error(run);
    ourRuns.push(run);
    if (theirMembers !== null) {
      const theirs = timedRun(pandas, root);
      if (typeof theirs === "string") console.log(`pandas failed: ${theirs}`);
      else theirRuns.push(theirs);
    }
  }
  const node = report("duckdb engine", ourRuns);
  if (theirRuns.length > 0) {
    const reference = report("pandas", theirRuns);
    console.log(`ratio rfm --engine duckdb / pandas, whole process: ${(node / reference).toFixed(2)}`);
  } else {
    console.log("pandas not available or failed: no ratio");
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
