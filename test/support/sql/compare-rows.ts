import type { SqlRow } from "./engine";

export type ExpectedRow = Readonly<Record<string, number | string | null>>;

/**
 * Asserts that the engine's rows equal the core's, row by row in the given order: text and whole numbers
 * exactly (counts and sums of whole amounts), and the columns in `ratioColumns` (ratios, means, quantiles) to a
 * relative 1e-9 (absolute where the expected value is 0). Extra columns of the engine are ignored; a missing
 * or NULL column where a value is expected fails.
 */
export function expectRowsToMatch(
  actual: readonly SqlRow[],
  expected: readonly ExpectedRow[],
  ratioColumns: readonly string[] = [],
): void {
  const problems: string[] = [];
  if (actual.length !== expected.length)
    problems.push(`row count ${actual.length}, expected ${expected.length}`);
  expected.forEach((expectedRow, index) => {
    const actualRow = actual[index];
    for (const [column, want] of Object.entries(expectedRow)) {
      const got = actualRow?.[column];
      if (!matches(got, want, ratioColumns.includes(column))) {
        problems.push(`row ${index + 1} ${column}: got ${String(got)}, expected ${String(want)}`);
      }
    }
  });
  if (problems.length > 0) throw new Error(`rows differ:\n${problems.slice(0, 20).join("\n")}`);
}

function matches(
  got: number | string | null | undefined,
  want: number | string | null,
  isRatio: boolean,
): boolean {
  if (want === null || typeof want === "string") return got === want;
  if (typeof got !== "number") return false;
  if (!isRatio) return got === want;
  return want === 0 ? Math.abs(got) <= 1e-9 : Math.abs(got - want) <= 1e-9 * Math.abs(want);
}

/** Rows sorted by a text column, compared as JavaScript strings (engines' collations differ). */
export function sortedBy<T extends Readonly<Record<string, unknown>>>(
  rows: readonly T[],
  column: string,
): T[] {
  return [...rows].sort((left, right) => {
    const a = String(left[column]);
    const b = String(right[column]);
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
