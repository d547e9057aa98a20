import { defineMessages } from "../define-messages";

/**
 * How a file and its columns were read (number style, day order, encoding), for the quality report's notes.
 * One line per key: [en, zh-TW, zh-CN].
 */
const ROWS = {
  "reading.semicolonFile": [
    "Semicolon-separated file: numbers are read with a decimal comma (1.234,5) unless a column's values say otherwise.",
    "以分號分隔的檔案：數字以逗號作小數點讀取（1.234,5），除非欄中的值另有判定。",
    "以分号分隔的文件：数字以逗号作小数点读取（1.234,5），除非列中的值另有判定。",
  ],
  "reading.encodingDetected": [
    "The file is not UTF-8: read as {encoding}, chosen from its characters (set the encoding if the text looks wrong).",
    "檔案不是 UTF-8：依其字元判定，以 {encoding} 讀取（若文字有誤，請指定編碼）。",
    "文件不是 UTF-8：根据其字符判定，以 {encoding} 读取（若文字有误，请指定编码）。",
  ],
  "reading.encodingGiven": ["Read as {encoding}.", "以 {encoding} 讀取。", "以 {encoding} 读取。"],
  "reading.numbersComma": [
    "{column}: numbers read with a decimal comma (1.234,5 = 1234.5).",
    "{column}：數字以逗號作小數點讀取（1.234,5 = 1234.5）。",
    "{column}：数字以逗号作小数点读取（1.234,5 = 1234.5）。",
  ],
  "reading.numbersDotAssumed": [
    "{column}: numbers read with a decimal point (1,234.5), assumed: no value decides.",
    "{column}：數字以句點作小數點讀取（1,234.5），為推定：沒有值能判定。",
    "{column}：数字以句点作小数点读取（1,234.5），为推定：没有值能判定。",
  ],
  "reading.numbersMixed": [
    "{column}: both number styles occur; only values that read the same either way were kept.",
    "{column}：兩種數字格式並存；只保留兩種讀法結果相同的值。",
    "{column}：两种数字格式并存；只保留两种读法结果相同的值。",
  ],
  "reading.dayOrder.dmy": [
    "{column}: dates read day/month/year.",
    "{column}：日期按 日/月/年 讀取。",
    "{column}：日期按 日/月/年 读取。",
  ],
  "reading.dayOrder.mdy": [
    "{column}: dates read month/day/year.",
    "{column}：日期按 月/日/年 讀取。",
    "{column}：日期按 月/日/年 读取。",
  ],
  "reading.dayOrderAssumed.dmy": [
    "{column}: dates read day/month/year, assumed: no value has a part above 12.",
    "{column}：日期按 日/月/年 讀取，為推定：沒有大於 12 的日或月。",
    "{column}：日期按 日/月/年 读取，为推定：没有大于 12 的日或月。",
  ],
  "reading.dayOrderAssumed.mdy": [
    "{column}: dates read month/day/year, assumed: no value has a part above 12.",
    "{column}：日期按 月/日/年 讀取，為推定：沒有大於 12 的日或月。",
    "{column}：日期按 月/日/年 读取，为推定：没有大于 12 的日或月。",
  ],
} as const satisfies Record<string, readonly [string, string, string]>;

export type ReadingMessageKey = keyof typeof ROWS;

function pick(index: 0 | 1 | 2): Record<ReadingMessageKey, string> {
  const catalog = {} as Record<ReadingMessageKey, string>;
  for (const key of Object.keys(ROWS) as ReadingMessageKey[]) catalog[key] = ROWS[key][index];
  return catalog;
}

/** Translator for the reading notes: `readingText("en", "reading.dayOrder.dmy", { column: "Date" })`. */
export const readingText = defineMessages<ReadingMessageKey>({
  en: pick(0),
  "zh-TW": pick(1),
  "zh-CN": pick(2),
});
