/**
 * R/F/M over a full sheet of order lines (1,048,575), in process: read and type the CSV as the command line
 * does (parseCsvCells + tableFromTextCells), then rfmFromOrders; against pandas' read_csv + groupby on the
 * same file when python3 with pandas is available (import not counted: rfm-cli.bench.ts times whole
 * processes). Prints the ratios. The project's target (issue 14): at most 0.5× pandas' time.
 *
 * Run: node bin/run-ts.cjs bench/rfm/rfm-from-orders.bench.ts [--lines N]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCsvCells } from "../../cli/io/read-csv-cells";
import { rfmFromOrders, type OrderLineColumns } from "../../src/rfm/rfm-from-orders";
import { requireColumn } from "../../src/table/column-access";
import { tableFromTextCells } from "../../src/table/table-from-text-cells";
import type { ColumnRole } from "../../src/table/types";
import { benchOption, FULL_SHEET_LINES, writeOrdersCsv } from "./orders-csv";

const lineCount = benchOption("lines", FULL_SHEET_LINES);

/**
 * Reads the CSV as the command line does (parseCsvCells + tableFromTextCells: types, roles, quality report)
 * and takes the order-line columns by role.
 */
function readColumns(path: string): OrderLineColumns {
  const { cells } = parseCsvCells(readFileSync(path), path);
  const table = tableFromTextCells(cells);
  const values = (role: ColumnRole) => requireColumn(table, role, "rfm-from-orders.bench").values;
  return {
    memberIds: values("memberId") as readonly (string | null)[],
    orderIds: values("orderId") as readonly (string | null)[],
    orderDates: values("orderDate"),
    amounts: values("amount"),
  };
}

function runNode(path: string): {
  seconds: number;
  members: number;
  aggregateSeconds: number;
  parseSeconds: number;
} {
  const started = performance.now();
  const columns = readColumns(path);
  const parsedAt = performance.now();
  const result = rfmFromOrders(columns);
  const done = performance.now();
  return {
    seconds: (done - started) / 1000,
    members: result.memberIds.length,
    aggregateSeconds: (done - parsedAt) / 1000,
    parseSeconds: (parsedAt - started) / 1000,
  };
}

const PANDAS_SCRIPT = `
import sys, time
t0 = time.perf_counter()
import pandas as pd
t1 = time.perf_counter()
d = pd.read_csv(sys.argv[1], parse_dates=["order_date"])
t_read = time.perf_counter()
g = d.groupby("member_id").agg(last=("order_date", "max"), frequency=("order_id", "nunique"), monetary=("amount", "sum"))
as_of = d["order_date"].max() + pd.Timedelta(days=1)
g["recency_days"] = (as_of - g["last"]).dt.days
t2 = time.perf_counter()
print(f"{t2 - t1:.4f} {t1 - t0:.4f} {len(g)} {t2 - t_read:.4f}")
`;

function runPandas(
  path: string,
): { seconds: number; importSeconds: number; members: number; aggregateSeconds: number } | string {
  const python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  const run = spawnSync(python, ["-c", PANDAS_SCRIPT, path], { encoding: "utf8" });
  if (run.status !== 0)
    return `pandas not available (${(run.stderr || run.error?.message || "").trim().split("\n").pop()})`;
  const [seconds, importSeconds, members, aggregateSeconds] = run.stdout.trim().split(" ").map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { seconds, importSeconds, members, aggregateSeconds };
}

const folder = mkdtempSync(join(tmpdir(), "rfm-bench-"));
const csvPath = join(folder, "orders.csv");
try {
  writeOrdersCsv(csvPath, lineCount);
  const ours = [runNode(csvPath), runNode(csvPath), runNode(csvPath)].sort(
    (a, b) => a.seconds - b.seconds,
  )[0]!;
  console.log(
    `rfmFromOrders, ${lineCount} lines (CSV read + typed table + aggregation): ${ours.seconds.toFixed(3)} s, ${ours.members} members (best of 3): parse ${ours.parseSeconds.toFixed(3)} s, rfmFromOrders ${ours.aggregateSeconds.toFixed(3)} s`,
  );
  const pandas = runPandas(csvPath);
  if (typeof pandas === "string") {
    console.log(pandas);
  } else {
    console.log(
      `pandas read_csv + groupby: ${pandas.seconds.toFixed(3)} s (+ ${pandas.importSeconds.toFixed(2)} s import), ${pandas.members} members`,
    );
    console.log(`  of which groupby + recency: ${pandas.aggregateSeconds.toFixed(3)} s`);
    console.log(
      `ratio node / pandas, whole pipeline: ${(ours.seconds / pandas.seconds).toFixed(2)} (target ≤ 0.5)`,
    );
    console.log(
      `ratio node / pandas, aggregation only: ${(ours.aggregateSeconds / pandas.aggregateSeconds).toFixed(2)}`,
    );
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
