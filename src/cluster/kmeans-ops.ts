import type { AssignState } from "./assign-step";
import { assignStep } from "./assign-step";
import { clusterSums } from "./cluster-sums";
import { absorbCenter, candidatePotentials } from "./kmeans-plus-plus-passes";
import { weightedInertia } from "./weighted-inertia";
import type { RandomSource } from "./random";

/**
 * The passes over every row that k-means spends its time in (k-means++ seeding, Lloyd's assignment step,
 * the centre sums and the inertia), behind one interface so the same algorithm runs on the JavaScript
 * reference or on the WebAssembly SIMD kernel (wasm/wasm-ops.ts). Both give bit-identical results: same
 * operations in the same order, same tie-breaks. Row arrays passed to the WebAssembly kernel's ops must be
 * the views it handed out (wasm/wasm-kernel.ts).
 */
export interface KMeansOps {
  readonly kind: "js" | "wasm";
  readonly assignStep: (
    data: Float64Array,
    rows: number,
    columns: number,
    weights: Float64Array,
    k: number,
    centers: Float64Array,
    state: AssignState,
    full: boolean,
    random: RandomSource,
  ) => number;
  readonly clusterSums: typeof clusterSums;
  readonly weightedInertia: typeof weightedInertia;
  readonly absorbCenter: typeof absorbCenter;
  readonly candidatePotentials: typeof candidatePotentials;
}

/** The JavaScript kernel: the reference the WebAssembly kernel is tested against, and its fallback. */
export const JS_KMEANS_OPS: KMeansOps = {
  kind: "js",
  assignStep,
  clusterSums,
  weightedInertia,
  absorbCenter,
  candidatePotentials,
};
