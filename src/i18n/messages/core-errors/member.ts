import type { CoreErrorRows } from "./core-error-row";

/**
 * Member analyses: the member table's cells, purchase cycles, order timing, promotion and price sensitivity,
 * revenue concentration, the overview and the profile (whose doors word its settings by their own names first:
 * profileErrorText).
 */
export const MEMBER_ERROR_ROWS = {
  AGE_BANDS_EMPTY: ["At least one age band is needed", "至少需要一個年齡層。", "至少需要一个年龄层。"],
  AGE_BANDS_NOT_ASCENDING: [
    "Age band edges must ascend, but {value} follows {bound}",
    "年齡層下限必須由小到大，但 {value} 排在 {bound} 之後。",
    "年龄层下限必须从小到大，但 {value} 排在 {bound} 之后。",
  ],
  AGE_BAND_INVALID: [
    "Age band edge {value} is not a whole number of years from 0 to {bound}",
    "年齡層下限 {value} 不是 0 到 {bound} 之間的整數歲數。",
    "年龄层下限 {value} 不是 0 到 {bound} 之间的整数岁数。",
  ],
  AS_OF_REQUIRED: [
    "An as-of date is needed to count ages from the birthdays in {column} (there are no order dates to default to)",
    "以「{column}」的生日計算年齡需要基準日：表中沒有訂單日期可作預設。",
    "以“{column}”的生日计算年龄需要基准日：表中没有订单日期可作默认。",
  ],
  BIN_WIDTH_INVALID: [
    "The histogram bin width must be a positive whole number of days",
    "直方圖的組距必須是大於 0 的整數天數。",
    "直方图的组距必须是大于 0 的整数天数。",
  ],
  DISCOUNT_OUT_OF_RANGE: [
    "A discount must be between 0 and 1",
    "折扣必須介於 0 與 1 之間。",
    "折扣必须介于 0 与 1 之间。",
  ],
  "DISCOUNT_OUT_OF_RANGE.detailed": [
    "The discount on row {row}, {value}, must be between 0 and 1",
    "第 {row} 列的折扣（{value}）必須介於 0 與 1 之間。",
    "第 {row} 行的折扣（{value}）必须介于 0 与 1 之间。",
  ],
  EMPTY_SAMPLE: ["At least one value is needed", "至少需要一個數值。", "至少需要一个数值。"],
  HOUR_INVALID: [
    "The hour must be a whole number from 0 to 23",
    "小時必須是 0 到 23 的整數。",
    "小时必须是 0 到 23 的整数。",
  ],
  KEY_INVALID: ["A key must be text or a number", "編號必須是文字或數字。", "编号必须是文本或数字。"],
  "KEY_INVALID.detailed": [
    "The id on row {row} must be text or a number",
    "第 {row} 列的編號必須是文字或數字。",
    "第 {row} 行的编号必须是文本或数字。",
  ],
  LAPSE_MULTIPLIER_INVALID: [
    "The lapse fence multiplier must be a number ≥ 0",
    "流失界線倍數必須是 0 以上的數字。",
    "流失界线倍数必须是 0 及以上的数字。",
  ],
  MAX_BINS_INVALID: [
    "The number of histogram bins must be a positive whole number",
    "直方圖的組數必須是大於 0 的整數。",
    "直方图的组数必须是大于 0 的整数。",
  ],
  NEGATIVE_MEMBER_REVENUE: [
    "A member's revenue is negative",
    "有會員的營收為負（退貨多於購買）。",
    "有会员的营收为负（退货多于购买）。",
  ],
  NO_CATEGORIES: [
    "At least one dated member row with a category is needed",
    "至少需要一列有日期與品類的會員資料。",
    "至少需要一行有日期与品类的会员数据。",
  ],
  NO_DATES: [
    "At least one row with both a member id and an order date is needed",
    "至少需要一列同時有會員編號與訂單日期的資料。",
    "至少需要一行同时有会员编号与订单日期的数据。",
  ],
  NO_MEMBERS: ["At least one member is needed", "至少需要一位會員。", "至少需要一位会员。"],
  NO_PRICES: [
    "At least one member row with a category and a unit price is needed",
    "至少需要一列有品類與單價的會員資料。",
    "至少需要一行有品类与单价的会员数据。",
  ],
  NO_PROMOTION_COLUMN: [
    "A coupon amount or a discount column is needed",
    "需要優惠券金額或折扣欄位。",
    "需要优惠券金额或折扣列。",
  ],
  NO_REGISTRATIONS: [
    "At least one member with a registration date is needed",
    "至少需要一位有註冊日期的會員。",
    "至少需要一位有注册日期的会员。",
  ],
  NO_REPEAT_PURCHASES: [
    "At least one member who bought on two different days is needed",
    "至少需要一位在兩個不同日期購買的會員。",
    "至少需要一位在两个不同日期购买的会员。",
  ],
  NO_REVENUE: ["The total revenue must be above 0", "總營收必須大於 0。", "总营收必须大于 0。"],
  NO_TIME_OF_DAY: [
    "Order dates with a time of day are needed (all are at 00:00)",
    "需要含時間的訂單日期（目前全部為 00:00）。",
    "需要含时间的订单日期（当前全部为 00:00）。",
  ],
  ORDER_COUNT_INVALID: [
    "Orders must be above 0 and promoted orders between 0 and orders",
    "訂單數必須大於 0，促銷訂單數必須介於 0 與訂單數之間。",
    "订单数必须大于 0，促销订单数必须介于 0 与订单数之间。",
  ],
  POINTS_INVALID: [
    "The number of curve points must be a positive whole number",
    "曲線點數必須是大於 0 的整數。",
    "曲线点数必须是大于 0 的整数。",
  ],
  PRICE_INVALID: ["A unit price is negative", "單價不可為負。", "单价不可为负。"],
  "PRICE_INVALID.detailed": [
    "The unit price on row {row} is negative ({value})",
    "第 {row} 列的單價為負（{value}）。",
    "第 {row} 行的单价为负（{value}）。",
  ],
  PROFILE_BY_INVALID: [
    "One or two different columns to profile by are needed (got {value})",
    "用戶畫像須依一或兩個不同的欄位（收到：{value}）。",
    "用户画像须按一或两个不同的列（收到：{value}）。",
  ],
  TOP_SHARE_OUT_OF_RANGE: [
    "The top share must be above 0 and at most 1",
    "前段占比必須大於 0 且不超過 1。",
    "前段占比必须大于 0 且不超过 1。",
  ],
} as const satisfies CoreErrorRows;
