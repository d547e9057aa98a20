/**
 * R/F/M over a full sheet of order lines (1,048,575), whole pipeline (read CSV text, parse, dates to serials,
 * aggregate), against pandas on the same file when python3 with pandas is available. Prints the ratio.
 * DESIGN.md §6 target: at most 0.5× pandas' time.
 *
 * Run: node bin/run-ts.cjs bench/rfm/rfm-from-orders.bench.ts [lines]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { rfmFromOrders, type OrderLineColumns } from "../../src/rfm/rfm-from-orders";

const lineCount = Number(process.argv[2] ?? 1_048_575);
const memberCount = Math.round(lineCount / 5);

/** mulberry32: a small seeded generator, so every run times the same file. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function writeOrdersCsv(path: string): void {
  const random = seededRandom(42);
  const parts: string[] = ["member_id,order_id,order_date,amount"];
  let orderId = 0;
  let row = 0;
  while (row < lineCount) {
    const member = Math.floor(random() * memberCount);
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(random() * 730) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const linesInOrder = 1 + Math.floor(random() * 3);
    orderId++;
    for (let line = 0; line < linesInOrder && row < lineCount; line++, row++) {
      parts.push(`M${member},O${orderId},${day},${(5 + random() * 300).toFixed(2)}`);
    }
  }
  writeFileSync(path, parts.join("\n") + "\n");
}

/** ISO yyyy-mm-dd → Excel serial day, by arithmetic on the digits (no Date parsing per row). */
function isoToSerial(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return Date.UTC(year, month - 1, day) / 86_400_000 + 25569;
}

/** Reads the CSV into columns; papaparse's row arrays become garbage when this returns. */
function readColumns(path: string): OrderLineColumns {
  const rows = Papa.parse<string[]>(readFileSync(path, "utf8"), {
    skipEmptyLines: true,
    fastMode: true,
  }).data;
  const count = rows.length - 1;
  const memberIds = new Array<string>(count);
  const orderIds = new Array<string>(count);
  const orderDates = new Float64Array(count);
  const amounts = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    const row = rows[index + 1] as string[];
    memberIds[index] = row[0] as string;
    orderIds[index] = row[1] as string;
    orderDates[index] = isoToSerial(row[2] as string);
    amounts[index] = Number(row[3]);
  }
  return { memberIds, orderIds, orderDates, amounts };
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
  writeOrdersCsv(csvPath);
  const ours = [runNode(csvPath), runNode(csvPath), runNode(csvPath)].sort(
    (a, b) => a.seconds - b.seconds,
  )[0]!;
  console.log(
    `rfmFromOrders, ${lineCount} lines (CSV read + papaparse + dates + aggregation): ${ours.seconds.toFixed(3)} s, ${ours.members} members (best of 3): parse ${ours.parseSeconds.toFixed(3)} s, rfmFromOrders ${ours.aggregateSeconds.toFixed(3)} s`,
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
