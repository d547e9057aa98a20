import { defineMessages } from "../../src/i18n/define-messages";

/** Lines of the `kmeans` and `segment` text output and notes that the sheet builders do not already hold. */
export const clusterCliText = defineMessages({
  en: {
    columns: "Columns clustered: {columns}.",
    ignored: "Columns left out (not read as numbers): {columns}.",
    rowsUsed:
      "{used} of {read} rows used; skipped: {blank} with a blank cell, {nonNumeric} with a non-numeric cell.",
    standardized:
      "Each column was standardised (z-scores, population sd) before clustering; centres are in original units.",
    notStandardized: "Columns were clustered as given (use --standardize when their scales differ).",
    settings: "k-means++ with {restarts} restarts per k, seed {seed}.",
    centresTitle: "Clusters at k = {k}",
    kRecommended: "k = {k}: the recommendation (--k auto).",
    kGiven: "k = {k}: as given with --k.",
    members: "{members} members from {used} of {read} rows; scoring: {scoring}.",
  },
  "zh-TW": {
    columns: "分群欄位：{columns}。",
    ignored: "未使用的欄位（非數字）：{columns}。",
    rowsUsed: "使用 {read} 列中的 {used} 列；略過：{blank} 列有空白儲存格，{nonNumeric} 列有非數字儲存格。",
    standardized: "分群前已將各欄標準化（z 分數，母體標準差）；群中心以原始單位列出。",
    notStandardized: "各欄依原值分群（尺度不同時請用 --standardize）。",
    settings: "k-means++，每個 k 重新開始 {restarts} 次，種子 {seed}。",
    centresTitle: "k = {k} 的各群",
    kRecommended: "k = {k}：建議值（--k auto）。",
    kGiven: "k = {k}：依 --k 指定。",
    members: "{members} 位會員，取自 {read} 列中的 {used} 列；計分方式：{scoring}。",
  },
  "zh-CN": {
    columns: "聚类列：{columns}。",
    ignored: "未使用的列（非数字）：{columns}。",
    rowsUsed: "使用 {read} 行中的 {used} 行；跳过：{blank} 行有空白单元格，{nonNumeric} 行有非数字单元格。",
    standardized: "聚类前已将各列标准化（z 分数，总体标准差）；类中心以原始单位列出。",
    notStandardized: "各列按原值聚类（尺度不同时请用 --standardize）。",
    settings: "k-means++，每个 k 重新开始 {restarts} 次，种子 {seed}。",
    centresTitle: "k = {k} 的各类",
    kRecommended: "k = {k}：建议值（--k auto）。",
    kGiven: "k = {k}：按 --k 指定。",
    members: "{members} 位会员，取自 {read} 行中的 {used} 行；计分方式：{scoring}。",
  },
});
