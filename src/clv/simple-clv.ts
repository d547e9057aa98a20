import { CoreError } from "../errors";

/**
 * The simple CLV of the member-marketing article: expected lifetime in days × value per day.
 * Both inputs are the caller's: e.g. the population's mean lifetime and a member's (or the population's)
 * spend per day of lifetime, as {@link simpleClvFromOrders} computes them.
 *
 * Cost: O(1).
 *
 * @throws CoreError SIMPLE_CLV_INPUT_INVALID (either input not finite or below 0)
 * @example simpleClv(2.5, 120) // 300
 */
export function simpleClv(valuePerDay: number, lifetimeDays: number): number {
  for (const [name, value] of [
    ["value per day", valuePerDay],
    ["lifetime days", lifetimeDays],
  ] as const) {
    if (!Number.isFinite(value) || value < 0) {
      throw new CoreError(
        "SIMPLE_CLV_INPUT_INVALID",
        `The ${name} must be a number ≥ 0 (got ${String(value)})`,
      );
    }
  }
  return valuePerDay * lifetimeDays;
}
