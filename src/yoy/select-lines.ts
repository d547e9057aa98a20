import type { TransactionLines } from "../promo/tables";

/** The lines at the given row indexes (every given column subset alike). Cost: O(rows × columns). */
export function selectLines(lines: TransactionLines, rows: readonly number[]): TransactionLines {
  const pick = <T>(column: readonly T[] | undefined): T[] | undefined =>
    column === undefined ? undefined : rows.map((row) => column[row] as T);
  const selected: Record<string, unknown[] | undefined> = {};
  for (const [name, column] of Object.entries(lines) as [string, readonly unknown[] | undefined][]) {
    const picked = pick(column);
    if (picked !== undefined) selected[name] = picked;
  }
  return selected as unknown as TransactionLines;
}
