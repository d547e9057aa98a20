import { keyText, numberOrNull, requireSameLength, type KeyCell, type NumberCell } from "./cells";

/**
 * Σ amount per key (e.g. per buyer, for the Pareto share of buyers), keys in first-seen order; rows with a
 * blank key are left out and counted.
 *
 * Cost: O(n).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH
 * @example spendByKey(["m1", "m2", "m1"], [10, 5, 20]) // { keys: ["m1", "m2"], totals: [30, 5], unkeyedRowCount: 0 }
 */
export function spendByKey(
  keys: readonly KeyCell[],
  amounts: readonly NumberCell[],
): { readonly keys: string[]; readonly totals: number[]; readonly unkeyedRowCount: number } {
  requireSameLength("spendByKey", { keys, amounts });
  const totals = new Map<string, number>();
  let unkeyedRowCount = 0;
  keys.forEach((cell, row) => {
    const key = keyText(cell);
    if (key === null) {
      unkeyedRowCount++;
      return;
    }
    totals.set(key, (totals.get(key) ?? 0) + (numberOrNull(amounts[row]) ?? 0));
  });
  return { keys: [...totals.keys()], totals: [...totals.values()], unkeyedRowCount };
}
