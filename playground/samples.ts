/**
 * Sample exports preloaded into the playground's workbook: an English order-line export, a Traditional
 * Chinese member order export, a Simplified Chinese flash-sale product export, the promotion study's three
 * exports and a year of member orders. The generators live with the pane (taskpane/samples/), which offers the
 * same samples on each tab ("Use the sample for this tab").
 */
import { chineseMemberOrders, chineseProducts, englishOrders } from "../taskpane/samples/order-samples";
import { memberBehaviour } from "../taskpane/samples/member-sample";
import { promotionLines, promotionProducts, promotionTraffic } from "../taskpane/samples/promotion-samples";
import type { SampleSheet } from "../taskpane/samples/sample-sheet";

export type { SampleSheet } from "../taskpane/samples/sample-sheet";
export {
  chineseMemberOrders,
  chineseProducts,
  englishOrders,
  memberBehaviour,
  promotionLines,
  promotionProducts,
  promotionTraffic,
};

export const samples: readonly (() => SampleSheet)[] = [
  englishOrders,
  chineseMemberOrders,
  chineseProducts,
  promotionLines,
  promotionProducts,
  promotionTraffic,
  memberBehaviour,
];
