import { hartiganRefine } from "../../../src/cluster/hartigan-refine";
import { createLloydWorkspace, lloydHamerly } from "../../../src/cluster/lloyd-hamerly";
import { createRandom } from "../../../src/cluster/random";
import { relocateEmptyClusters } from "../../../src/cluster/relocate-empty";

/** Plain Lloyd written out naively (every distance, lowest index on ties): the reference for the bounds. */
function naiveLloyd(
  data: Float64Array,
  rows: number,
  columns: number,
  initial: Float64Array,
  k: number,
  toleranceShiftSq: number,
) {
  const centers = initial.slice();
  let labels = new Int32Array(rows).fill(-1);
  let iterations = 0;
  const nearest = (row: number): number => {
    let best = 0;
    let bestSq = Infinity;
    for (let center = 0; center < k; center++) {
      let sq = 0;
      for (let column = 0; column < columns; column++)
        sq += (data[row * columns + column]! - centers[center * columns + column]!) ** 2;
      if (sq < bestSq) [best, bestSq] = [center, sq];
    }
    return best;
  };
  let stable = false;
  for (let iteration = 1; iteration <= 300; iteration++) {
    const next = Int32Array.from({ length: rows }, (_, row) => nearest(row));
    const sums = new Float64Array(k * columns);
    const counts = new Float64Array(k);
    next.forEach((label, row) => {
      counts[label]! += 1;
      for (let column = 0; column < columns; column++)
        sums[label * columns + column]! += data[row * columns + column]!;
    });
    let shiftSq = 0;
    for (let index = 0; index < k * columns; index++) {
      const mean = sums[index]! / counts[Math.floor(index / columns)]!;
      shiftSq += (mean - centers[index]!) ** 2;
      centers[index] = mean;
    }
    iterations = iteration;
    stable = next.every((label, row) => label === labels[row]);
    labels = next;
    if (stable || shiftSq <= toleranceShiftSq) break;
  }
  if (!stable) labels = Int32Array.from({ length: rows }, (_, row) => nearest(row));
  return { labels, iterations };
}

describe("lloydHamerly — the bounds only skip work", () => {
  it.each([2, 5, 9])("gives plain Lloyd's labels and iteration count from the same start (k = %i)", (k) => {
    const random = createRandom(3);
    const rows = 3000;
    const columns = 3;
    const data = Float64Array.from(
      { length: rows * columns },
      (_, index) => random.nextFloat() * (1 + (index % 3)) + (index % 7),
    );
    const initial = data.slice(0, k * columns);
    const reference = naiveLloyd(data, rows, columns, initial, k, 1e-9);
    const workspace = createLloydWorkspace(rows);
    const settings = { maxIterations: 300, toleranceShiftSq: 1e-9, hartigan: false };
    const ones = new Float64Array(rows).fill(1);
    const run = lloydHamerly(
      data,
      rows,
      columns,
      ones,
      k,
      initial.slice(),
      workspace,
      settings,
      createRandom(0),
    );
    let step = run.next();
    while (step.done !== true) step = run.next();
    expect(step.value.iterations).toBe(reference.iterations);
    expect(Array.from(workspace.labels)).toEqual(Array.from(reference.labels));
  });
});

describe("hartiganRefine — single-row moves", () => {
  it("moves a boundary point Lloyd leaves alone: {0, 2 | 3} → {0 | 2, 3}, SSE 2 → 0.5 (hand calculation)", () => {
    // Point 2 is 1 from both centroids (1 and 3), so Lloyd keeps it. Hartigan: removing it from {0, 2} saves
    // 2/(2−1)·1² = 2, adding it to {3} costs 1/(1+1)·1² = 0.5 → move.
    const labels = Int32Array.from([0, 0, 1]);
    const centers = Float64Array.from([1, 3]);
    hartiganRefine(Float64Array.from([0, 2, 3]), 3, 1, Float64Array.from([1, 1, 1]), 2, labels, centers, 10);
    expect(Array.from(labels)).toEqual([0, 1, 1]);
    expect(centers[0]).toBeCloseTo(0, 12);
    expect(centers[1]).toBeCloseTo(2.5, 12);
  });

  it("moves a weighted row as a whole: weight 2 at 2 joins {3} only when that lowers the weighted SSE", () => {
    // Rows 0 (w 1), 2 (w 2), 3 (w 1), clusters {0, 2} and {3}: centroid 4/3 and 3.
    // Removal saves 2·3/(3−2)·(2/3)² = 8/3; adding to {3} costs 2·1/(1+2)·1² = 2/3 → move; SSE 8/3 → 2/3.
    const labels = Int32Array.from([0, 0, 1]);
    const centers = Float64Array.from([4 / 3, 3]);
    hartiganRefine(Float64Array.from([0, 2, 3]), 3, 1, Float64Array.from([1, 2, 1]), 2, labels, centers, 10);
    expect(Array.from(labels)).toEqual([0, 1, 1]);
    expect(centers[1]).toBeCloseTo(7 / 3, 12);
  });
});

describe("relocateEmptyClusters — scikit-learn's rule", () => {
  it("gives an empty cluster the row farthest from its centre and takes it out of the old cluster's sums", () => {
    // Rows 0, 1, 10 all in cluster 0 (centre 0); cluster 1 is empty. Farthest row: 10 (distance² 100).
    const sums = Float64Array.from([11, 0]);
    const clusterWeights = Float64Array.from([3, 0]);
    relocateEmptyClusters(
      Float64Array.from([0, 1, 10]),
      3,
      1,
      Float64Array.from([1, 1, 1]),
      Int32Array.from([0, 0, 0]),
      Float64Array.from([0, 100]),
      2,
      sums,
      clusterWeights,
    );
    expect(Array.from(sums)).toEqual([1, 10]);
    expect(Array.from(clusterWeights)).toEqual([2, 1]);
  });

  it("fills two empty clusters with the two farthest rows, farthest first; ties go to the lower row", () => {
    const sums = Float64Array.from([0, 0, 0]);
    const clusterWeights = Float64Array.from([4, 0, 0]);
    // Rows −3, 3, 1, 3 around centre 0: distances² 9, 9, 1, 9 → rows 0 then 1.
    relocateEmptyClusters(
      Float64Array.from([-3, 3, 1, 3]),
      4,
      1,
      Float64Array.from([1, 1, 1, 1]),
      Int32Array.from([0, 0, 0, 0]),
      Float64Array.from([0, 50, 60]),
      3,
      sums,
      clusterWeights,
    );
    expect(Array.from(sums)).toEqual([0, -3, 3]);
    expect(Array.from(clusterWeights)).toEqual([2, 1, 1]);
  });
});
