import { assertCurve, isConstant, localExtrema, normalize, orientAsConcaveIncreasing } from "./kneedle-steps";

export type KneeCurve = "concave" | "convex";
export type KneeDirection = "increasing" | "decreasing";

export interface KneedleOptions {
  /** "convex" finds elbows (an inertia curve), "concave" knees. @default "concave" (as kneed) */
  readonly curve?: KneeCurve;
  /** @default "increasing" (as kneed) */
  readonly direction?: KneeDirection;
  /** Sensitivity S: how many mean x-steps the difference curve must drop below a maximum. @default 1 */
  readonly sensitivity?: number;
  /** false: the first knee found (kneed's default); true: keep scanning and return the last one. @default false */
  readonly online?: boolean;
}

export interface KneePoint {
  /** 0-based position in x/y. */
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

export interface KneedleResult {
  /** The knee (elbow), or null when the curve has none (e.g. a straight line or constant y). */
  readonly knee: KneePoint | null;
  /** Every knee met while scanning (only the first in offline mode). */
  readonly allKnees: readonly KneePoint[];
  /** x scaled to 0..1. */
  readonly normalizedX: Float64Array;
  /** The difference curve (normalised, knee-oriented y − normalised x) whose maxima are candidates. */
  readonly difference: Float64Array;
}

/**
 * Knee / elbow of a curve by Kneedle (Satopää, Albrecht, Irwin & Raghavan 2011), exactly as the Python
 * `kneed` package's KneeLocator with interp_method "interp1d" on the points themselves (no smoothing):
 * normalise x and y to 0..1, flip y so the curve is concave increasing, take the difference curve
 * y − x, and report the first local maximum after which the difference falls below
 * max − S × mean x-step (before reaching a local minimum). Reproduces kneed's four reference curves and the
 * paper's figure 2.
 *
 * Cost: O(n) for n points.
 *
 * @throws CoreError KNEE_TOO_FEW_POINTS (< 3), KNEE_LENGTH_MISMATCH, VALUE_NOT_FINITE,
 *   KNEE_X_NOT_INCREASING, KNEE_SENSITIVITY_INVALID
 * @example kneedle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [100, 40, 20, 15, 10, 5, 4, 3, 2, 1], { curve: "convex", direction: "decreasing" }).knee // { index: 2, x: 2, y: 20 }
 */
export function kneedle(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: KneedleOptions = {},
): KneedleResult {
  const { curve = "concave", direction = "increasing", sensitivity = 1, online = false } = options;
  assertCurve(x, y, sensitivity);
  const count = x.length;
  const normalizedX = normalize(x);
  if (isConstant(y)) {
    // kneed divides by zero here and finds no knee; say so without NaN.
    return { knee: null, allKnees: [], normalizedX, difference: normalizedX.map((value) => -value) };
  }
  const normalizedY = orientAsConcaveIncreasing(normalize(y), curve, direction);
  const difference = normalizedY.map((value, index) => value - (normalizedX[index] as number));
  const isMaximum = localExtrema(difference, (value, neighbour) => value >= neighbour);
  const isMinimum = localExtrema(difference, (value, neighbour) => value <= neighbour);
  let stepSum = 0;
  for (let index = 1; index < count; index++)
    stepSum += (normalizedX[index] as number) - (normalizedX[index - 1] as number);
  const meanStep = Math.abs(stepSum / (count - 1));
  const mirrored = (curve === "convex") === (direction === "increasing");
  const allKnees: KneePoint[] = [];
  let threshold = 0;
  let thresholdIndex = -1;
  const firstMaximum = isMaximum.indexOf(true);
  for (let index = Math.max(firstMaximum, 0); firstMaximum >= 0 && index < count - 1; index++) {
    if (isMaximum[index]) {
      threshold = (difference[index] as number) - sensitivity * meanStep;
      thresholdIndex = index;
    }
    if (isMinimum[index]) threshold = 0;
    if ((difference[index + 1] as number) < threshold) {
      const kneeIndex = mirrored ? count - 1 - thresholdIndex : thresholdIndex;
      if (!allKnees.some((knee) => knee.index === kneeIndex)) {
        allKnees.push({ index: kneeIndex, x: x[kneeIndex] as number, y: y[kneeIndex] as number });
      }
      if (!online) break;
    }
  }
  return { knee: allKnees[allKnees.length - 1] ?? null, allKnees, normalizedX, difference };
}
