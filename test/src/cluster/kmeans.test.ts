import { kmeans, kmeansSteps } from "../../../src/cluster/kmeans";
import { createRandom } from "../../../src/cluster/random";
import type { KMeansProgress } from "../../../src/cluster/kmeans-run";
import {
  cdnowMatrix,
  coreErrorCode,
  expectAllClose,
  fourSquaresExample,
  loadCdnowFixture,
  matrixOf,
} from "./test-helpers";

describe("kmeans — hand-checked solutions", () => {
  it("splits two pairs of points; inertia 4 × 0.5² = 1; cluster 0 has the higher first-column centroid", () => {
    const result = kmeans(
      matrixOf([
        [0, 0],
        [0, 1],
        [10, 10],
        [10, 11],
      ]),
      2,
    );
    expect(Array.from(result.labels)).toEqual([1, 1, 0, 0]);
    expect(Array.from(result.centroids)).toEqual([10, 10.5, 0, 0.5]);
    expect(result.inertia).toBeCloseTo(1, 12);
    expect(Array.from(result.clusterWeights)).toEqual([2, 2]);
    expect(result.converged).toBe(true);
  });

  it("finds the four groups of the cluster-quality example: within-group SSE = 20 (shared/data README)", () => {
    const { matrix, labels: groups } = fourSquaresExample();
    const result = kmeans(matrix, 4);
    expect(result.inertia).toBeCloseTo(20, 10);
    // Same partition as the README's groups, whatever the numbering: each group maps to one cluster.
    const clusterOfGroup = new Map<number, number>();
    groups.forEach((group, row) => {
      const cluster = result.labels[row] as number;
      expect(clusterOfGroup.get(group) ?? cluster).toBe(cluster);
      clusterOfGroup.set(group, cluster);
    });
    expect(new Set(clusterOfGroup.values()).size).toBe(4);
  });

  it("k = 1 gives the weighted mean and the total sum of squares (1² + 0² + 1² = 2 around 1)", () => {
    const result = kmeans(matrixOf([[0], [1], [2]]), 1);
    expect(Array.from(result.centroids)).toEqual([1]);
    expect(result.inertia).toBeCloseTo(2, 12);
  });

  it("numbers clusters by the orderBy keys: ascending on column 1", () => {
    const result = kmeans(
      matrixOf([
        [0, 5],
        [0, 6],
        [9, 1],
        [9, 2],
        [4, 9],
        [4, 10],
      ]),
      3,
      {
        orderBy: [{ column: 1, direction: "asc" }],
      },
    );
    expect(Array.from(result.centroids)).toEqual([9, 1.5, 0, 5.5, 4, 9.5]);
    expect(Array.from(result.labels)).toEqual([1, 1, 0, 0, 2, 2]);
  });
});

describe("kmeans — weights and collapsed rows", () => {
  const expandedRows = [
    [0, 0],
    [0, 0],
    [0, 0],
    [1, 0],
    [5, 5],
    [5, 5],
    [6, 5],
    [6, 5],
    [6, 5],
    [6, 5],
  ];

  it("weighted distinct rows give the inertia of the expanded rows, collapsed or not", () => {
    // Cluster {0,0 ×3, 1,0}: mean x 0.25 → SSE 3·0.0625 + 0.5625 = 0.75. Cluster {5,5 ×2, 6,5 ×4}: mean x 5⅔ → 2·(4/9) + 4·(1/9) = 4/3.
    const expected = 0.75 + 4 / 3;
    const expanded = kmeans(matrixOf(expandedRows), 2, { collapseDuplicates: false });
    const weighted = kmeans(
      matrixOf(
        [
          [0, 0],
          [1, 0],
          [5, 5],
          [6, 5],
        ],
        [3, 1, 2, 4],
      ),
      2,
    );
    const collapsed = kmeans(matrixOf(expandedRows), 2);
    for (const result of [expanded, weighted, collapsed]) expect(result.inertia).toBeCloseTo(expected, 12);
    expect(Array.from(weighted.clusterWeights)).toEqual([6, 4]);
    expect(Array.from(collapsed.labels)).toEqual(Array.from(expanded.labels));
    expect(collapsed.labels).toHaveLength(10);
  });
});

describe("kmeans — standardisation", () => {
  it("clusters z-scores but reports centroids in original units", () => {
    // Column 1 alone would dominate unscaled distances; z-scored, the split follows column 0 too.
    const result = kmeans(
      matrixOf([
        [0, 100],
        [1, 100],
        [10, 300],
        [11, 300],
      ]),
      2,
      { standardize: true },
    );
    expectAllClose(result.centroids, [10.5, 300, 0.5, 100]);
    // z of column 0: mean 5.5, population sd √((5.5² + 4.5² + 4.5² + 5.5²)/4) = √25.25; cluster mean 10.5 → 5/√25.25.
    // Column 1: mean 200, sd 100 → cluster means ±1.
    expectAllClose(result.scaledCentroids, [5 / Math.sqrt(25.25), 1, -5 / Math.sqrt(25.25), -1]);
    expect(result.scaling?.standardDeviations[1]).toBe(100);
  });

  it("keeps an all-equal column at 0 and names it, or throws CONSTANT_COLUMN when asked", () => {
    const matrix = matrixOf([
      [0, 7],
      [1, 7],
      [10, 7],
      [11, 7],
    ]);
    const kept = kmeans(matrix, 2, { standardize: true });
    expect(kept.constantColumns).toEqual([1]);
    expectAllClose(kept.centroids, [10.5, 7, 0.5, 7]);
    expect(coreErrorCode(() => kmeans(matrix, 2, { standardize: true, onConstantColumn: "error" }))).toBe(
      "CONSTANT_COLUMN",
    );
  });
});

