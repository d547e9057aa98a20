/**
 * The command line's R/F/M on a full sheet of order lines, whole process against pandas' whole process on
 * the same CSV (issue 14's target: at most 0.5× pandas' time, CSV parsing included; peak memory under 500 MB):
 *
 *   node bin/commerce-analytics.cjs rfm --input orders.csv --json > /dev/null
 *   /usr/bin/python3 bench/rfm/pandas_rfm.py orders.csv      (read_csv + groupby R/F/M, import included)
 *
 * The CSV (1,048,575 lines by default) is generated once into a temporary folder by a seeded generator. One
 * untimed run of each warms the disk cache and tsx's compile cache and checks that both count the same
 * members; then the two alternate, --runs times each. The command line does more than pandas here: quintile
 * scores, segments and a JSON document of every member. A last run under `node --cpu-prof` shows where the
 * command line's time goes, by area of the code base. Prints figures; never fails on time.
 *
 * Options: --lines 1048575  --runs 3  --profile 0 (skip the profiled run)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { benchOption, FULL_SHEET_LINES, writeOrdersCsv } from "./orders-csv";
import {
  lastLine,
  median,
  outputOf,
  PEAK_MEMORY_METHOD,
  PYTHON,
  timedRun,
  type ProcessRun,
} from "./process-runs";
import { printProfile } from "./profile-areas";

const lineCount = benchOption("lines", FULL_SHEET_LINES);
const runs = benchOption("runs", 3);
const profile = process.argv.includes("--profile") ? benchOption("profile", 0) : 1;
const root = path.resolve(__dirname, "../..");

function summary(name: string, results: readonly ProcessRun[]): { best: number; median: number } {
  const seconds = results.map((run) => run.seconds);
  const peaks = results.map((run) => run.peakMb).filter((peak): peak is number => peak !== null);
  const peak = peaks.length === 0 ? "n/a" : `${Math.max(...peaks).toFixed(0)} MB`;
  const all = seconds.map((value) => value.toFixed(2)).join(", ");
  const best = Math.min(...seconds);
  console.log(
    `${name.padEnd(7)} best ${best.toFixed(2)} s, median ${median(seconds).toFixed(2)} s (runs: ${all}); peak RSS ${peak}`,
  );
  return { best, median: median(seconds) };
}

function run(command: readonly string[]): ProcessRun {
  const result = timedRun(command, root);
  if (typeof result === "string") throw new Error(`${command.join(" ")} failed: ${result}`);
  return result;
}

const folder = mkdtempSync(path.join(tmpdir(), "rfm-cli-bench-"));
try {
  const csv = path.join(folder, "orders.csv");
  writeOrdersCsv(csv, lineCount);
  const cli = [
    process.execPath,
    path.join(root, "bin", "commerce-analytics.cjs"),
    "rfm",
    "--input",
    csv,
    "--json",
  ];
  const pandas = [PYTHON, path.join(__dirname, "pandas_rfm.py"), csv];
  const pandasVersion = outputOf([PYTHON, "-c", "import pandas; print(pandas.__version__)"], root);
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");
  console.log(
    `rfm command line vs pandas ${typeof pandasVersion === "string" ? "(version n/a)" : lastLine(pandasVersion.stdout)}: ` +
      `${lineCount} order lines, ${runs} timed runs each; node ${process.version}; load average ${load}`,
  );
  console.log(`peak memory by ${PEAK_MEMORY_METHOD}`);
  const ourOutput = outputOf(cli, root);
  if (typeof ourOutput === "string") throw new Error(`the command line failed: ${ourOutput}`);
  const ourMembers = (JSON.parse(ourOutput.stdout) as { members: unknown[] }).members.length;
  const theirOutput = outputOf(pandas, root);
  const theirMembers = typeof theirOutput === "string" ? null : Number(lastLine(theirOutput.stdout));
  console.log(
    `members: command line ${ourMembers}, pandas ${theirMembers ?? `n/a (${String(theirOutput)})`}`,
  );
  const ours: ProcessRun[] = [];
  const theirs: ProcessRun[] = [];
  for (let index = 0; index < runs; index++) {
    ours.push(run(cli));
    if (theirMembers !== null) theirs.push(run(pandas));
  }
  const node = summary("node", ours);
  if (theirs.length > 0) {
    const reference = summary("pandas", theirs);
    const best = (node.best / reference.best).toFixed(2);
    const middle = (node.median / reference.median).toFixed(2);
    console.log(`ratio node / pandas, whole process: best ${best}, median ${middle} (target ≤ 0.5)`);
  } else {
    console.log("pandas not available: no ratio");
  }
  if (profile !== 0) printProfile(cli, root, path.join(folder, "profile"));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
