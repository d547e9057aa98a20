import { CoreError } from "../errors";
import { keyText, requireSameLength, type KeyCell, type NumberCell } from "./cells";

export interface ParetoShare {
  /** How many items make the top fraction: ceil(topFraction × item count). */
  readonly topCount: number;
  readonly itemCount: number;
  readonly topValue: number;
  readonly totalValue: number;
  /** topValue / totalValue. */
  readonly share: number;
}

/**
 * Share of the total held by the top `topFraction` of items by value (e.g. GMV of the top 20 % of products or
 * of buyers): items sorted by value descending, the top ceil(topFraction × n) summed. Blank values are 0.
 *
 * Cost: O(n log n).
 *
 * @throws CoreError PARETO_FRACTION_INVALID, PARETO_EMPTY, PARETO_NEGATIVE_VALUE, PARETO_TOTAL_ZERO
 * @example paretoShare([50, 30, 10, 5, 5], 0.2) // { topCount: 1, itemCount: 5, topValue: 50, totalValue: 100, share: 0.5 }
 */
export function paretoShare(values: readonly NumberCell[], topFraction: number): ParetoShare {
  if (!Number.isFinite(topFraction) || topFraction <= 0 || topFraction > 1) {
    throw new CoreError(
      "PARETO_FRACTION_INVALID",
      `The top share must be above 0 and at most 1 (got ${topFraction})`,
    );
  }
  const sorted = checkedValues("paretoShare", values).sort((a, b) => b - a);
  const totalValue = sorted.reduce((sum, value) => sum + value, 0);
  if (totalValue === 0) throw new CoreError("PARETO_TOTAL_ZERO", "The total must be above 0");
  // ceil(0.2 × 5) must be 1, not 2 from 1.0000000000000002: round away float noise before ceil.
  const topCount = Math.ceil(Number((topFraction * sorted.length).toPrecision(12)));
  const topValue = sorted.slice(0, topCount).reduce((sum, value) => sum + value, 0);
  return { topCount, itemCount: sorted.length, topValue, totalValue, share: topValue / totalValue };
}

export type AbcClass = "A" | "B" | "C";

export interface AbcRow {
  readonly key: string;
  readonly value: number;
  /** 1-based rank by value descending (ties keep input order). */
  readonly rank: number;
  readonly share: number;
  /** Share of the total of this item and all ranked above it. */
  readonly cumulativeShare: number;
  readonly abcClass: AbcClass;
}

/**
 * ABC classes by cumulative share of the total (classic 80/15/5): items sorted by value descending; an item
 * whose cumulative share (itself included) is ≤ aUpTo is A, ≤ bUpTo is B, otherwise C. Boundary rule: exactly
 * 80 % is still A. Note the rule's consequence: a single item holding more than 80 % is B (or C above 95 %).
 * Float noise is rounded away (cumulative shares compared at 12 significant digits).
 *
 * Cost: O(n log n).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, PARETO_EMPTY, PARETO_NEGATIVE_VALUE, PARETO_TOTAL_ZERO, ABC_LIMITS_INVALID
 * @example abcClasses(["a", "b", "c"], [80, 15, 5]).map((row) => row.abcClass) // ["A", "B", "C"]
 */
export function abcClasses(
  keys: readonly KeyCell[],
  values: readonly NumberCell[],
  limits: { readonly aUpTo: number; readonly bUpTo: number } = { aUpTo: 0.8, bUpTo: 0.95 },
): AbcRow[] {
  requireSameLength("abcClasses", { keys, values });
  if (!(limits.aUpTo > 0 && limits.aUpTo < limits.bUpTo && limits.bUpTo <= 1)) {
    throw new CoreError(
      "ABC_LIMITS_INVALID",
      `The ABC limits must satisfy 0 < A limit < B limit ≤ 1 (got ${limits.aUpTo}, ${limits.bUpTo})`,
    );
  }
  const numbers = checkedValues("abcClasses", values);
  const totalValue = numbers.reduce((sum, value) => sum + value, 0);
  if (totalValue === 0) throw new CoreError("PARETO_TOTAL_ZERO", "The total must be above 0");
  const order = numbers
    .map((_, index) => index)
    .sort((a, b) => (numbers[b] as number) - (numbers[a] as number) || a - b);
  let running = 0;
  return order.map((index, position) => {
    const value = numbers[index] as number;
    running += value;
    const cumulativeShare = running / totalValue;
    const rounded = Number(cumulativeShare.toPrecision(12));
    const abcClass: AbcClass = rounded <= limits.aUpTo ? "A" : rounded <= limits.bUpTo ? "B" : "C";
    const key = keyText(keys[index] ?? null) ?? `#${index + 1}`;
    return { key, value, rank: position + 1, share: value / totalValue, cumulativeShare, abcClass };
  });
}

function checkedValues(functionName: string, values: readonly NumberCell[]): number[] {
  if (values.length === 0) throw new CoreError("PARETO_EMPTY", "At least one value is needed");
  return values.map((value, index) => {
    const number = value === null || !Number.isFinite(value) ? 0 : value;
    if (number < 0) {
      throw new CoreError("PARETO_NEGATIVE_VALUE", `Value ${number} is negative (item ${index + 1})`);
    }
    return number;
  });
}
