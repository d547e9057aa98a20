import { defineMessages } from "../i18n/define-messages";
import type { Locale } from "../i18n/locale";
import type { SegmentFeatureKey } from "./segment-features";

const featureText = defineMessages<SegmentFeatureKey>({
  en: {
    salesLevel: "Sales level",
    orderCountLevel: "Order-count level",
    monetaryScore: "M score",
    frequencyScore: "F score",
    recencyScore: "R score",
  },
  "zh-TW": {
    salesLevel: "消費金額等級",
    orderCountLevel: "訂單數等級",
    monetaryScore: "M 分數",
    frequencyScore: "F 分數",
    recencyScore: "R 分數",
  },
  "zh-CN": {
    salesLevel: "消费金额等级",
    orderCountLevel: "订单数等级",
    monetaryScore: "M 分数",
    frequencyScore: "F 分数",
    recencyScore: "R 分数",
  },
});

/** Localised names of the clustered features, for the centroid table's headers. */
export function featureNames(keys: readonly SegmentFeatureKey[], locale: Locale): string[] {
  return keys.map((key) => featureText(locale, key));
}
