import { alignUp, instantiateKernel } from "./wasm-kernel";

/**
 * Silhouette's per-row, per-cluster sums of weighted distances (silhouette.ts) on the WebAssembly kernel:
 * the same pairs in the same order as the JavaScript loop, so the same sums bit for bit. Null when the
 * kernel is unavailable (the caller runs the JavaScript loop then).
 *
 * Cost: O(rows² × columns); memory (columns + 1.5 + clusters) × 8 bytes per row.
 *
 * @param labels dense cluster numbers 0..clusters-1
 * @param weights null for weight 1 everywhere
 *
 * @example silhouetteSumsWasm(Float64Array.from([0, 1, 10]), 3, 1, null, Int32Array.from([0, 0, 1]), 2)
 * // Float64Array [1, 10, 1, 9, 19, 0] (as silhouetteSumsJs)
 */
export function silhouetteSumsWasm(
  data: Float64Array,
  rows: number,
  columns: number,
  weights: Float64Array | null,
  labels: Int32Array,
  clusters: number,
): Float64Array | null {
  const dataBytes = alignUp(rows * columns * 8, 16);
  const weightBytes = alignUp(rows * 8, 16);
  const labelBytes = alignUp(rows * 4, 16);
  const kernel = instantiateKernel(dataBytes + weightBytes + labelBytes + rows * clusters * 8);
  if (kernel === null) return null;
  const { exports, base } = kernel;
  const buffer = exports.memory.buffer;
  new Float64Array(buffer, base, rows * columns).set(data.subarray(0, rows * columns));
  const weightView = new Float64Array(buffer, base + dataBytes, rows);
  if (weights === null) weightView.fill(1);
  else weightView.set(weights.subarray(0, rows));
  new Int32Array(buffer, base + dataBytes + weightBytes, rows).set(labels.subarray(0, rows));
  const sumsAt = base + dataBytes + weightBytes + labelBytes;
  exports.silhouetteSums(
    base,
    rows,
    columns,
    base + dataBytes,
    base + dataBytes + weightBytes,
    clusters,
    sumsAt,
  );
  return new Float64Array(buffer, sumsAt, rows * clusters).slice();
}
