import type { AssignState } from "../assign-step";
import { largestShifts, moveWeight } from "../assign-step";
import { breakTie } from "../break-tie";
import { computeHalfGaps } from "../half-gaps";
import type { KMeansOps } from "../kmeans-ops";
import type { LloydWorkspace } from "../lloyd-hamerly";
import type { RandomSource } from "../random";
import { squaredDistance } from "../squared-distance";
import { alignUp, instantiateKernel, type KernelExports } from "./wasm-kernel";

/** A module constant: under Jest's vm context every global `Math.sqrt` lookup in a hot loop cost ~50×. */
const squareRoot = Math.sqrt;

/** Rows, their weights and the Lloyd workspace as views into a kernel instance's memory, with its ops. */
export interface WasmRows {
  readonly data: Float64Array;
  readonly weights: Float64Array;
  readonly workspace: LloydWorkspace;
  readonly ops: KMeansOps;
}

/**
 * Copies the rows and weights into a new instance of the WebAssembly kernel once (each pass then reads them
 * there) and returns views on them, the Lloyd workspace in the same memory, and ops that run the kernel on
 * those views, for up to `maxK` centres. Null when the kernel or the memory is unavailable: use the
 * JavaScript kernel then.
 *
 * Cost: O(rows × columns) to copy; memory (columns + 3.5) × 8 bytes per row.
 *
 * @example
 * const centred = Float64Array.of(-5.5, -4.5, 4.5, 5.5);
 * const rows = createWasmRows(centred, 4, 1, Float64Array.of(1, 1, 1, 1), 2);
 * rows?.ops.kind // "wasm" (null where WebAssembly SIMD is missing)
 * rows?.data // Float64Array [-5.5, -4.5, 4.5, 5.5] (a copy in the kernel's memory)
 * rows?.data.buffer === centred.buffer // false
 */
export function createWasmRows(
  data: Float64Array,
  rows: number,
  columns: number,
  weights: Float64Array,
  maxK: number,
): WasmRows | null {
  const maxTrials = 2 + Math.floor(Math.log(maxK));
  const pairBytes = columns * 16;
  const sizes = {
    data: rows * columns * 8,
    weights: rows * 8,
    upper: rows * 8,
    lower: rows * 8,
    labels: rows * 4,
    centers: maxK * columns * 8,
    centersT: Math.ceil(maxK / 2) * pairBytes,
    sums: maxK * columns * 8,
    clusterWeights: maxK * 8,
    shifts: maxK * 8,
    halfGaps: maxK * 8,
    candidatesT: Math.ceil(maxTrials / 2) * pairBytes,
    potentials: Math.ceil(maxTrials / 2) * 16,
  };
  let total = 0;
  const offsets = {} as Record<keyof typeof sizes, number>;
  for (const [name, size] of Object.entries(sizes) as [keyof typeof sizes, number][]) {
    offsets[name] = total;
    total = alignUp(total + size, 16);
  }
  const kernel = instantiateKernel(total);
  if (kernel === null) return null;
  const { exports, base } = kernel;
  const at = (name: keyof typeof sizes): number => base + offsets[name];
  const buffer = exports.memory.buffer;
  const f64 = (name: keyof typeof sizes, length: number): Float64Array =>
    new Float64Array(buffer, at(name), length);
  const views = {
    data: f64("data", rows * columns),
    weights: f64("weights", rows),
    workspace: {
      labels: new Int32Array(buffer, at("labels"), rows),
      upper: f64("upper", rows),
      lower: f64("lower", rows),
    },
    centers: f64("centers", maxK * columns),
    centersT: f64("centersT", Math.ceil(maxK / 2) * 2 * columns),
    sums: f64("sums", maxK * columns),
    clusterWeights: f64("clusterWeights", maxK),
    shifts: f64("shifts", maxK),
    halfGaps: f64("halfGaps", maxK),
    candidatesT: f64("candidatesT", Math.ceil(maxTrials / 2) * 2 * columns),
    potentials: f64("potentials", Math.ceil(maxTrials / 2) * 2),
  };
  views.data.set(data.subarray(0, rows * columns));
  views.weights.set(weights.subarray(0, rows));
  return {
    data: views.data,
    weights: views.weights,
    workspace: views.workspace,
    ops: wasmOps(exports, views, maxK),
  };
}

type Views = {
  readonly [name in "centers" | "centersT" | "sums" | "clusterWeights" | "shifts" | "halfGaps"]: Float64Array;
} & { readonly candidatesT: Float64Array; readonly potentials: Float64Array };

