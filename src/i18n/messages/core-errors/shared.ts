import type { CoreErrorRows } from "./core-error-row";

/** Codes many analyses throw: columns of different lengths, a value that is not a finite number, a bad cell. */
export const SHARED_ERROR_ROWS = {
  CELL_NOT_NUMBER: [
    "{column} must be a number (got {value})",
    "「{column}」必須是數字（目前為「{value}」）。",
    "“{column}”必须是数字（当前为“{value}”）。",
  ],
  COLUMN_LENGTH_MISMATCH: [
    "The columns differ in length",
    "各欄位的長度不同：每個欄位需要相同的列數。",
    "各列的长度不同：每一列需要相同的行数。",
  ],
  VALUE_NOT_FINITE: ["A value is not a finite number", "有數值不是有限數字。", "有数值不是有限数字。"],
} as const satisfies CoreErrorRows;
