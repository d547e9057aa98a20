import { defineMessages, type MessageCatalog } from "../define-messages";

/**
 * Strings of the member profile (用戶畫像): the Profile sheet, =MEMBER.PROFILE's spill and their notes, one
 * line per key: [en, zh-TW, zh-CN]. AOV follows the promotion KPIs' names (平均訂單金額, 笔单价).
 */
const ROWS = {
  sheetName: ["Profile", "用戶畫像", "用户画像"],
  groupsTitle: ["Members by {column}", "會員依{column}分布", "会员按{column}分布"],
  summaryTitle: ["All members and the top 5", "全體會員與前 5 大群組", "全体会员与前 5 大群组"],
  crossTabTitle: [
    "Share of GMV by {rows} × {columns}",
    "GMV 占比：{rows} × {columns}",
    "GMV 占比：{rows} × {columns}",
  ],
  firstOrderColumn: ["{column} of the first order", "首筆訂單的{column}", "首笔订单的{column}"],
  ageBandColumn: ["Age band ({column})", "年齡層（{column}）", "年龄段（{column}）"],
  "col.members": ["Members", "會員數", "会员数"],
  "col.memberShare": ["Share of members", "會員占比", "会员占比"],
  "col.buyers": ["Buyers", "購買會員數", "购买会员数"],
  "col.orders": ["Orders", "訂單數", "订单数"],
  "col.gmv": ["GMV", "GMV", "GMV"],
  "col.gmvShare": ["Share of GMV", "GMV 占比", "GMV 占比"],
  "col.aov": ["AOV", "平均訂單金額", "笔单价"],
  "col.ordersPerBuyer": ["Orders per buyer", "人均訂單數", "人均订单数"],
  "col.repeatBuyerRate": ["Repeat-buyer rate", "回購率", "复购率"],
  "col.total": ["Total", "合計", "合计"],
  unknown: ["Unknown", "未知", "未知"],
  underAge: ["Under {age}", "未滿 {age} 歲", "未满 {age} 岁"],
  allMembers: ["All members", "全體會員", "全体会员"],
  top5: [
    "Top 5 groups' share of GMV (Top5 消費區域占比)",
    "前 5 大群組的 GMV 占比（Top5 消費區域占比）",
    "前 5 大群组的 GMV 占比（Top5 消费区域占比）",
  ],
  top5Note: [
    "Top 5 = the 5 groups with the most GMV (all of them when there are fewer), Unknown not included.",
    "前 5 大 = GMV 最高的 5 個群組（不足 5 個時為全部），不含「未知」。",
    "前 5 大 = GMV 最高的 5 个群组（不足 5 个时为全部），不含“未知”。",
  ],
  "col.group": ["Group", "群組", "群组"],
  gmvShareChart: [
    "Share of members and GMV by {column}",
    "會員與 GMV 占比（依{column}）",
    "会员与 GMV 占比（按{column}）",
  ],
  shareAxis: ["Share", "占比", "占比"],
  aovChart: ["AOV by {column}", "平均訂單金額（依{column}）", "笔单价（按{column}）"],
  definitions: [
    "A member's group is the value on their latest order line that has one; members without a value are Unknown. Buyers = members with an order (with order lines, every member). Orders = distinct order ids (order days for lines without one). AOV = GMV ÷ orders; orders per buyer = orders ÷ buyers; repeat-buyer rate = buyers with 2+ orders ÷ buyers.",
    "會員的群組取其最近一筆有值的訂單明細；沒有值的會員歸入「未知」。購買會員 = 有訂單的會員（訂單明細中每位會員皆是）。訂單數 = 不重複的訂單編號（沒有編號的明細以訂單日計）。平均訂單金額 = GMV ÷ 訂單數；人均訂單數 = 訂單數 ÷ 購買會員數；回購率 = 有 2 筆以上訂單的購買會員 ÷ 購買會員數。",
    "会员的群组取其最近一条有值的订单明细；没有值的会员归入“未知”。购买会员 = 有订单的会员（订单明细中每位会员都是）。订单数 = 不重复的订单编号（没有编号的明细按订单日计）。笔单价 = GMV ÷ 订单数；人均订单数 = 订单数 ÷ 购买会员数；复购率 = 有 2 笔以上订单的购买会员 ÷ 购买会员数。",
  ],
  firstOrderNote: [
    "{column} is an order attribute: a member's group is the value on their first order (earliest order date).",
    "{column}是訂單屬性：會員的群組取其第一筆訂單（最早訂單日期）的值。",
    "{column}是订单属性：会员的群组取其第一笔订单（最早订单日期）的值。",
  ],
  ageNote: [
    "Age bands: a band holds ages from its lower edge up to the next band's; ages in whole years on {asOf}.",
    "年齡層：每層包含自其下限起、至下一層下限前的年齡；年齡以 {asOf} 當天的足歲計。",
    "年龄段：每段包含自其下限起、至下一段下限前的年龄；年龄按 {asOf} 当天的周岁计。",
  ],
  ageColumnNote: [
    "Age bands: a band holds ages from its lower edge up to the next band's; ages as given in the column.",
    "年齡層：每層包含自其下限起、至下一層下限前的年齡；年齡取欄位中的值。",
    "年龄段：每段包含自其下限起、至下一段下限前的年龄；年龄取列中的值。",
  ],
  conflictNote: [
    "{count} members have more than one value of {column} on their lines; the rule above picked one.",
    "{count} 位會員的明細中有多個不同的{column}；已依上述規則取其一。",
    "{count} 位会员的明细中有多个不同的{column}；已按上述规则取其一。",
  ],
  invalidAgeNote: [
    "{count} members have an impossible age (a birthday after the as-of date, or an age below 0 or above 150) and are Unknown.",
    "{count} 位會員的年齡不合理（生日晚於基準日，或年齡小於 0 或大於 150），歸入「未知」。",
    "{count} 位会员的年龄不合理（生日晚于基准日，或年龄小于 0 或大于 150），归入“未知”。",
  ],
  skippedNote: [
    "{count} rows without a member id were left out.",
    "{count} 列沒有會員編號，已略過。",
    "{count} 行没有会员编号，已跳过。",
  ],
  blankAmountNote: [
    "{count} rows have a blank amount, counted as 0.",
    "{count} 列金額空白，以 0 計。",
    "{count} 行金额为空，按 0 计。",
  ],
  crossTabNote: [
    "Each cell is the GMV of the members in both groups as a share of all GMV; all cells add up to 100%.",
    "每格為同時屬於兩個群組的會員 GMV 占全部 GMV 的比例；所有格合計 100%。",
    "每格为同时属于两个群组的会员 GMV 占全部 GMV 的比例；所有格合计 100%。",
  ],
} as const satisfies Record<string, readonly [string, string, string]>;

export type ProfileMessageKey = keyof typeof ROWS;

function catalogFromRows(): MessageCatalog<ProfileMessageKey> {
  const en = {} as Record<ProfileMessageKey, string>;
  const zhTW = {} as Record<ProfileMessageKey, string>;
  const zhCN = {} as Record<ProfileMessageKey, string>;
  for (const key of Object.keys(ROWS) as ProfileMessageKey[]) {
    [en[key], zhTW[key], zhCN[key]] = ROWS[key];
  }
  return { en, "zh-TW": zhTW, "zh-CN": zhCN };
}

/** Translator for the profile's strings: `profileText("zh-TW", "sheetName")` → "用戶畫像". */
export const profileText = defineMessages<ProfileMessageKey>(catalogFromRows());
