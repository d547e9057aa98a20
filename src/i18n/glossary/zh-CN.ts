import type { GlossaryEntry } from "./glossary-entry";

/**
 * Simplified Chinese: one term per concept, and the variants earlier catalogues used for it. 分群 / 群 follow the
 * pane's Segment tab (分群); 聚类, 簇 and 类 are not used for segments. Every zh-CN string of every catalogue is
 * checked against this list (test/src/i18n/glossary/catalogs.test.ts).
 *
 * @example
 * ZH_CN_GLOSSARY.find((entry) => entry.concept === "elbow point")?.term // "肘部点"
 */
export const ZH_CN_GLOSSARY: readonly GlossaryEntry[] = [
  {
    concept: "segment (a cluster of members)",
    term: "群",
    forbidden: ["聚类", "簇", /第 ?\{\w+\} ?类/, /各类(?![型目别])/, "类内"],
  },
  { concept: "number of segments (k)", term: "分群数", forbidden: ["聚类数", /(?<!分)群数/] },
  { concept: "segment centre", term: "群中心", forbidden: ["类中心", "簇中心"] },
  {
    concept: "within-segment sum of squares",
    term: "群内平方和",
    forbidden: ["簇内平方和", "类内平方和", "组内平方和"],
  },
  { concept: "elbow point", term: "肘部点", forbidden: ["拐点", "手肘点", /(?<!部)肘点/] },
  { concept: "elbow chart", term: "肘部图", forbidden: ["手肘图", /(?<!部)肘图/] },
  { concept: "the study's spend level (M)", term: "消费金额等级", forbidden: ["销售额等级", "销售金额等级"] },
  {
    concept: "average total spend per member",
    term: "每位会员平均消费金额",
    forbidden: ["平均订单金额（每位会员）", "平均订单金额(每位会员)"],
  },
];
