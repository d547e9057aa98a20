import { JS_KMEANS_OPS, type KMeansOps } from "./kmeans-ops";
import { createLloydWorkspace, type LloydWorkspace } from "./lloyd-hamerly";
import { createWasmRows } from "./wasm/wasm-ops";

/** Which kernel runs the passes over the rows: "auto" = WebAssembly from WASM_AUTO_MIN_ROWS rows where available. */
export type KernelChoice = "auto" | "wasm" | "js";

/**
 * Below this many rows "auto" keeps the JavaScript kernel: copying the rows and instantiating cost more than
 * the passes save. Measured (bench, 1M × 3, k = 10) the WebAssembly passes run 4-6× faster than JavaScript's.
 */
export const WASM_AUTO_MIN_ROWS = 1_000;

/** Rows to cluster with the workspace and the ops that run over them (views into the kernel's memory for WebAssembly). */
export interface KMeansKernel {
  readonly data: Float64Array;
  readonly weights: Float64Array;
  readonly rows: number;
  readonly columns: number;
  readonly workspace: LloydWorkspace;
  readonly ops: KMeansOps;
}

/**
 * The kernel for a set of rows and up to `maxK` centres: the WebAssembly SIMD kernel (rows copied into its
 * memory once) when chosen and available, else the JavaScript reference on the arrays as given. Both give
 * identical labels and inertia (test/src/cluster/wasm/wasm-kernel.test.ts).
 *
 * Cost: O(rows × columns) to copy for WebAssembly; O(rows) for the workspace.
 *
 * @example
 * const centred = Float64Array.of(-5.5, -4.5, 4.5, 5.5);
 * const ones = Float64Array.of(1, 1, 1, 1);
 * createKMeansKernel(centred, 4, 1, ones, 2, "auto").ops.kind // "js" (4 rows, below WASM_AUTO_MIN_ROWS)
 * createKMeansKernel(centred, 4, 1, ones, 2, "wasm").ops.kind // "wasm" (Node 20 has WebAssembly SIMD)
 * createKMeansKernel(centred, 4, 1, ones, 2, "js").data === centred // true (JavaScript reads the rows as given)
 */
export function createKMeansKernel(
  data: Float64Array,
  rows: number,
  columns: number,
  weights: Float64Array,
  maxK: number,
  choice: KernelChoice,
): KMeansKernel {
  const wanted = choice === "wasm" || (choice === "auto" && rows >= WASM_AUTO_MIN_ROWS);
  const wasm = wanted ? createWasmRows(data, rows, columns, weights, maxK) : null;
  if (wasm !== null) return { ...wasm, rows, columns };
  return { data, weights, rows, columns, workspace: createLloydWorkspace(rows), ops: JS_KMEANS_OPS };
}
