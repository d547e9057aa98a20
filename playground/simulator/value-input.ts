import type { CellValue } from "./cell-store";

/** What writing one element of a `values` array does to its cell. */
export type ValueInput =
  | { readonly kind: "unchanged" }
  | { readonly kind: "clear" }
  | { readonly kind: "set"; readonly value: CellValue; readonly formula?: string }
  | { readonly kind: "invalid" };

const NUMBER_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * How Excel stores one written element of `Range.values`:
 * - `null` leaves the cell unchanged and "" clears it ("Blank and null values in Excel add-ins",
 *   learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values);
 * - a string starting with "=", "+" or "-" is a formula (Excel.Range.values reference: "If the returned value
 *   starts with a plus, minus, or equal sign, Excel interprets this value as a formula"); the simulator keeps
 *   the formula text and does not evaluate it;
 * - a leading apostrophe stores the rest as text (Excel's prefix character);
 * - number-like text becomes a number and TRUE/FALSE a Boolean, as typing it would (the same doc's example
 *   writes '29.96' to get a number). Dates, percentages and currencies in text are kept as text here.
 * - numbers that JSON cannot carry (NaN, ±Infinity) arrive as null, so they leave the cell unchanged.
 */
export function interpretValue(input: unknown): ValueInput {
  if (input === null) return { kind: "unchanged" };
  if (typeof input === "number") {
    return Number.isFinite(input) ? { kind: "set", value: input } : { kind: "unchanged" };
  }
  if (typeof input === "boolean") return { kind: "set", value: input };
  if (typeof input !== "string") return { kind: "invalid" };
  if (input === "") return { kind: "clear" };
  if (input.startsWith("'")) return { kind: "set", value: input.slice(1) };
  if (NUMBER_TEXT.test(input)) return { kind: "set", value: Number(input) };
  if (/^[=+-]/.test(input)) return { kind: "set", value: input, formula: input };
  if (/^(true|false)$/i.test(input)) return { kind: "set", value: input.toLowerCase() === "true" };
  return { kind: "set", value: input };
}

/** How Excel stores one written element of `Range.numberFormat`: null unchanged, "" resets to General. */
export function interpretFormat(
  input: unknown,
): { readonly kind: "unchanged" | "invalid" } | { readonly kind: "set"; readonly format: string } {
  if (input === null) return { kind: "unchanged" };
  if (typeof input !== "string") return { kind: "invalid" };
  return { kind: "set", format: input === "" ? "General" : input };
}