function wasmOps(exports: KernelExports, views: Views, maxK: number): KMeansOps {
  const buffer = exports.memory.buffer;
  /** The byte offset of a view handed out by createWasmRows; anything else is a caller's mistake. */
  const pointer = (view: Float64Array | Int32Array): number => {
    if (view.buffer !== buffer) throw new Error("WebAssembly k-means kernel: an array outside its memory");
    return view.byteOffset;
  };
  const requireK = (k: number): void => {
    if (k > maxK) throw new Error(`WebAssembly k-means kernel: k = ${k} above the ${maxK} it was sized for`);
  };
  return {
    kind: "wasm",
    assignStep(data, rows, columns, weights, k, centers, state, full, random) {
      requireK(k);
      const shiftsAt = full
        ? { largestShift: 0, secondShift: 0, largestCenter: -1 }
        : largestShifts(state.shifts, k);
      if (!full) computeHalfGaps(centers, k, columns, state.halfGaps);
      views.centers.set(centers.subarray(0, k * columns));
      transposePairs(centers, k, columns, views.centersT);
      views.sums.set(state.sums.subarray(0, k * columns));
      views.clusterWeights.set(state.clusterWeights.subarray(0, k));
      views.shifts.set(state.shifts.subarray(0, k));
      views.halfGaps.set(state.halfGaps.subarray(0, k));
      exports.resetChanged();
      const kernelState: AssignState = { ...state, sums: views.sums, clusterWeights: views.clusterWeights };
      for (let start = 0; start < rows;) {
        const tieRow = exports.assignStep(
          pointer(data),
          rows,
          columns,
          pointer(weights),
          k,
          pointer(views.centers),
          pointer(views.centersT),
          pointer(state.labels),
          pointer(state.upper),
          pointer(state.lower),
          pointer(views.sums),
          pointer(views.clusterWeights),
          pointer(views.shifts),
          pointer(views.halfGaps),
          full ? 1 : 0,
          start,
          shiftsAt.largestCenter,
          shiftsAt.largestShift,
          shiftsAt.secondShift,
        );
        if (tieRow >= rows) break;
        if (settleTie(data, tieRow, columns, weights, k, centers, kernelState, full, random))
          exports.countChanged();
        start = tieRow + 1;
      }
      state.sums.set(views.sums.subarray(0, k * columns));
      state.clusterWeights.set(views.clusterWeights.subarray(0, k));
      return exports.changed();
    },
    clusterSums(data, rows, columns, weights, labels, sums, clusterWeights) {
      const k = clusterWeights.length;
      requireK(k);
      exports.clusterSums(
        pointer(data),
        rows,
        columns,
        pointer(weights),
        pointer(labels),
        k,
        pointer(views.sums),
        pointer(views.clusterWeights),
      );
      sums.set(views.sums.subarray(0, k * columns));
      clusterWeights.set(views.clusterWeights.subarray(0, k));
    },
    weightedInertia(data, rows, columns, weights, labels, centers) {
      const k = centers.length / columns;
      requireK(k);
      views.centers.set(centers);
      return exports.inertia(
        pointer(data),
        rows,
        columns,
        pointer(weights),
        pointer(labels),
        pointer(views.centers),
      );
    },
    absorbCenter(data, rows, columns, weights, centers, center, closestSq, cumulative) {
      views.centers.set(centers.subarray(center * columns, (center + 1) * columns));
      return exports.absorbCenter(
        pointer(data),
        rows,
        columns,
        pointer(weights),
        pointer(views.centers),
        pointer(closestSq),
        pointer(cumulative),
      );
    },
    candidatePotentials(data, rows, columns, weights, closestSq, candidates, trials, potentials) {
      const pairs = Math.ceil(trials / 2);
      if (pairs * 2 > views.potentials.length) throw new Error("WebAssembly k-means kernel: too many trials");
      const candidateRows = new Float64Array(trials * columns);
      for (let trial = 0; trial < trials; trial++) {
        const row = candidates[trial] as number;
        candidateRows.set(data.subarray(row * columns, (row + 1) * columns), trial * columns);
      }
      transposePairs(candidateRows, trials, columns, views.candidatesT);
      exports.candidatePotentials(
        pointer(data),
        rows,
        columns,
        pointer(weights),
        pointer(closestSq),
        pointer(views.candidatesT),
        pairs,
        pointer(views.potentials),
      );
      potentials.set(views.potentials.subarray(0, trials));
    },
  };
}

/**
 * Lays points out as the kernel's f64x2 pairs: for points 2p and 2p + 1, column j at (p × columns + j) × 2
 * and + 1. An odd count is padded with +Infinity, whose distance (+Infinity) never wins a comparison.
 */
function transposePairs(points: Float64Array, count: number, columns: number, target: Float64Array): void {
  const pairs = Math.ceil(count / 2);
  for (let pair = 0; pair < pairs; pair++) {
    for (let lane = 0; lane < 2; lane++) {
      const point = pair * 2 + lane;
      for (let column = 0; column < columns; column++) {
        target[(pair * columns + column) * 2 + lane] =
          point < count ? (points[point * columns + column] as number) : Infinity;
      }
    }
  }
}

/**
 * A row where the kernel found the two nearest centres tied: the JavaScript assignment step's tie-break
 * (break-tie.ts), same random draws in the same row order. Returns whether the label changed.
 */
function settleTie(
  data: Float64Array,
  row: number,
  columns: number,
  weights: Float64Array,
  k: number,
  centers: Float64Array,
  state: AssignState,
  full: boolean,
  random: RandomSource,
): boolean {
  const { labels, upper, lower, distancesSq } = state;
  let bestSq = Infinity;
  for (let center = 0; center < k; center++) {
    const distanceSq = squaredDistance(data, row, centers, center * columns, columns);
    if (distanceSq < bestSq) bestSq = distanceSq;
  }
  const assigned = labels[row] as number;
  const rowOffset = row * columns;
  const best = breakTie(data, rowOffset, columns, k, centers, assigned, random, distancesSq, bestSq);
  upper[row] = squareRoot(distancesSq[best] as number);
  lower[row] = squareRoot(bestSq);
  if (best === assigned) return false;
  if (!full) {
    moveWeight(
      data,
      rowOffset,
      columns,
      weights[row] as number,
      assigned,
      best,
      state.sums,
      state.clusterWeights,
    );
  }
  labels[row] = best;
  return true;
}
