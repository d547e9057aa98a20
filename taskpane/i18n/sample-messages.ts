import { defineMessages } from "../../src/i18n/define-messages";

/**
 * "Use the sample for this tab" (issue 12, item 9): the button, what it did, and the sample sheets' names in the
 * pane's language. The sheets' header rows stay as the study's exports name their columns.
 */
export const sampleText = defineMessages({
  en: {
    useSample: "Use the sample for this tab",
    sampleHint:
      "Writes a sample export to a new sheet and takes it as the input, so you can run this tab at once.",
    sampleWritten: "Wrote the sample to {sheets} and took it as the input.",
    ownInput:
      "This tab uses its own input, {address}: the promotion study reads transaction lines with product IDs. Data check, Segment and Members keep {shared}.",
    ownInputNoShared:
      "This tab uses its own input, {address}: the promotion study reads transaction lines with product IDs. The other tabs have no input yet.",
    useShared: "Use the other tabs' input here",
    "sheet.orders": "Sample orders",
    "sheet.memberOrders": "Sample member orders",
    "sheet.promotionLines": "Sample promotion lines",
    "sheet.promotionProducts": "Sample products",
    "sheet.promotionTraffic": "Sample traffic",
  },
  "zh-TW": {
    useSample: "使用此分頁的範例",
    sampleHint: "將範例匯出資料寫入新工作表並作為輸入，即可直接執行此分頁。",
    sampleWritten: "已將範例寫入{sheets}，並作為輸入。",
    ownInput:
      "此分頁使用自己的輸入 {address}：促銷分析讀取含商品編號的交易明細。資料檢查、分群與會員仍使用 {shared}。",
    ownInputNoShared: "此分頁使用自己的輸入 {address}：促銷分析讀取含商品編號的交易明細。其他分頁尚無輸入。",
    useShared: "在此使用其他分頁的輸入",
    "sheet.orders": "範例訂單",
    "sheet.memberOrders": "範例會員訂單",
    "sheet.promotionLines": "範例促銷明細",
    "sheet.promotionProducts": "範例商品資料",
    "sheet.promotionTraffic": "範例流量資料",
  },
  "zh-CN": {
    useSample: "使用此页的示例",
    sampleHint: "将示例导出数据写入新工作表并作为输入，即可直接运行此页。",
    sampleWritten: "已将示例写入{sheets}，并作为输入。",
    ownInput:
      "此页使用自己的输入 {address}：促销分析读取含商品编号的交易明细。数据检查、分群和会员仍使用 {shared}。",
    ownInputNoShared: "此页使用自己的输入 {address}：促销分析读取含商品编号的交易明细。其他页尚无输入。",
    useShared: "在此使用其他页的输入",
    "sheet.orders": "示例订单",
    "sheet.memberOrders": "示例会员订单",
    "sheet.promotionLines": "示例促销明细",
    "sheet.promotionProducts": "示例商品信息",
    "sheet.promotionTraffic": "示例流量数据",
  },
});

export type SampleTextKey = Parameters<typeof sampleText>[1];
