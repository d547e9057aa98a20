import type { CoreErrorRows } from "./core-error-row";

/** Reading a table: the pasted block or file, column names, roles and types given by the user, dates. */
export const TABLE_ERROR_ROWS = {
  COLUMN_ROLE_CONFLICT: [
    "A column was given two roles: give it one.",
    "同一欄位被指定了兩個角色：請只指定一個。",
    "同一列被指定了两个角色：请只指定一个。",
  ],
  DATE_INVALID: [
    "A date is not valid",
    "日期無效：必須是 1900-03-01 到 9999-12-31 之間的日期，寫成 YYYY-MM-DD。",
    "日期无效：必须是 1900-03-01 到 9999-12-31 之间的日期，写成 YYYY-MM-DD。",
  ],
  "DATE_INVALID.detailed": [
    "The date on row {row} must be a date between 1900-03-01 and 9999-12-31",
    "第 {row} 列的日期無效：必須是 1900-03-01 到 9999-12-31 之間的日期。",
    "第 {row} 行的日期无效：必须是 1900-03-01 到 9999-12-31 之间的日期。",
  ],
  DATE_OUT_OF_RANGE: [
    "A day number is outside 1900-03-01 … 9999-12-31",
    "日期超出 1900-03-01 … 9999-12-31 的範圍。",
    "日期超出 1900-03-01 … 9999-12-31 的范围。",
  ],
  EMPTY_GRID: [
    "The selection is empty: select the table you pasted, including its header row.",
    "選取範圍是空的：請選取貼上的表格，包括標題列。",
    "选择区域是空的：请选取粘贴的表格，包括标题行。",
  ],
  INVALID_GRID: [
    "The input could not be read as rows of cells",
    "無法將輸入讀成儲存格的列。",
    "无法将输入读成单元格的行。",
  ],
  INVALID_OPTION: [
    "A setting is not valid",
    "設定無效：日期順序須為 dmy 或 mdy，小數點須為 dot 或 comma，今天須為日期。",
    "设置无效：日期顺序须为 dmy 或 mdy，小数点须为 dot 或 comma，今天须为日期。",
  ],
  MISSING_COLUMN: [
    "The summary needs a header row with the columns (missing: {column})",
    "摘要需要含這些欄位的標題列（缺少：{column}）。",
    "摘要需要含这些列的标题行（缺少：{column}）。",
  ],
  NO_DATA_ROWS: [
    "The selection has a header row but no data rows below it: select the header and at least one row of data.",
    "選取範圍只有標題列，下方沒有資料：請選取標題列與至少一列資料。",
    "选择区域只有标题行，下方没有数据：请选取标题行与至少一行数据。",
  ],
  NUMBER_INVALID: ["A value must be a number", "數值必須是數字。", "数值必须是数字。"],
  "NUMBER_INVALID.detailed": [
    "The value on row {row} must be a number",
    "第 {row} 列的數值必須是數字。",
    "第 {row} 行的数值必须是数字。",
  ],
  SERIAL_OUT_OF_RANGE: [
    "A date must be a day number from 1 to 2958465",
    "日期必須是 1 到 2958465 之間的日序號。",
    "日期必须是 1 到 2958465 之间的日序号。",
  ],
  UNKNOWN_COLUMN: [
    'No column is named "{value}" (columns: {bound}).',
    "沒有名為「{value}」的欄位（現有欄位：{bound}）。",
    "没有名为“{value}”的列（现有列：{bound}）。",
  ],
  UNKNOWN_ROLE: [
    "This is not a column role this add-in knows.",
    "這不是此增益集認得的欄位角色。",
    "这不是此加载项认得的列角色。",
  ],
  UNKNOWN_TYPE: [
    "This is not a column type (number, date, text or yes/no).",
    "這不是欄位類型（數值、日期、文字或是/否）。",
    "这不是列类型（数值、日期、文本或是/否）。",
  ],
} as const satisfies CoreErrorRows;
