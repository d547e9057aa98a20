import { CoreError, type CoreErrorCode } from "../errors";
import type { KernelChoice } from "./kmeans-kernel";
import type { ConstantColumnPolicy } from "./standardize";

/** One key of the cluster numbering: cluster 0 has the highest (desc) or lowest (asc) centroid on `column`. */
export interface ClusterOrderKey {
  /** 0-based column of the matrix. */
  readonly column: number;
  /** @default "desc" */
  readonly direction?: "desc" | "asc";
}

export interface KMeansOptions {
  /** Seed of the pseudo-random generator: the same seed gives the same labels on every machine. @default 0 */
  readonly seed?: number;
  /** Restarts (scikit-learn's n_init); the one with the lowest inertia wins. @default 10 */
  readonly nInit?: number;
  /** Lloyd iterations per restart at most. @default 300 */
  readonly maxIterations?: number;
  /**
   * Stop when the summed squared centroid shift is ≤ tolerance × the mean column variance of the data
   * clustered (scikit-learn's relative `tol`; weighted variance when rows are weighted). 0 = until labels
   * stop changing. @default 1e-4
   */
  readonly tolerance?: number;
  /**
   * After Lloyd, move single rows between clusters while that lowers the inertia (Hartigan's criterion).
   * It never raises the inertia; on collapsed R/F/M levels (CDNOW) it lowered the mean best-of-10 inertia
   * by 1-3 %, on continuous data by under 0.2 %, at the price of several passes over the rows (+30 % time
   * at 10,000 rows). "auto" refines when at most 5,000 rows are clustered (after collapsing). @default "auto"
   */
  readonly refine?: "auto" | "hartigan" | "none";
  /**
   * Start each restart from k-means on a seeded 50,000-draw lightweight coreset of the rows instead of
   * k-means++ on every row (as scikit-learn's MiniBatchKMeans tries its starts on a sample); Lloyd on every
   * row then needs a few iterations instead of tens, and restarts still compete on their final inertia. Each
   * restart starts from the best of ceil(10 / nInit) coreset runs, so even one restart tries 10 starts.
   * "auto": from 100,000 clustered rows (after collapsing). Measured on the bench's 1M R/F/M-like rows,
   * k = 1..10, 3 restarts: 8.5 s CPU instead of 29 s with full restarts, and inertia within 0.01 % of
   * scikit-learn's n_init=10 at every k. Restart r still depends on r alone.
   * @default "auto"
   */
  readonly sampledRestarts?: "auto" | "always" | "never";
  /**
   * Cluster identical rows once, weighted by their count, when that at least halves the rows (levels data:
   * a million members, a few dozen distinct rows). Same problem, far cheaper. @default true
   */
  readonly collapseDuplicates?: boolean;
  /**
   * Which kernel runs the passes over the rows: the WebAssembly SIMD kernel ("wasm", where the JavaScript
   * engine has WebAssembly with 128-bit SIMD, else JavaScript), the JavaScript reference ("js"), or "auto":
   * WebAssembly from 1,000 rows clustered. Same labels and inertia whichever runs. @default "auto"
   */
  readonly kernel?: KernelChoice;
  /** z-score the columns first (population sd); centroids are still reported in original units. @default false */
  readonly standardize?: boolean;
  /** With `standardize`: keep an all-equal column at 0, or throw CONSTANT_COLUMN. @default "keep" */
  readonly onConstantColumn?: ConstantColumnPolicy;
  /**
   * How clusters are numbered, so reruns do not shuffle names: by centroid on these columns, then by the
   * order found. For R/F/M pass monetary then frequency. @default [{ column: 0 }, { column: 1 }] (descending)
   */
  readonly orderBy?: readonly ClusterOrderKey[];
}

export type ResolvedKMeansOptions = Required<Omit<KMeansOptions, "orderBy">> & {
  readonly orderBy: readonly Required<ClusterOrderKey>[];
};

export const KMEANS_DEFAULTS = {
  seed: 0,
  nInit: 10,
  maxIterations: 300,
  tolerance: 1e-4,
  refine: "auto",
  collapseDuplicates: true,
  sampledRestarts: "auto",
  kernel: "auto",
  standardize: false,
  onConstantColumn: "keep",
} as const;

/**
 * Merges options with {@link KMEANS_DEFAULTS} and checks them once; order keys beyond the matrix's columns
 * are dropped from the default and rejected when given.
 *
 * Cost: O(order keys).
 *
 * @throws CoreError SEED_INVALID, RESTARTS_INVALID, MAX_ITERATIONS_INVALID, TOLERANCE_INVALID, ORDER_COLUMN_INVALID
 * @example resolveKMeansOptions({ nInit: 3 }, 2).nInit // 3
 */
export function resolveKMeansOptions(options: KMeansOptions, columns: number): ResolvedKMeansOptions {
  const resolved = { ...KMEANS_DEFAULTS, ...stripUndefined(options) };
  requireWhole(resolved.seed, 0, "SEED_INVALID", "seed");
  requireWhole(resolved.nInit, 1, "RESTARTS_INVALID", "number of restarts");
  requireWhole(resolved.maxIterations, 1, "MAX_ITERATIONS_INVALID", "maximum number of iterations");
  if (!Number.isFinite(resolved.tolerance) || resolved.tolerance < 0) {
    throw new CoreError("TOLERANCE_INVALID", `The tolerance must be ≥ 0 (got ${resolved.tolerance})`);
  }
  const given = options.orderBy;
  const defaultKeys: readonly ClusterOrderKey[] = [{ column: 0 }, { column: 1 }];
  const keys = given ?? defaultKeys.filter((key) => key.column < columns);
  const orderBy = keys.map((key) => {
    if (!Number.isInteger(key.column) || key.column < 0 || key.column >= columns) {
      throw new CoreError(
        "ORDER_COLUMN_INVALID",
        `The column to order segments by is not one of the data's columns (column ${key.column}, ${columns} columns)`,
      );
    }
    return { column: key.column, direction: key.direction ?? "desc" } as const;
  });
  return { ...resolved, orderBy };
}

function requireWhole(value: number, minimum: number, code: CoreErrorCode, what: string): void {
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new CoreError(code, `The ${what} must be a whole number ≥ ${minimum} (got ${value})`);
  }
}

function stripUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
