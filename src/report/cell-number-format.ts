import type { ReportColumn } from "./types";

/**
 * The number format of a column's data cell in row `row` (0-based among the data rows): the row's own format
 * when the column has one for it, else the column's.
 *
 * Cost: O(1).
 *
 * @example cellNumberFormat({ key: "value", header: "Value", numberFormat: "General", rowNumberFormats: ["#,##0.00", null] }, 0) // "#,##0.00"
 * @example cellNumberFormat({ key: "value", header: "Value", numberFormat: "General", rowNumberFormats: ["#,##0.00", null] }, 1) // "General"
 */
export function cellNumberFormat(column: ReportColumn, row: number): string {
  return column.rowNumberFormats?.[row] ?? column.numberFormat;
}

/**
 * A format that shows `value` to about `digits` significant digits (fixed decimals chosen by its magnitude, as
 * Excel has no significant-digit format): 0.2426 → "0.0000", 4.414 → "0.000", 1234.5 → "#,##0"; below 0.001
 * in scientific notation with digits − 1 decimals.
 *
 * Cost: O(1).
 *
 * @example significantDigitsFormat(0.24263, 4) // "0.0000"
 * @example significantDigitsFormat(4.4135, 4) // "0.000"
 * @example significantDigitsFormat(-9582.4, 4) // "#,##0"
 * @example significantDigitsFormat(0, 4) // "0"
 * @example significantDigitsFormat(0.0000123, 4) // "0.000E+00"
 */
export function significantDigitsFormat(value: number, digits: number): string {
  if (value === 0 || !Number.isFinite(value)) return "0";
  if (Math.abs(value) < 0.001) return `0.${"0".repeat(digits - 1)}E+00`;
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(value))));
  return decimals === 0 ? "#,##0" : `0.${"0".repeat(decimals)}`;
}

/**
 * Formats for a column of model figures, one per row: text as text, whole numbers (iterations, customers) with
 * thousands separators, other numbers to 4 significant digits (parameters, log-likelihood, gradient norm).
 *
 * @example modelValueFormats([0.2426, 180, "yes", -9582.4]) // ["0.0000", "#,##0", "@", "#,##0"]
 */
export function modelValueFormats(values: readonly unknown[]): string[] {
  return values.map((value) => {
    if (typeof value !== "number") return "@";
    return Number.isInteger(value) ? "#,##0" : significantDigitsFormat(value, 4);
  });
}
