import { defineMessages } from "../../src/i18n/define-messages";

/** Labels the port writes on every result sheet: the run-record block and the scatter charts' data blocks. */
export const portText = defineMessages({
  en: {
    runRecordTitle: "Run record",
    inputAddress: "Input",
    rowCount: "Rows",
    seed: "Seed",
    engineVersion: "Engine version",
    timestamp: "Run at",
    parameters: "Parameters",
    chartData: "Chart data: {title}",
  },
  "zh-TW": {
    runRecordTitle: "執行紀錄",
    inputAddress: "輸入範圍",
    rowCount: "列數",
    seed: "亂數種子",
    engineVersion: "引擎版本",
    timestamp: "執行時間",
    parameters: "參數",
    chartData: "圖表資料：{title}",
  },
  "zh-CN": {
    runRecordTitle: "运行记录",
    inputAddress: "输入范围",
    rowCount: "行数",
    seed: "随机种子",
    engineVersion: "引擎版本",
    timestamp: "运行时间",
    parameters: "参数",
    chartData: "图表数据：{title}",
  },
});
