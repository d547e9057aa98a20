import { defineMessages } from "../../src/i18n/define-messages";

/** The few lines of `rfm`'s text output that the segment sheets do not already hold. */
export const rfmCliText = defineMessages({
  en: {
    edges:
      "Score edges (R rfm rule: PERCENTILE.INC at 20/40/60/80 % + 1; reaching an edge is one score up, for recency one score down):",
    segmentCounts: "Members per segment:",
    rowsUsed: "{members} members from {used} of {read} rows.",
    "countBy.orders": "Orders = distinct order ids per member.",
    "countBy.days": "Orders = distinct order days per member (--count-by rows counts every row).",
    "countBy.rows": "Orders = rows per member (each row is one order).",
    "countBy.orderCount":
      "One row per member: orders, total amount and last order date as the table gives them.",
  },
  "zh-TW": {
    edges: "分數切點（R rfm 規則：PERCENTILE.INC 於 20/40/60/80 % 再加 1；達到切點即升一分，近度則降一分）：",
    segmentCounts: "各分群會員數：",
    rowsUsed: "{members} 位會員，取自 {read} 列中的 {used} 列。",
    "countBy.orders": "訂單數 = 每位會員不重複的訂單編號數。",
    "countBy.days": "訂單數 = 每位會員不重複的下單日數（--count-by rows 則每列算一筆）。",
    "countBy.rows": "訂單數 = 每位會員的列數（每列為一筆訂單）。",
    "countBy.orderCount": "每位會員一列：訂單數、消費總額與最近購買日依表中原值。",
  },
  "zh-CN": {
    edges: "分数切点（R rfm 规则：PERCENTILE.INC 于 20/40/60/80 % 再加 1；达到切点即升一分，近度则降一分）：",
    segmentCounts: "各分群会员数：",
    rowsUsed: "{members} 位会员，取自 {read} 行中的 {used} 行。",
    "countBy.orders": "订单数 = 每位会员不重复的订单编号数。",
    "countBy.days": "订单数 = 每位会员不重复的下单日数（--count-by rows 则每行算一笔）。",
    "countBy.rows": "订单数 = 每位会员的行数（每行为一笔订单）。",
    "countBy.orderCount": "每位会员一行：订单数、消费总额与最近购买日按表中原值。",
  },
});
