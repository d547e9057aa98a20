import fc from "fast-check";
import { kmeans } from "../../../src/cluster/kmeans";
import { matrixOf } from "./test-helpers";

/** Small matrices with repeated values (integers), so duplicates, ties and collapsing all occur. */
const problem = fc
  .record({
    columns: fc.integer({ min: 1, max: 3 }),
    rows: fc.integer({ min: 2, max: 40 }),
    seed: fc.nat({ max: 1000 }),
  })
  .chain(({ columns, rows, seed }) =>
    fc.record({
      table: fc.array(fc.array(fc.integer({ min: -6, max: 6 }), { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
      seed: fc.constant(seed),
      kWish: fc.integer({ min: 1, max: 6 }),
    }),
  )
  .map(({ table, seed, kWish }) => {
    const distinct = new Set(table.map((row) => row.join(","))).size;
    return { table, seed, k: Math.min(kWish, distinct) };
  });

function sumOfSquares(
  table: readonly (readonly number[])[],
  labels: Int32Array,
  centroids: Float64Array,
): number {
  const columns = table[0]?.length ?? 0;
  return table.reduce(
    (total, row, index) =>
      total +
      row.reduce(
        (sum, value, column) => sum + (value - centroids[(labels[index] as number) * columns + column]!) ** 2,
        0,
      ),
    0,
  );
}

describe("kmeans — properties (fast-check)", () => {
  it("labels lie in 0..k-1, inertia ≥ 0 and equals the sum of squares of the labels to the centroids", () => {
    fc.assert(
      fc.property(problem, ({ table, seed, k }) => {
        const result = kmeans(matrixOf(table), k, { seed, nInit: 3 });
        expect(result.labels.every((label) => label >= 0 && label < k)).toBe(true);
        expect(result.inertia).toBeGreaterThanOrEqual(0);
        expect(result.inertia).toBeCloseTo(sumOfSquares(table, result.labels, result.centroids), 8);
      }),
      { numRuns: 150 },
    );
  });

  it("more restarts never raise the inertia (restart r always draws from the same stream)", () => {
    fc.assert(
      fc.property(problem, fc.integer({ min: 1, max: 4 }), ({ table, seed, k }, restarts) => {
        const fewer = kmeans(matrixOf(table), k, { seed, nInit: restarts });
        const more = kmeans(matrixOf(table), k, { seed, nInit: restarts + 1 });
        expect(more.inertia).toBeLessThanOrEqual(fewer.inertia);
      }),
      { numRuns: 100 },
    );
  });

  it("the same seed gives the same labels", () => {
    fc.assert(
      fc.property(problem, ({ table, seed, k }) => {
        const first = kmeans(matrixOf(table), k, { seed, nInit: 2 });
        const second = kmeans(matrixOf(table), k, { seed, nInit: 2 });
        expect(Array.from(second.labels)).toEqual(Array.from(first.labels));
      }),
      { numRuns: 60 },
    );
  });

  it("k = number of distinct rows puts each distinct row in its own cluster (inertia 0)", () => {
    fc.assert(
      fc.property(problem, ({ table, seed }) => {
        const distinct = new Set(table.map((row) => row.join(","))).size;
        expect(kmeans(matrixOf(table), distinct, { seed, nInit: 1 }).inertia).toBeCloseTo(0, 9);
      }),
      { numRuns: 60 },
    );
  });
});
