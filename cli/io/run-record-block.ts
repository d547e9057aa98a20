import type { Locale } from "../../src/i18n/locale";
import { runParameterRows } from "../../src/report/run-parameters";
import { formatRunTime } from "../../src/report/run-time";
import type { RunRecord } from "../../src/report/types";

const LABELS: Record<Locale, Record<"title" | "input" | "rows" | "seed" | "engine" | "time", string>> = {
  en: {
    title: "Run record",
    input: "Input",
    rows: "Rows",
    seed: "Seed",
    engine: "Engine",
    time: "Run at",
  },
  "zh-TW": {
    title: "執行紀錄",
    input: "輸入",
    rows: "列數",
    seed: "亂數種子",
    engine: "引擎",
    time: "執行時間",
  },
  "zh-CN": {
    title: "运行记录",
    input: "输入",
    rows: "行数",
    seed: "随机种子",
    engine: "引擎",
    time: "运行时间",
  },
};

/** The run record as label/value rows, written under a sheet's tables so each number can be traced. */
export function runRecordRows(record: RunRecord, locale: Locale): [string, string | number][] {
  const labels = LABELS[locale];
  const rows: [string, string | number][] = [
    [labels.title, ""],
    [labels.input, record.inputAddress],
    [labels.rows, record.rowCount],
  ];
  for (const [name, value] of runParameterRows(locale, record.parameters)) rows.push([name, value]);
  if (record.seed !== undefined) rows.push([labels.seed, record.seed]);
  rows.push([labels.engine, record.engineVersion], [labels.time, formatRunTime(locale, record.timestampIso)]);
  return rows;
}
