import fc from "fast-check";
import { elbowSweep } from "../../../../src/cluster/elbow";
import { kmeans } from "../../../../src/cluster/kmeans";
import type { KMeansOptions } from "../../../../src/cluster/kmeans-options";
import type { NumericMatrix } from "../../../../src/cluster/matrix";
import { createRandom } from "../../../../src/cluster/random";
import { decodeBase64 } from "../../../../src/cluster/wasm/decode-base64";
import { kernelModule } from "../../../../src/cluster/wasm/wasm-kernel";
import { createWasmRows } from "../../../../src/cluster/wasm/wasm-ops";
import { silhouetteSumsJs } from "../../../../src/cluster/silhouette-sums";
import { silhouetteSumsWasm } from "../../../../src/cluster/wasm/wasm-silhouette";
import { cdnowMatrix, loadCdnowFixture } from "../test-helpers";

/*
 * The JavaScript kernel is the reference: the WebAssembly kernel must give the same labels and the same
 * inertia (to 1e-9 relative; in practice bit for bit, since both do the same IEEE operations in the same
 * order) on the fixtures and on generated data, ties and collapsed rows included.
 */
function expectSameClustering(matrix: NumericMatrix, k: number, options: KMeansOptions): void {
  const reference = kmeans(matrix, k, { ...options, kernel: "js" });
  const simd = kmeans(matrix, k, { ...options, kernel: "wasm" });
  expect(Array.from(simd.labels)).toEqual(Array.from(reference.labels));
  expect(Math.abs(simd.inertia - reference.inertia)).toBeLessThanOrEqual(1e-9 * reference.inertia);
  expect(simd.iterations).toBe(reference.iterations);
}

describe("the WebAssembly SIMD kernel", () => {
  it("compiles in Node (WebAssembly with 128-bit SIMD), so the comparisons below run it", () => {
    expect(kernelModule()).not.toBeNull();
    expect(createWasmRows(new Float64Array([0, 1]), 2, 1, new Float64Array([1, 1]), 2)?.ops.kind).toBe(
      "wasm",
    );
  });

  it("decodes base64 as RFC 4648 (the wasm magic number: 'AGFzbQ==' → 0 97 115 109)", () => {
    expect(Array.from(decodeBase64("AGFzbQ=="))).toEqual([0, 97, 115, 109]);
    expect(Array.from(decodeBase64("TWFu"))).toEqual([77, 97, 110]);
  });

  it("sums the silhouette's pair distances as the JavaScript loop does, bit for bit (weighted and not)", () => {
    const random = createRandom(4);
    const rows = 700;
    const data = Float64Array.from({ length: rows * 3 }, () => random.nextFloat() * 10);
    const labels = Int32Array.from({ length: rows }, () => random.nextIndex(4));
    const weights = Float64Array.from({ length: rows }, () => 1 + random.nextIndex(3));
    expect(silhouetteSumsWasm(data, rows, 3, null, labels, 4)).toEqual(
      silhouetteSumsJs(data, rows, 3, undefined, labels, 4),
    );
    expect(silhouetteSumsWasm(data, rows, 3, weights, labels, 4)).toEqual(
      silhouetteSumsJs(data, rows, 3, weights, labels, 4),
    );
    // By hand: points 0, 1, 10 in clusters 0, 0, 1. Point 0: 1 to cluster 0, 10 to cluster 1; point 1: 1, 9;
    // point 10: 10 + 9 = 19 to cluster 0, nothing else in cluster 1.
    expect(
      Array.from(
        silhouetteSumsWasm(Float64Array.from([0, 1, 10]), 3, 1, null, Int32Array.from([0, 0, 1]), 2) ?? [],
      ),
    ).toEqual([1, 10, 1, 9, 19, 0]);
  });

  const fixture = loadCdnowFixture();
  describe.each([
    ["CDNOW R/F/M z-scored (2,357 × 3)", "standardized"],
    ["CDNOW study levels (42 distinct rows, collapsed and weighted)", "levels"],
  ] as const)("%s: same labels as the JavaScript kernel", (_name, variant) => {
    const matrix = cdnowMatrix(fixture, variant);
    it.each([1, 2, 3, 5, 8, 10])("k = %i, 10 restarts", (k) => {
      expectSameClustering(matrix, k, { seed: 0 });
    });
    it("the elbow sweep k = 1..10, sampled restarts forced on (the coreset path), same inertia and scores", () => {
      const options = { kMax: 10, nInit: 3, sampledRestarts: "always" } as const;
      const reference = elbowSweep(matrix, { ...options, kernel: "js" });
      const simd = elbowSweep(matrix, { ...options, kernel: "wasm" });
      expect(simd.runs).toEqual(reference.runs);
    });
  });

  it("keeps the JavaScript tie-break on rows tied between centres (integer grid, no collapsing)", () => {
    const random = createRandom(9);
    const rows = 3000;
    const data = Float64Array.from({ length: rows * 2 }, () => random.nextIndex(5));
    const matrix = { data, rows, columns: 2 };
    for (const k of [2, 3, 4, 7]) expectSameClustering(matrix, k, { collapseDuplicates: false, nInit: 2 });
  });

  it("gives the JavaScript kernel's labels on generated data (property, 1-6 columns, k 1-12)", () => {
    const problem = fc
      .record({
        columns: fc.integer({ min: 1, max: 6 }),
        rows: fc.integer({ min: 20, max: 400 }),
        k: fc.integer({ min: 1, max: 12 }),
        seed: fc.nat({ max: 10_000 }),
        scale: fc.constantFrom(1, 1000, 1e-3),
        integers: fc.boolean(),
      })
      .map(({ columns, rows, k, seed, scale, integers }) => {
        const random = createRandom(seed);
        const data = Float64Array.from({ length: rows * columns }, (_, index) => {
          const value = (random.nextFloat() + (index % 3)) * scale;
          return integers ? Math.round(value) : value;
        });
        return { matrix: { data, rows, columns }, k, seed };
      });
    fc.assert(
      fc.property(problem, ({ matrix, k, seed }) => {
        const distinct = new Set(
          Array.from({ length: matrix.rows }, (_, row) =>
            Array.from(matrix.data.subarray(row * matrix.columns, (row + 1) * matrix.columns)).join(","),
          ),
        ).size;
        expectSameClustering(matrix, Math.min(k, distinct), { seed, nInit: 2, collapseDuplicates: false });
      }),
      { numRuns: 60 },
    );
  });
});