describe("kmeans — determinism and progress", () => {
  const fixture = loadCdnowFixture();
  const matrix = cdnowMatrix(fixture, "standardized");

  it("gives identical labels and inertia for the same seed, run twice", () => {
    const first = kmeans(matrix, 6, { seed: 11, nInit: 3 });
    const second = kmeans(matrix, 6, { seed: 11, nInit: 3 });
    expect(Array.from(second.labels)).toEqual(Array.from(first.labels));
    expect(second.inertia).toBe(first.inertia);
  });

  it("yields progress per iteration with rising fractions, and returns what kmeans returns", () => {
    const steps = kmeansSteps(matrix, 4, { seed: 2, nInit: 2 });
    const progress: KMeansProgress[] = [];
    let step = steps.next();
    while (step.done !== true) {
      progress.push(step.value);
      step = steps.next();
    }
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.map((item) => item.restart)).toEqual([...progress.map((item) => item.restart)].sort());
    for (let index = 1; index < progress.length; index++) {
      expect((progress[index] as KMeansProgress).fractionDone).toBeGreaterThanOrEqual(
        (progress[index - 1] as KMeansProgress).fractionDone,
      );
    }
    expect(progress.every((item) => item.fractionDone > 0 && item.fractionDone <= 1)).toBe(true);
    expect(step.value.inertia).toBe(kmeans(matrix, 4, { seed: 2, nInit: 2 }).inertia);
  });

  it("reports converged = false when maxIterations stops it", () => {
    const result = kmeans(matrix, 10, { nInit: 1, maxIterations: 1 });
    expect(result.iterations).toBe(1);
    expect(result.converged).toBe(false);
  });
});

describe("kmeans — bad input", () => {
  const good = matrixOf([[0], [1], [5]]);
  it.each<[string, string, () => unknown]>([
    ["one row (one member)", "TOO_FEW_ROWS", () => kmeans(matrixOf([[1, 2]]), 1)],
    ["k = 0", "K_INVALID", () => kmeans(good, 0)],
    ["k = 1.5", "K_INVALID", () => kmeans(good, 1.5)],
    ["k above the distinct rows", "K_EXCEEDS_DISTINCT_ROWS", () => kmeans(matrixOf([[1], [1], [2]]), 3)],
    ["a NaN value", "VALUE_NOT_FINITE", () => kmeans(matrixOf([[0], [Number.NaN], [5]]), 2)],
    ["an infinite value", "VALUE_NOT_FINITE", () => kmeans(matrixOf([[0], [Infinity], [5]]), 2)],
    ["a zero weight", "WEIGHT_NOT_POSITIVE", () => kmeans(matrixOf([[0], [1], [5]], [1, 0, 1]), 2)],
    ["a negative weight", "WEIGHT_NOT_POSITIVE", () => kmeans(matrixOf([[0], [1], [5]], [1, -2, 1]), 2)],
    [
      "too few weights",
      "WEIGHTS_LENGTH_MISMATCH",
      () => kmeans({ ...good, weights: new Float64Array([1, 1]) }, 2),
    ],
    [
      "data not rows × columns",
      "MATRIX_SHAPE_INVALID",
      () => kmeans({ data: new Float64Array(5), rows: 2, columns: 2 }, 1),
    ],
    ["no restarts", "RESTARTS_INVALID", () => kmeans(good, 2, { nInit: 0 })],
    ["no iterations", "MAX_ITERATIONS_INVALID", () => kmeans(good, 2, { maxIterations: 0 })],
    ["a negative tolerance", "TOLERANCE_INVALID", () => kmeans(good, 2, { tolerance: -1 })],
    ["a negative seed", "SEED_INVALID", () => kmeans(good, 2, { seed: -1 })],
    [
      "an order column outside the matrix",
      "ORDER_COLUMN_INVALID",
      () => kmeans(good, 2, { orderBy: [{ column: 1 }] }),
    ],
  ])("%s → %s", (_name, code, action) => {
    expect(coreErrorCode(action)).toBe(code);
  });
});

describe("kmeans — sampled restarts (many rows)", () => {
  it("lets restarts compete on a 50,000-row sample and lands on the same optimum as full restarts", () => {
    // Four well-separated groups of 15,000 rows each (uniform noise ±0.5 around (0,0), (10,0), (0,10), (10,10)).
    const random = createRandom(9);
    const rows = 60000;
    const data = new Float64Array(rows * 2);
    for (let row = 0; row < rows; row++) {
      data[row * 2] = 10 * (row % 2) + random.nextFloat() - 0.5;
      data[row * 2 + 1] = 10 * (Math.floor(row / 2) % 2) + random.nextFloat() - 0.5;
    }
    const matrix = { data, rows, columns: 2 };
    const sampled = kmeans(matrix, 4, { nInit: 3, sampledRestarts: "always" });
    const full = kmeans(matrix, 4, { nInit: 3, sampledRestarts: "never" });
    expect(sampled.inertia).toBeCloseTo(full.inertia, 6);
    expect(Array.from(sampled.clusterWeights)).toEqual([15000, 15000, 15000, 15000]);
  });
});
