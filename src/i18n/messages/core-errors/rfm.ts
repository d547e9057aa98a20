import type { CoreErrorRows } from "./core-error-row";

/** RFM scoring, recency splits and quantiles: the errors of a member table, an order table and score settings. */
export const RFM_ERROR_ROWS = {
  AS_OF_BEFORE_LAST_ORDER: [
    "The as-of date {value} is before the latest order {bound}",
    "基準日 {value} 早於最後一筆訂單 {bound}：請選擇較晚的基準日。",
    "基准日 {value} 早于最后一笔订单 {bound}：请选择较晚的基准日。",
  ],
  AS_OF_NOT_A_DATE: ["The as-of date must be a date", "基準日必須是日期。", "基准日必须是日期。"],
  BIN_COUNT_INVALID: [
    "The number of score bins must be a whole number from 2 to 100",
    "分數的等級數必須是 2 到 100 的整數。",
    "分数的等级数必须是 2 到 100 的整数。",
  ],
  CUSTOM_BREAKPOINTS_MISSING: [
    "Custom scoring needs breakpoints",
    "自訂評分需要斷點。",
    "自定义评分需要断点。",
  ],
  CUT_DATE_AFTER_AS_OF: [
    "The cut date is after the as-of date, so no member could be recent",
    "切分日晚於基準日，因此沒有會員能算作近期會員。",
    "切分日晚于基准日，因此没有会员能算作近期会员。",
  ],
  CUT_DATE_NEEDS_AS_OF: [
    "An as-of date is needed to split a member table at a cut date",
    "依切分日拆分會員表需要基準日。",
    "按切分日拆分会员表需要基准日。",
  ],
  DUPLICATE_MEMBER_ID: [
    "A member appears more than once",
    "有會員編號重複出現：會員表每位會員只能有一列。",
    "有会员编号重复出现：会员表每位会员只能有一行。",
  ],
  "DUPLICATE_MEMBER_ID.detailed": [
    "Member {value} appears more than once (row {row})",
    "會員 {value} 出現不只一次（第 {row} 列）：會員表每位會員只能有一列。",
    "会员 {value} 出现不止一次（第 {row} 行）：会员表每位会员只能有一行。",
  ],
  EDGES_NOT_ASCENDING: [
    "The score edges must be finite and ascending",
    "分數分界必須是有限數字且由小到大。",
    "分数分界必须是有限数字且由小到大。",
  ],
  NO_MEMBER_ROWS: ["At least one member row is needed", "至少需要一列會員資料。", "至少需要一行会员数据。"],
  NO_ORDER_ROWS: ["At least one order line is needed", "至少需要一筆訂單明細。", "至少需要一笔订单明细。"],
  NO_USABLE_MEMBER_ROWS: [
    "None of the rows is usable",
    "沒有可用的資料列：會員編號空白或數值無效。",
    "没有可用的数据行：会员编号为空或数值无效。",
  ],
  NO_USABLE_ORDER_ROWS: [
    "None of the rows is usable",
    "沒有可用的資料列：會員編號或訂單編號空白、日期無法讀取或缺少金額。",
    "没有可用的数据行：会员编号或订单编号为空、日期无法读取或缺少金额。",
  ],
  PROBABILITY_OUT_OF_RANGE: [
    "A quantile must be between 0 and 1",
    "分位數必須介於 0 與 1 之間。",
    "分位数必须介于 0 与 1 之间。",
  ],
  QUANTILE_NO_VALUES: ["At least one value is needed", "至少需要一個數值。", "至少需要一个数值。"],
  RECENCY_SPLIT_INVALID: [
    "The recent-member window must be ≥ 0 days and the cut date a date",
    "近期會員的天數必須 ≥ 0，切分日必須是日期。",
    "近期会员的天数必须 ≥ 0，切分日必须是日期。",
  ],
  SCORE_INVALID: [
    "Scores must be whole numbers ≥ 1",
    "分數必須是至少 1 的整數。",
    "分数必须是至少 1 的整数。",
  ],
} as const satisfies CoreErrorRows;
