import { defineMessages } from "../define-messages";

/**
 * The Segments sheet's row descriptions, built from the row's own figures (so a row averaging 3.6 orders is
 * never called "first-time buyers"), and the pane's and command line's results sentence, which counts the
 * rows and labels the Segments sheet shows.
 */
export const segmentDescribeMessages = defineMessages({
  en: {
    recent: "Recent: last order {days} days ago on average",
    notRecent: "Not recent: last order {days} days ago on average",
    ordersAbove: "{value} orders per member, above the overall average of {overall}",
    ordersNotAbove: "{value} orders per member, not above the overall average of {overall}",
    amountAbove: "{value} spent per member, above the overall average of {overall}",
    amountNotAbove: "{value} spent per member, not above the overall average of {overall}",
    sentence: "{recency}; {orders}; {amount}.",
    labelCount: "{label} {members}",
    results:
      "{k} clusters over {members} members, split by recency into {rows} rows on the {sheet} sheet: {labels}. The largest segment is “{label}” with {size} members.",
    listSeparator: ", ",
  },
  "zh-TW": {
    recent: "近期：平均 {days} 天前最後購買",
    notRecent: "非近期：平均 {days} 天前最後購買",
    ordersAbove: "每位會員 {value} 筆訂單，高於整體平均 {overall}",
    ordersNotAbove: "每位會員 {value} 筆訂單，未高於整體平均 {overall}",
    amountAbove: "每位會員消費 {value}，高於整體平均 {overall}",
    amountNotAbove: "每位會員消費 {value}，未高於整體平均 {overall}",
    sentence: "{recency}；{orders}；{amount}。",
    labelCount: "{label} {members} 位",
    results:
      "{members} 位會員分為 {k} 群，再依近期與否分成「{sheet}」工作表上的 {rows} 列：{labels}。最大的客戶類型是「{label}」，共 {size} 位。",
    listSeparator: "、",
  },
  "zh-CN": {
    recent: "近期：平均 {days} 天前最后购买",
    notRecent: "非近期：平均 {days} 天前最后购买",
    ordersAbove: "每位会员 {value} 笔订单，高于整体平均 {overall}",
    ordersNotAbove: "每位会员 {value} 笔订单，未高于整体平均 {overall}",
    amountAbove: "每位会员消费 {value}，高于整体平均 {overall}",
    amountNotAbove: "每位会员消费 {value}，未高于整体平均 {overall}",
    sentence: "{recency}；{orders}；{amount}。",
    labelCount: "{label} {members} 位",
    results:
      "{members} 位会员分为 {k} 群，再按近期与否分成“{sheet}”工作表上的 {rows} 行：{labels}。最大的客户类型是“{label}”，共 {size} 位。",
    listSeparator: "、",
  },
});
