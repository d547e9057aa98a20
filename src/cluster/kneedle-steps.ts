import { CoreError } from "../errors";
import type { KneeCurve, KneeDirection } from "./kneedle";

/* The steps of Kneedle as the kneed package performs them; kneedle.ts puts them together. */

/**
 * Throws unless x and y are equally long, at least 3 points, finite, x strictly increasing, S ≥ 0.
 *
 * @throws CoreError KNEE_LENGTH_MISMATCH, KNEE_TOO_FEW_POINTS, KNEE_SENSITIVITY_INVALID, VALUE_NOT_FINITE,
 *   KNEE_X_NOT_INCREASING
 *
 * @example assertCurve([0, 1], [1, 0], 1) // throws CoreError KNEE_TOO_FEW_POINTS
 */
export function assertCurve(x: ArrayLike<number>, y: ArrayLike<number>, sensitivity: number): void {
  if (x.length !== y.length) {
    throw new CoreError(
      "KNEE_LENGTH_MISMATCH",
      `The elbow curve has ${x.length} values of k for ${y.length} scores`,
    );
  }
  if (x.length < 3)
    throw new CoreError(
      "KNEE_TOO_FEW_POINTS",
      `Finding the elbow needs at least 3 values of k (got ${x.length})`,
    );
  if (!Number.isFinite(sensitivity) || sensitivity < 0) {
    throw new CoreError("KNEE_SENSITIVITY_INVALID", `The elbow sensitivity must be ≥ 0 (got ${sensitivity})`);
  }
  for (let index = 0; index < x.length; index++) {
    if (!Number.isFinite(x[index] as number) || !Number.isFinite(y[index] as number)) {
      throw new CoreError(
        "VALUE_NOT_FINITE",
        `A value on the elbow curve is not a finite number (point ${index + 1})`,
      );
    }
    if (index > 0 && (x[index] as number) <= (x[index - 1] as number)) {
      throw new CoreError(
        "KNEE_X_NOT_INCREASING",
        `The values of k on the elbow curve must increase (point ${index + 1})`,
      );
    }
  }
}

/**
 * True when every value equals the first (kneed finds no knee then).
 *
 * @example isConstant([4, 4, 4]) // true
 */
export function isConstant(values: ArrayLike<number>): boolean {
  for (let index = 1; index < values.length; index++) if (values[index] !== values[0]) return false;
  return true;
}

/**
 * (v − min) / (max − min); x is strictly increasing and constant y is handled before, so max > min.
 *
 * @example normalize([2, 4, 6]) // Float64Array [0, 0.5, 1]
 */
export function normalize(values: ArrayLike<number>): Float64Array {
  const series = Float64Array.from(values);
  let low = Infinity;
  let high = -Infinity;
  for (const value of series) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return series.map((value) => (value - low) / (high - low));
}

/**
 * kneed's transform_y: flips (reverses) and/or reflects y so every curve type looks concave increasing.
 *
 * @example orientAsConcaveIncreasing(Float64Array.from([1, 0.2, 0]), "convex", "decreasing") // Float64Array [0, 0.8, 1]
 */
export function orientAsConcaveIncreasing(
  normalizedY: Float64Array,
  curve: KneeCurve,
  direction: KneeDirection,
): Float64Array {
  let high = -Infinity;
  for (const value of normalizedY) if (value > high) high = value;
  if (direction === "decreasing" && curve === "concave") return normalizedY.slice().reverse();
  if (direction === "decreasing" && curve === "convex") return normalizedY.map((value) => high - value);
  if (direction === "increasing" && curve === "convex")
    return normalizedY.map((value) => high - value).reverse();
  return normalizedY;
}

/**
 * scipy's argrelextrema(order=1, mode="clip"): each point against both neighbours, ends compared with themselves.
 *
 * @example localExtrema(Float64Array.from([0, 2, 1]), (value, neighbour) => value >= neighbour) // [false, true, false]
 */
export function localExtrema(
  series: Float64Array,
  holds: (value: number, neighbour: number) => boolean,
): boolean[] {
  const last = series.length - 1;
  return Array.from(series, (value, index) => {
    const before = series[Math.max(index - 1, 0)] as number;
    const after = series[Math.min(index + 1, last)] as number;
    return holds(value, before) && holds(value, after);
  });
}
