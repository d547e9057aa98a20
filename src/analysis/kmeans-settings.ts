import {
  elbowSweep,
  elbowSweepParallel,
  kmeans,
  type ElbowSweepResult,
  type KMeansResult,
  type KMeansTaskRunner,
  type NumericMatrix,
} from "../cluster";

/** What a k-means run on a numeric table is decided by; the command line and the worksheet functions share it. */
export interface KMeansSettings {
  /** Smallest k of the sweep. @default 1 */
  readonly kMin?: number;
  /** Largest k of the sweep, lowered to the number of distinct rows. @default 10 */
  readonly kMax?: number;
  /** Seed of the k-means++ start. @default 0 */
  readonly seed?: number;
  /** Restarts per k; the lowest sum of squares wins (scikit-learn's n_init). @default 10 */
  readonly restarts?: number;
  /** z-score each column first (population sd); centres stay in original units. @default false */
  readonly standardize?: boolean;
}

export const KMEANS_SETTINGS_DEFAULTS = {
  kMin: 1,
  kMax: 10,
  seed: 0,
  restarts: 10,
  standardize: false,
} as const satisfies Required<KMeansSettings>;

/**
 * The settings with every default filled in, once.
 *
 * @example resolveKMeansSettings({ kMax: 4 }) // { kMin: 1, kMax: 4, seed: 0, restarts: 10, standardize: false }
 */
export function resolveKMeansSettings(settings: KMeansSettings): Required<KMeansSettings> {
  return { ...KMEANS_SETTINGS_DEFAULTS, ...withoutUndefined(settings) };
}

/**
 * The elbow sweep k = kMin..kMax of a run (the kmeans command, =KMEANS.ELBOW): k-means++ with `restarts`
 * seeded restarts per k, the Kneedle knee and the quality scores.
 *
 * Cost: as elbowSweep.
 *
 * @throws CoreError the codes of elbowSweep (TOO_FEW_ROWS, K_RANGE_INVALID, K_EXCEEDS_DISTINCT_ROWS, …)
 * @example kmeansSweep({ data: new Float64Array([0, 1, 10, 11]), rows: 4, columns: 1 }, { kMax: 2 }).runs[1]?.inertia // 1
 */
export function kmeansSweep(matrix: NumericMatrix, settings: KMeansSettings): ElbowSweepResult {
  const { kMin, kMax, seed, restarts, standardize } = resolveKMeansSettings(settings);
  return elbowSweep(matrix, { kMin, kMax, seed, nInit: restarts, standardize });
}

/**
 * {@link kmeansSweep} with its restarts and k values run by `runner` (worker threads in the command line):
 * the same result, field for field, whatever the runner and its number of workers.
 *
 * Cost: as elbowSweep, spread over the runner's workers.
 *
 * @throws CoreError as kmeansSweep
 * @example
 * import { serialTaskRunner } from "../cluster";
 * (await kmeansSweepWith({ data: new Float64Array([0, 1, 10, 11]), rows: 4, columns: 1 }, { kMax: 2 }, serialTaskRunner)).runs[1]?.inertia // 1
 */
export async function kmeansSweepWith(
  matrix: NumericMatrix,
  settings: KMeansSettings,
  runner: KMeansTaskRunner,
): Promise<ElbowSweepResult> {
  const { kMin, kMax, seed, restarts, standardize } = resolveKMeansSettings(settings);
  return elbowSweepParallel(matrix, { kMin, kMax, seed, nInit: restarts, standardize }, runner);
}

/**
 * k-means at one k with the run's seed, restarts and scaling, so its clusters are the sweep's clusters at that k
 * (the kmeans command's --k N, =KMEANS.LABELS).
 *
 * Cost: as kmeans.
 *
 * @throws CoreError the codes of kmeans (TOO_FEW_ROWS, K_INVALID, K_EXCEEDS_DISTINCT_ROWS, …)
 * @example Array.from(kmeansAt({ data: new Float64Array([0, 1, 10, 11]), rows: 4, columns: 1 }, 2, {}).labels) // [1, 1, 0, 0]
 */
export function kmeansAt(matrix: NumericMatrix, k: number, settings: KMeansSettings): KMeansResult {
  const { seed, restarts, standardize } = resolveKMeansSettings(settings);
  return kmeans(matrix, k, { seed, nInit: restarts, standardize });
}

function withoutUndefined(settings: KMeansSettings): KMeansSettings {
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
}
