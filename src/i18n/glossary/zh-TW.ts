import type { GlossaryEntry } from "./glossary-entry";

/**
 * Traditional Chinese: one term per concept, and the variants earlier catalogues used for it. Every zh-TW string
 * of every catalogue is checked against this list (test/src/i18n/glossary/catalogs.test.ts).
 *
 * @example
 * ZH_TW_GLOSSARY.find((entry) => entry.concept === "elbow point")?.term // "手肘點"
 */
export const ZH_TW_GLOSSARY: readonly GlossaryEntry[] = [
  {
    concept: "segment (a cluster of members)",
    term: "群",
    forbidden: ["聚類", "叢集", "簇", /第 ?\{\w+\} ?類/],
  },
  { concept: "number of segments (k)", term: "分群數", forbidden: ["聚類數", /(?<!分)群數/] },
  { concept: "segment centre", term: "群中心", forbidden: ["類中心", "簇中心"] },
  {
    concept: "within-segment sum of squares",
    term: "群內平方和",
    forbidden: ["簇內平方和", "類內平方和", "組內平方和"],
  },
  { concept: "elbow point", term: "手肘點", forbidden: ["拐點", "肘部點", /(?<!手)肘點/] },
  { concept: "elbow chart", term: "手肘圖", forbidden: ["肘部圖", /(?<!手)肘圖/] },
  { concept: "the study's spend level (M)", term: "消費金額等級", forbidden: ["銷售額等級", "銷售金額等級"] },
  {
    concept: "average total spend per member",
    term: "每位會員平均消費金額",
    forbidden: ["平均訂單金額（每位會員）", "平均訂單金額(每位會員)"],
  },
];
