import { defineMessages } from "../define-messages";

/**
 * The notes and the centres title of the k-means result sheet (src/report/kmeans-sheet.ts), which the
 * clustering catalogue (cluster.ts) does not hold. Placeholders: {columns}, {used}, {read}, {blank},
 * {nonNumeric}, {restarts}, {seed}, {k}.
 */
export const kmeansSheetText = defineMessages({
  en: {
    columns: "Columns clustered: {columns}.",
    rowsUsed:
      "{used} of {read} rows used; skipped: {blank} with a blank cell, {nonNumeric} with a non-numeric cell.",
    standardized:
      "Each column was standardised (z-scores, population sd) before clustering; centres are in original units.",
    notStandardized: "Columns were clustered as given (use --standardize when their scales differ).",
    settings: "k-means++ with {restarts} restarts per k, seed {seed}.",
    centresTitle: "Clusters at k = {k}",
  },
  "zh-TW": {
    columns: "分群欄位：{columns}。",
    rowsUsed: "使用 {read} 列中的 {used} 列；略過：{blank} 列有空白儲存格，{nonNumeric} 列有非數字儲存格。",
    standardized: "分群前已將各欄標準化（z 分數，母體標準差）；群中心以原始單位列出。",
    notStandardized: "各欄依原值分群（尺度不同時請用 --standardize）。",
    settings: "k-means++，每個 k 重新開始 {restarts} 次，種子 {seed}。",
    centresTitle: "k = {k} 的各群",
  },
  "zh-CN": {
    columns: "分群列：{columns}。",
    rowsUsed: "使用 {read} 行中的 {used} 行；跳过：{blank} 行有空白单元格，{nonNumeric} 行有非数字单元格。",
    standardized: "分群前已将各列标准化（z 分数，总体标准差）；群中心以原始单位列出。",
    notStandardized: "各列按原值分群（尺度不同时请用 --standardize）。",
    settings: "k-means++，每个 k 重新开始 {restarts} 次，种子 {seed}。",
    centresTitle: "k = {k} 的各群",
  },
});
