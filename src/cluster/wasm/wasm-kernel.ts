import { decodeBase64 } from "./decode-base64";
import { KMEANS_KERNEL_BASE64 } from "./kmeans-kernel-bytes";

/** The kernel's exports (wasm/kmeans-kernel.ts); pointers are byte offsets into `memory`. */
export interface KernelExports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  heapBase(): number;
  assignStep(
    data: number,
    rows: number,
    columns: number,
    weights: number,
    k: number,
    centers: number,
    centersT: number,
    labels: number,
    upper: number,
    lower: number,
    sums: number,
    clusterWeights: number,
    shifts: number,
    halfGaps: number,
    full: number,
    start: number,
    largestCenter: number,
    largestShift: number,
    secondShift: number,
  ): number;
  resetChanged(): void;
  countChanged(): void;
  changed(): number;
  clusterSums(
    data: number,
    rows: number,
    columns: number,
    weights: number,
    labels: number,
    k: number,
    sums: number,
    clusterWeights: number,
  ): void;
  inertia(
    data: number,
    rows: number,
    columns: number,
    weights: number,
    labels: number,
    centers: number,
  ): number;
  absorbCenter(
    data: number,
    rows: number,
    columns: number,
    weights: number,
    center: number,
    closestSq: number,
    cumulative: number,
  ): number;
  silhouetteSums(
    data: number,
    rows: number,
    columns: number,
    weights: number,
    labels: number,
    clusters: number,
    sums: number,
  ): void;
  candidatePotentials(
    data: number,
    rows: number,
    columns: number,
    weights: number,
    closestSq: number,
    candidatesT: number,
    pairs: number,
    potentials: number,
  ): void;
}

/** The slice of the WebAssembly JavaScript API the kernel uses (a global in Node, workers and browsers). */
interface WebAssemblyApi {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: unknown };
  validate(bytes: Uint8Array): boolean;
}

let compiled: object | null | undefined;

/**
 * The compiled kernel, or null where WebAssembly or its 128-bit SIMD is missing (`WebAssembly.validate`
 * rejects a module with v128 instructions there) or where synchronous compilation is refused. Compiled once
 * per JavaScript realm; each {@link instantiateKernel} gets its own memory.
 *
 * Cost: about a millisecond, once.
 *
 * @example kernelModule() !== null // true (Node 20 and current browsers have WebAssembly SIMD)
 */
export function kernelModule(): object | null {
  if (compiled !== undefined) return compiled;
  compiled = null;
  const api = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
  if (api === undefined) return compiled;
  try {
    const bytes = decodeBase64(KMEANS_KERNEL_BASE64);
    if (api.validate(bytes)) compiled = new api.Module(bytes);
  } catch {
    // A host that forbids synchronous compilation (a browser's main thread past 4 KB): the JavaScript kernel.
    compiled = null;
  }
  return compiled;
}

/**
 * A new instance of the kernel with its memory grown to at least `bytes` after its heap base, or null when
 * the kernel is unavailable or the memory cannot grow that far (WebAssembly's 4 GiB, or the host's limit).
 *
 * Cost: O(bytes) to zero the memory.
 *
 * @example
 * const kernel = instantiateKernel(1 << 20);
 * kernel !== null && kernel.base % 16 === 0 // true (the heap base, aligned to 16 bytes)
 * kernel !== null && kernel.exports.memory.buffer.byteLength >= kernel.base + (1 << 20) // true
 */
export function instantiateKernel(bytes: number): { exports: KernelExports; base: number } | null {
  const module = kernelModule();
  const api = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
  if (module === null || api === undefined) return null;
  const exports = new api.Instance(module, {}).exports as KernelExports;
  const base = alignUp(exports.heapBase(), 16);
  const pagesNeeded = Math.ceil((base + bytes) / 65536);
  const pagesHeld = exports.memory.buffer.byteLength / 65536;
  if (pagesNeeded > 65536) return null;
  try {
    if (pagesNeeded > pagesHeld) exports.memory.grow(pagesNeeded - pagesHeld);
  } catch {
    return null;
  }
  return { exports, base };
}

/** `value` rounded up to a multiple of `alignment` (a power of two). */
export function alignUp(value: number, alignment: number): number {
  return Math.ceil(value / alignment) * alignment;
}
