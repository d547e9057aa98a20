/*
 * Issue 14, whole process against whole process: the elbow sweep k = 1..10 on a generated CSV of 1,000,000
 * R/F/M-like members × 3 z-scored columns. Ours is the `kmeans` CLI command as a user runs it (CSV read,
 * sweep on worker threads, silhouette / Calinski-Harabasz / Davies-Bouldin per k, report), with
 * `--restarts 1` and with the default restarts; scikit-learn is pandas.read_csv + KMeans(n_init=1) per k.
 * Each command runs in its own process, measured by measure_process.py (wall time, peak RSS).
 * Goals: --restarts 1 ≤ 1.0× scikit-learn (aiming at 0.5×); default restarts ≤ 1.5× scikit-learn n_init=1;
 * inertia within 0.5 % of scikit-learn's at every k; peak memory ≤ 500 MB. Prints figures; never fails on time.
 *
 * Options: --rows 1000000  --kmax 10  --keep (keep the CSV in the temporary folder and print its path)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { makeMembersMatrix } from "./members-matrix";

interface Measured {
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  status: number;
  stdout: string;
  stderr: string;
}
interface Run {
  k: number;
  inertia: number;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const rows = Number(option("rows", "1000000"));
const kMax = Number(option("kmax", "10"));
const root = path.resolve(__dirname, "../..");
const python = ["/usr/bin/python3", "python3"].find(
  (candidate) => spawnSync(candidate, ["-c", "import sklearn, pandas"]).status === 0,
);

function measure(command: string[]): Measured | string {
  const child = spawnSync(python ?? "python3", [path.join(__dirname, "measure_process.py"), ...command], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (child.status !== 0) return `measure_process.py failed: ${child.stderr.trim().split("\n").pop() ?? ""}`;
  const measured = JSON.parse(child.stdout) as Measured;
  if (measured.status !== 0)
    return `exit ${measured.status}: ${measured.stderr.trim().split("\n").pop() ?? ""}`;
  return measured;
}

function writeCsv(file: string): void {
  const matrix = makeMembersMatrix(rows, 20240601);
  const lines = ["recency,frequency,monetary"];
  for (let row = 0; row < rows; row++) {
    lines.push(`${matrix[row * 3]},${matrix[row * 3 + 1]},${matrix[row * 3 + 2]}`);
  }
  writeFileSync(file, `${lines.join("\n")}\n`);
}

const format = (result: Measured): string =>
  `${result.seconds.toFixed(2).padStart(7)} s (cpu ${result.cpuSeconds.toFixed(2).padStart(6)} s)  peak ${result.maxRssMb.toFixed(0).padStart(5)} MB`;

function worstExcess(ours: readonly Run[], theirs: readonly Run[]): string {
  const excesses = ours.map((run) => {
    const reference = theirs.find((other) => other.k === run.k)?.inertia ?? NaN;
    return { k: run.k, excess: run.inertia / reference - 1 };
  });
  const worst = excesses.reduce((a, b) => (b.excess > a.excess ? b : a));
  const within = excesses.every((entry) => entry.excess <= 0.005);
  const perK = excesses.map((entry) => `${entry.k}:${(entry.excess * 100).toFixed(2)}%`).join(" ");
  return `${within ? "within" : "NOT within"} 0.5 % at every k (worst k = ${worst.k}, ${(worst.excess * 100).toFixed(3)} %); per k ${perK}`;
}

const folder = mkdtempSync(path.join(tmpdir(), "cluster-whole-"));
try {
  const csv = path.join(folder, `members-${rows}.csv`);
  writeCsv(csv);
  const cli = [process.execPath, path.join(root, "bin", "commerce-analytics.cjs"), "kmeans", "--input", csv];
  const mlKmeans = (
    JSON.parse(readFileSync(path.join(root, "node_modules/ml-kmeans/package.json"), "utf8")) as {
      version: string;
    }
  ).version;
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");
  console.log(
    `whole process, elbow sweep k = 1..${kMax} on ${rows.toLocaleString("en")} × 3 CSV rows; node ${process.version}; ` +
      `ml-kmeans ${mlKmeans} (in-process comparison: elbow.bench.ts); load average ${load} on this machine's cores`,
  );
  if (python === undefined) {
    console.log(
      "  scikit-learn: skipped (no python3 with scikit-learn and pandas; /usr/bin/python3 has them here)",
    );
  }
  const sklearn =
    python === undefined
      ? "no python"
      : measure([python, path.join(__dirname, "sklearn_elbow_csv.py"), csv, String(kMax), "1"]);
  const single = measure([...cli, "--k", `1-${kMax}`, "--restarts", "1", "--json"]);
  const defaults = measure([...cli, "--k", `1-${kMax}`, "--json"]);
  const readOnly = measure([...cli, "--k", "1", "--restarts", "1", "--json"]);
  const theirs =
    typeof sklearn === "string"
      ? null
      : (JSON.parse(sklearn.stdout) as {
          sklearn: string;
          pandas: string;
          threads: object;
          readSeconds: number;
          runs: Run[];
        });
  if (typeof sklearn === "string") console.log(`  scikit-learn n_init=1        skipped: ${sklearn}`);
  else
    console.log(
      `  scikit-learn n_init=1        ${format(sklearn)}  scikit-learn ${theirs?.sklearn}, pandas ${theirs?.pandas}, threads ${JSON.stringify(theirs?.threads)}, read_csv ${theirs?.readSeconds.toFixed(2)} s`,
    );
  for (const [name, result] of [
    ["ours --restarts 1", single],
    ["ours default restarts (10)", defaults],
    ["ours reading only (--k 1)", readOnly],
  ] as const) {
    if (typeof result === "string") {
      console.log(`  ${name.padEnd(28)} failed: ${result}`);
      continue;
    }
    const ratio =
      typeof sklearn === "string" ? "" : `  ${(result.seconds / sklearn.seconds).toFixed(2)}× scikit-learn`;
    console.log(`  ${name.padEnd(28)} ${format(result)}${ratio}`);
  }
  if (theirs !== null && typeof sklearn !== "string") {
    for (const [name, result, goal] of [
      ["--restarts 1", single, 1.0],
      ["default restarts", defaults, 1.5],
    ] as const) {
      if (typeof result === "string") continue;
      const ours = (JSON.parse(result.stdout) as { runs: Run[] }).runs;
      const ratio = result.seconds / sklearn.seconds;
      console.log(
        `  ${name}: ${ratio.toFixed(2)}× scikit-learn (goal ≤ ${goal.toFixed(1)}×: ${ratio <= goal ? "met" : "not met"}); ` +
          `inertia ${worstExcess(ours, theirs.runs)}`,
      );
    }
    if (typeof single !== "string" && typeof readOnly !== "string") {
      console.log(
        `  of ours --restarts 1, reading the CSV and starting (--k 1) takes ${readOnly.seconds.toFixed(2)} s = ` +
          `${((readOnly.seconds / single.seconds) * 100).toFixed(0)} %`,
      );
    }
  }
  if (args.includes("--keep")) console.log(`  CSV kept at ${csv}`);
} finally {
  if (!args.includes("--keep")) rmSync(folder, { recursive: true, force: true });
}
