import { thresholdLevelChecked, validateBreakpoints, type LevelOrder } from "./level";

/**
 * The member study's order-count step function, as ascending breakpoints for {@link thresholdLevels} with
 * order "desc": 7+ orders → level 0, 4–6 → 1, 3 → 2, 2 → 3, 1 → 4.
 */
export const STUDY_ORDER_COUNT_BREAKPOINTS: readonly number[] = Object.freeze([2, 3, 4, 7]);

/**
 * The member study's sales step function, ascending, order "desc": ≥150000 → 0, [70000, 150000) → 1,
 * [50000, 70000) → 2, [30000, 50000) → 3, [10000, 30000) → 4, [5000, 10000) → 5, <5000 → 6.
 */
export const STUDY_SALES_BREAKPOINTS: readonly number[] = Object.freeze([
  5000, 10000, 30000, 50000, 70000, 150000,
]);

/**
 * Threshold level of every value: {@link thresholdLevel} over a column. Boundary rule: bands are closed below,
 * so a value equal to a breakpoint gets the level of the band that starts at it ([2, 3) is one band).
 * With "desc" the highest band is level 0; with "asc" the lowest band is.
 *
 * Cost: O(b) validation once, then O(log b) per value.
 *
 * @throws CoreError BREAKPOINTS_EMPTY, BREAKPOINTS_NOT_ASCENDING, BREAKPOINT_NOT_FINITE, VALUE_NOT_FINITE
 * @example thresholdLevels([1, 2, 3, 5, 7], STUDY_ORDER_COUNT_BREAKPOINTS) // Int32Array [4, 3, 2, 1, 0]
 */
export function thresholdLevels(
  values: ArrayLike<number>,
  breakpoints: readonly number[],
  order: LevelOrder = "desc",
): Int32Array {
  validateBreakpoints(breakpoints);
  const levels = new Int32Array(values.length);
  for (let index = 0; index < values.length; index++) {
    levels[index] = thresholdLevelChecked(values[index] as number, breakpoints, order);
  }
  return levels;
}

/** The study's two level columns for a set of members. */
export interface StudyLevels {
  /** {@link STUDY_ORDER_COUNT_BREAKPOINTS} applied to frequency: 0 (7+ orders) .. 4 (1 order). */
  readonly orderCountLevel: Int32Array;
  /** {@link STUDY_SALES_BREAKPOINTS} applied to monetary: 0 (≥150000) .. 6 (<5000). */
  readonly salesLevel: Int32Array;
}

/**
 * The member study's order-count and sales levels for members' frequency and monetary value.
 *
 * Cost: O(n).
 *
 * @throws CoreError VALUE_NOT_FINITE
 * @example
 * studyLevels({ frequency: [1, 7], monetary: [4999, 150000] })
 * // { orderCountLevel: Int32Array [4, 0], salesLevel: Int32Array [6, 0] }
 */
export function studyLevels(members: {
  readonly frequency: ArrayLike<number>;
  readonly monetary: ArrayLike<number>;
}): StudyLevels {
  return {
    orderCountLevel: thresholdLevels(members.frequency, STUDY_ORDER_COUNT_BREAKPOINTS, "desc"),
    salesLevel: thresholdLevels(members.monetary, STUDY_SALES_BREAKPOINTS, "desc"),
  };
}
