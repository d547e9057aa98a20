/**
 * A CSV of order lines to a typed Table, in process, several ways (see csv-to-table-run.ts), each in its own
 * process so that peak RSS is its own: papaparse's grid + tableFromGrid (before), papaparse in step mode
 * (splitting only: the maintained alternative to our splitter), and parseCsvCells + tableFromTextCells
 * (what the command line does); then the two table paths again on the same file with every amount quoted
 * ("205.92"), as spreadsheet exports quote cells. Best of --runs. Prints figures; never fails on time.
 *
 * Options: --lines 1048575  --runs 3
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchOption, FULL_SHEET_LINES, writeOrdersCsv } from "./orders-csv";
import { lastLine, outputOf } from "./process-runs";

interface VariantRun {
  readonly readSeconds: number;
  readonly tableSeconds: number;
  readonly rows: number;
  readonly peakMb: number;
}

const lineCount = benchOption("lines", FULL_SHEET_LINES);
const runs = benchOption("runs", 3);
const root = path.resolve(__dirname, "../..");
const runner = [
  process.execPath,
  path.join(root, "bin", "run-ts.cjs"),
  path.join(__dirname, "csv-to-table-run.ts"),
];

function report(label: string, variant: string, csv: string): void {
  const results: VariantRun[] = [];
  for (let index = 0; index < runs; index++) {
    const output = outputOf([...runner, variant, csv], root);
    if (typeof output === "string") throw new Error(`${variant} failed: ${output}`);
    results.push(JSON.parse(lastLine(output.stdout)) as VariantRun);
  }
  const total = (run: VariantRun): number => run.readSeconds + run.tableSeconds;
  const best = results.reduce((a, b) => (total(a) <= total(b) ? a : b));
  const splitOnly = variant === "papaparse-steps";
  const table = splitOnly ? "     -" : best.tableSeconds.toFixed(2).padStart(6);
  const peak = Math.max(...results.map((result) => result.peakMb))
    .toFixed(0)
    .padStart(4);
  const rows = splitOnly ? "" : `  rows ${best.rows}`;
  const read = best.readSeconds.toFixed(2).padStart(5);
  console.log(
    `  ${label.padEnd(44)} read ${read}  table ${table}  total ${total(best).toFixed(2).padStart(5)}  peak ${peak} MB${rows}`,
  );
}

const folder = mkdtempSync(path.join(tmpdir(), "csv-to-table-bench-"));
try {
  const csv = path.join(folder, "orders.csv");
  writeOrdersCsv(csv, lineCount);
  const quoted = path.join(folder, "quoted.csv");
  writeFileSync(quoted, readFileSync(csv, "utf8").replace(/,([\d.]+)$/gm, ',"$1"'));
  console.log(`CSV to table, ${lineCount} order lines, best of ${runs} (seconds; peak RSS of the process)`);
  report("parseCsv grid + tableFromGrid (before)", "grid", csv);
  report("papaparse step mode, string columns", "papaparse-steps", csv);
  report("parseCsvCells + tableFromTextCells (now)", "cells", csv);
  report("amounts quoted: grid + tableFromGrid", "grid", quoted);
  report("amounts quoted: cells + tableFromTextCells", "cells", quoted);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
