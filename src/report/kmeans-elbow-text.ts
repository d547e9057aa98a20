import { defineMessages } from "../i18n/define-messages";

/** The last row of =KMEANS.ELBOW, which the clustering catalogue (src/i18n/messages/cluster.ts) does not hold. */
export const kmeansFunctionText = defineMessages({
  en: {
    recommendedK: "Recommended k",
    noRecommendation: "Too few values of k to recommend one: sweep at least 3, or use more rows.",
  },
  "zh-TW": {
    recommendedK: "建議分群數 k",
    noRecommendation: "k 的取值太少，無法建議：請至少掃描 3 個 k，或使用更多列。",
  },
  "zh-CN": {
    recommendedK: "建议分群数 k",
    noRecommendation: "k 的取值太少，无法建议：请至少扫描 3 个 k，或使用更多行。",
  },
});
