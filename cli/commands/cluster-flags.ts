import { CliError } from "../cli-error";
import type { CliOptions } from "../command";

/** The k-means flags shared by `kmeans` and `segment`. */
export const CLUSTER_OPTIONS: CliOptions = {
  seed: {
    type: "string",
    valueName: "N",
    description: "seed of the k-means++ start (default 0): the same data and seed give the same clusters",
  },
  restarts: {
    type: "string",
    valueName: "N",
    description: "k-means restarts per k, the lowest sum of squares wins (default 10)",
  },
};

/** A range of k from --k: "1-10" or a single k. */
export interface KRange {
  readonly kMin: number;
  readonly kMax: number;
}

/**
 * Reads --k "1-10" (a range) or "4" (one k).
 *
 * @throws CliError when it is neither, or not 1 ≤ kMin ≤ kMax
 */
export function kRangeFlag(value: unknown, fallback: KRange): KRange {
  if (value === undefined) return fallback;
  const match = typeof value === "string" ? /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(value) : null;
  const kMin = Number(match?.[1]);
  const kMax = match?.[2] === undefined ? kMin : Number(match[2]);
  if (
    match === null ||
    !Number.isSafeInteger(kMin) ||
    !Number.isSafeInteger(kMax) ||
    kMin < 1 ||
    kMax < kMin
  ) {
    throw new CliError(`--k must be a whole number k ≥ 1 or a range such as 1-10 (got "${String(value)}")`);
  }
  return { kMin, kMax };
}

/**
 * Reads a whole-number flag such as --seed or --restarts.
 *
 * @throws CliError when it is not a whole number ≥ minimum
 */
export function wholeFlag(value: unknown, flag: string, minimum: number, fallback: number): number {
  if (value === undefined) return fallback;
  const number = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number) || number < minimum) {
    throw new CliError(`--${flag} must be a whole number ≥ ${minimum} (got "${String(value)}")`);
  }
  return number;
}
