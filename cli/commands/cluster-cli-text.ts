import { defineMessages } from "../../src/i18n/define-messages";

/** Lines of the `kmeans` and `segment` text output that the sheet builders (src/report) do not already hold. */
export const clusterCliText = defineMessages({
  en: {
    ignored: "Columns left out (not read as numbers): {columns}.",
    kRecommended: "k = {k}: the recommendation (--k auto).",
    kGiven: "k = {k}: as given with --k.",
    members: "{members} members from {used} of {read} rows; scoring: {scoring}.",
  },
  "zh-TW": {
    ignored: "未使用的欄位（非數字）：{columns}。",
    kRecommended: "k = {k}：建議值（--k auto）。",
    kGiven: "k = {k}：依 --k 指定。",
    members: "{members} 位會員，取自 {read} 列中的 {used} 列；計分方式：{scoring}。",
  },
  "zh-CN": {
    ignored: "未使用的列（非数字）：{columns}。",
    kRecommended: "k = {k}：建议值（--k auto）。",
    kGiven: "k = {k}：按 --k 指定。",
    members: "{members} 位会员，取自 {read} 行中的 {used} 行；计分方式：{scoring}。",
  },
});
