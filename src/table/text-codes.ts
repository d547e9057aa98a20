import type { Column } from "./types";

/**
 * A text column's values as compact integer codes into the list of its distinct values: what the analyses
 * that group by a key (members, orders) need, without hashing a string per row. Built by the CSV path
 * (buildTextColumn), which interns each cell on its offsets in the file's text.
 */
export interface TextCodes {
  /** Per row: the index of the row's value in `dictionary`, or -1 where the value is null. */
  readonly codes: Int32Array;
  /** The column's distinct values (each once; their order is not meaningful). */
  readonly dictionary: readonly string[];
}

/*
 * Kept beside the table rather than in the column's type: a column made from another with new values (a
 * spread with other values, a copy, a structured clone into a worker) simply has no codes, so stale codes
 * can never describe values they were not made from. The values array is the key: its identity is the
 * column's, and the Table's arrays are never written after they are built.
 */
const codesByValues = new WeakMap<readonly unknown[], TextCodes>();

/**
 * Records that `values[i] === codes.dictionary[codes.codes[i]]` (and null where the code is -1), so that
 * {@link textCodesOf} can hand the codes to an analysis. The caller guarantees the equality.
 */
export function rememberTextCodes(values: readonly (string | null)[], codes: TextCodes): void {
  codesByValues.set(values, codes);
}

/**
 * The codes of a text column whose reader recorded them, else undefined (the analysis then reads the values).
 *
 * Cost: O(1).
 *
 * @example
 * const column = { name: "Member", header: "Member", sourceIndex: 0, role: null, type: "text", values: ["a", null, "a"] } as const;
 * textCodesOf(column) // undefined (nothing recorded)
 * rememberTextCodes(column.values, { codes: Int32Array.of(0, -1, 0), dictionary: ["a"] });
 * textCodesOf(column)?.codes // Int32Array [0, -1, 0]
 */
export function textCodesOf(column: Column): TextCodes | undefined {
  return column.type === "text" ? codesByValues.get(column.values) : undefined;
}
