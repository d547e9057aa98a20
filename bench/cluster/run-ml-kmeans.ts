/*
 * ml-kmeans side of elbow.bench.ts (mljs ml-kmeans 7: k-means++ start, plain Lloyd, number[][] input), in
 * its own process: node bin/run-ts.cjs bench/cluster/run-ml-kmeans.ts MATRIX.f64 ROWS COLUMNS KMAX RESTARTS
 * Restarts = that many seeds per k, best inertia kept (it has no n_init of its own). Converting the flat
 * matrix to number[][] is not timed. Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { kmeans } from "ml-kmeans";

const [file, rowsText, columnsText, kMaxText, restartsText] = process.argv.slice(2);
const rows = Number(rowsText);
const columns = Number(columnsText);
const bytes = readFileSync(file as string);
const flat = new Float64Array(bytes.buffer, bytes.byteOffset, rows * columns);
const points = Array.from({ length: rows }, (_, row) =>
  Array.from(flat.subarray(row * columns, (row + 1) * columns)),
);

/** Σ‖x − centroid of its cluster‖², centroids recomputed from the returned labels. */
function inertiaOf(labels: readonly number[], k: number): number {
  const sums = new Float64Array(k * columns);
  const counts = new Float64Array(k);
  labels.forEach((label, row) => {
    counts[label] = (counts[label] as number) + 1;
    for (let column = 0; column < columns; column++)
      sums[label * columns + column] =
        (sums[label * columns + column] as number) + (flat[row * columns + column] as number);
  });
  let total = 0;
  labels.forEach((label, row) => {
    for (let column = 0; column < columns; column++) {
      total +=
        ((flat[row * columns + column] as number) -
          (sums[label * columns + column] as number) / (counts[label] as number)) **
        2;
    }
  });
  return total;
}

const runs: { k: number; inertia: number; iterations: number }[] = [];
let timed = 0;
for (let k = 1; k <= Number(kMaxText); k++) {
  let best = { k, inertia: Infinity, iterations: 0 };
  for (let seed = 0; seed < Number(restartsText); seed++) {
    const started = performance.now();
    const result = kmeans(points, k, { seed, initialization: "kmeans++", maxIterations: 300 });
    timed += performance.now() - started;
    const inertia = inertiaOf(result.clusters, k);
    if (inertia < best.inertia) best = { k, inertia, iterations: result.iterations };
  }
  runs.push(best);
}
console.log(JSON.stringify({ seconds: timed / 1000, runs, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
