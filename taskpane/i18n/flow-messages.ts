import { defineMessages } from "../../src/i18n/define-messages";

/**
 * The pane's flow across tabs (issue 12, items 8-10 and 13): the shared input, the columns each tab needs and its
 * sample, progress and cancel, step titles. Kept apart from pane-messages.ts so each catalog stays one concern.
 */
export const flowText = defineMessages({
  en: {
    addInSheet: "“{sheet}” is a sheet this add-in wrote, not your data.",
    keepInputQuestion: "Keep the current input ({address})?",
    selectDataHint: "Select your exported table (on its own sheet) and try again.",
    keepInput: "Keep the current input",
    useAnyway: "Use “{sheet}” anyway",
    dismiss: "Dismiss",
    stepInput: "Input",
    stepColumns: "Columns",
    stepSettings: "Settings",
    stepRun: "Run",
    stepResults: "Results",
    stepHeading: "{number}. {title}",
    noProblems: "{rows} rows and {columns} columns read; no problems found.",
    someProblems: "{rows} rows and {columns} columns read; {issues} kinds of problem found.",
    oneProblem: "{rows} rows and {columns} columns read; 1 kind of problem found.",
  },
  "zh-TW": {
    addInSheet: "「{sheet}」是本增益集寫入的工作表，不是您的資料。",
    keepInputQuestion: "保留目前的輸入（{address}）嗎？",
    selectDataHint: "請選取您匯出的資料表（在其自己的工作表上），然後再試一次。",
    keepInput: "保留目前的輸入",
    useAnyway: "仍然使用「{sheet}」",
    dismiss: "關閉",
    stepInput: "輸入",
    stepColumns: "欄位",
    stepSettings: "設定",
    stepRun: "執行",
    stepResults: "結果",
    stepHeading: "{number}. {title}",
    noProblems: "已讀取 {rows} 列、{columns} 欄；沒有發現問題。",
    someProblems: "已讀取 {rows} 列、{columns} 欄；發現 {issues} 類問題。",
    oneProblem: "已讀取 {rows} 列、{columns} 欄；發現 1 類問題。",
  },
  "zh-CN": {
    addInSheet: "“{sheet}”是本加载项写入的工作表，不是您的数据。",
    keepInputQuestion: "保留当前的输入（{address}）吗？",
    selectDataHint: "请选择您导出的数据表（在其自己的工作表上），然后重试。",
    keepInput: "保留当前的输入",
    useAnyway: "仍然使用“{sheet}”",
    dismiss: "关闭",
    stepInput: "输入",
    stepColumns: "字段",
    stepSettings: "设置",
    stepRun: "运行",
    stepResults: "结果",
    stepHeading: "{number}. {title}",
    noProblems: "已读取 {rows} 行、{columns} 列；没有发现问题。",
    someProblems: "已读取 {rows} 行、{columns} 列；发现 {issues} 类问题。",
    oneProblem: "已读取 {rows} 行、{columns} 列；发现 1 类问题。",
  },
});

export type FlowTextKey = Parameters<typeof flowText>[1];
