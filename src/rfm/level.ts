import { CoreError } from "../errors";

/** Which end of the scale gets level 0. */
export type LevelOrder = "desc" | "asc";

/**
 * Threshold level of a value against ascending breakpoints: the member study's step functions.
 *
 * Bands are closed below: a value equal to a breakpoint belongs to the band that starts at it. With
 * `order = "desc"` (higher value = better = level 0) the level is the number of breakpoints strictly above
 * the value; with `"asc"` (lower value = level 0, e.g. recency in days) it is the number of breakpoints at
 * or below it. So n breakpoints give levels 0..n.
 *
 * The study's order-count function is breakpoints [2, 3, 4, 7], desc: 7+ → 0, 4–6 → 1, 3 → 2, 2 → 3, 1 → 4.
 * Its sales function is [5000, 10000, 30000, 50000, 70000, 150000], desc: ≥150000 → 0, [70000, 150000) → 1,
 * [50000, 70000) → 2, [30000, 50000) → 3, [10000, 30000) → 4, [5000, 10000) → 5, <5000 → 6. (The study's own
 * code tested `> 150000` and `< 150000`, leaving 150000 itself without a level; here it is level 0, like
 * every other breakpoint, which starts the band above it.)
 *
 * Cost: O(log n) per value after O(n) validation.
 *
 * @throws CoreError BREAKPOINTS_EMPTY, BREAKPOINTS_NOT_ASCENDING, BREAKPOINT_NOT_FINITE, VALUE_NOT_FINITE
 * @example thresholdLevel(5, [2, 3, 4, 7]) // 1
 */
export function thresholdLevel(
  value: number,
  breakpoints: readonly number[],
  order: LevelOrder = "desc",
): number {
  validateBreakpoints(breakpoints);
  return thresholdLevelChecked(value, breakpoints, order);
}

/** As {@link thresholdLevel}, for breakpoints already passed through {@link validateBreakpoints}. */
export function thresholdLevelChecked(
  value: number,
  breakpoints: readonly number[],
  order: LevelOrder,
): number {
  if (!Number.isFinite(value)) {
    throw new CoreError("VALUE_NOT_FINITE", `The value must be a finite number (got ${String(value)})`);
  }
  const atOrBelow = countAtOrBelow(value, breakpoints);
  return order === "asc" ? atOrBelow : breakpoints.length - atOrBelow;
}

/** Throws unless the breakpoints are a non-empty, finite, strictly ascending list. */
export function validateBreakpoints(breakpoints: readonly number[]): void {
  if (breakpoints.length === 0) {
    throw new CoreError("BREAKPOINTS_EMPTY", "At least one breakpoint is needed");
  }
  for (let index = 0; index < breakpoints.length; index++) {
    const current = breakpoints[index] as number;
    if (!Number.isFinite(current)) {
      throw new CoreError("BREAKPOINT_NOT_FINITE", `Breakpoint ${index + 1} is not a number`, {
        argument: "breakpoints",
        row: index,
      });
    }
    if (index > 0 && current <= (breakpoints[index - 1] as number)) {
      throw new CoreError(
        "BREAKPOINTS_NOT_ASCENDING",
        `Breakpoints must strictly ascend (breakpoint ${index + 1}, ${current}, is not above ${breakpoints[index - 1]})`,
        { argument: "breakpoints", row: index, value: current, bound: breakpoints[index - 1] as number },
      );
    }
  }
}

/** Number of sorted breakpoints ≤ value (binary search). */
function countAtOrBelow(value: number, sortedBreakpoints: readonly number[]): number {
  let low = 0;
  let high = sortedBreakpoints.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sortedBreakpoints[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
