import type { CoreErrorRows } from "./core-error-row";

/** The SQL export: names and values a database must accept. */
export const SQL_ERROR_ROWS = {
  SQL_IDENTIFIER_INVALID: [
    "The name {value} cannot be used in SQL",
    "名稱「{value}」無法用於 SQL。",
    "名称“{value}”无法用于 SQL。",
  ],
  SQL_TEXT_INVALID: [
    "The text holds a character SQL text cannot hold",
    "文字含有 SQL 文字無法保存的字元。",
    "文本含有 SQL 文本无法保存的字符。",
  ],
} as const satisfies CoreErrorRows;
