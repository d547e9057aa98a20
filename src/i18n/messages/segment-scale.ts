import { defineMessages } from "../define-messages";

/** What the Segment analysis says when its scores do not fit the data's scale, or the sweep's range shrank. */
export const segmentScaleMessages = defineMessages({
  en: {
    studyIs:
      "The study: the member study's fixed levels: 7+ orders is the top order level, 150,000+ the top sales level, under 5,000 the bottom one.",
    studyMisfit:
      "The study's fixed levels do not fit these data: {share} of members are in one {feature}, so the segments can hardly differ. Quantile scores rank members within your own data instead.",
    fewPoints:
      "The scores give only {points} different member profiles, fewer than the {asked} segments asked for.",
    rangeShrank:
      "The sweep stops at k = {swept} instead of {asked}: the scores give only {swept} different member profiles, so no more segments are possible.",
    featureSales: "sales level",
    featureOrders: "order-count level",
  },
  "zh-TW": {
    studyIs:
      "研究門檻：會員研究的固定等級：7 筆以上訂單為最高訂單等級，150,000 以上為最高消費金額等級，5,000 以下為最低。",
    studyMisfit:
      "研究的固定等級不適合這份資料：{share} 的會員落在同一個{feature}，分群之間幾乎沒有差別。分位數分數則依您自己的資料排序會員。",
    fewPoints: "這些分數只有 {points} 種不同的會員組合，少於要求的 {asked} 群。",
    rangeShrank:
      "分群數只試到 k = {swept}，而不是 {asked}：這些分數只有 {swept} 種不同的會員組合，無法分成更多群。",
    featureSales: "消費金額等級",
    featureOrders: "訂單數等級",
  },
  "zh-CN": {
    studyIs:
      "研究阈值：会员研究的固定等级：7 笔以上订单为最高订单等级，150,000 以上为最高消费金额等级，5,000 以下为最低。",
    studyMisfit:
      "研究的固定等级不适合这份数据：{share} 的会员落在同一个{feature}，分群之间几乎没有差别。分位数分数则按您自己的数据给会员排序。",
    fewPoints: "这些分数只有 {points} 种不同的会员组合，少于要求的 {asked} 群。",
    rangeShrank:
      "分群数只试到 k = {swept}，而不是 {asked}：这些分数只有 {swept} 种不同的会员组合，无法分成更多群。",
    featureSales: "消费金额等级",
    featureOrders: "订单数等级",
  },
});
