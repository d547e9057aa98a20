/*
 * Our side of elbow.bench.ts, in its own process so its peak memory is its own:
 * node bin/run-ts.cjs bench/cluster/run-ours.ts MATRIX.f64 ROWS COLUMNS KMAX RESTARTS [quality]
 * Prints one JSON line: wall and CPU seconds, per-k inertia and iterations, peak RSS.
 */
import { readFileSync } from "node:fs";
import { elbowSweep } from "../../src/cluster/elbow";

const [file, rowsText, columnsText, kMaxText, restartsText, quality] = process.argv.slice(2);
const rows = Number(rowsText);
const columns = Number(columnsText);
const bytes = readFileSync(file as string);
const data = new Float64Array(bytes.buffer, bytes.byteOffset, rows * columns).slice();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const sweep = elbowSweep(
  { data, rows, columns },
  { kMax: Number(kMaxText), nInit: Number(restartsText), quality: quality === "quality" },
);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
console.log(
  JSON.stringify({
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    runs: sweep.runs.map((run) => ({
      k: run.k,
      inertia: run.inertia,
      iterations: run.iterations,
      silhouette: run.silhouette,
    })),
    knee: sweep.knee?.x ?? null,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
