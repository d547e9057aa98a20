import type { CoreErrorRows } from "./core-error-row";

/**
 * Promotion analyses: bands (price and discount bands: their edges, step and labels), the Pareto/ABC check,
 * the funnel, the KPI rules, the cart and category views.
 */
export const PROMO_ERROR_ROWS = {
  ABC_LIMITS_INVALID: [
    "The ABC limits must satisfy 0 < A limit < B limit ≤ 1",
    "ABC 界限必須滿足 0 < A 界限 < B 界限 ≤ 1。",
    "ABC 界限必须满足 0 < A 界限 < B 界限 ≤ 1。",
  ],
  BAND_COUNT_INVALID: [
    "The number of bands must be a whole number ≥ 1",
    "區間數必須是至少 1 的整數。",
    "区间数必须是至少 1 的整数。",
  ],
  BAND_COUNT_TOO_LARGE: [
    "There are fewer distinct values than bands",
    "相異數值少於區間數：請減少區間數。",
    "不同数值少于区间数：请减少区间数。",
  ],
  BAND_EDGES_DUPLICATE: [
    "Band edge {value} appears twice",
    "區間分界 {value} 出現了兩次。",
    "区间分界 {value} 出现了两次。",
  ],
  BAND_EDGES_NOT_ASCENDING: [
    "Band edges must ascend (edge {row}, {value}, is below {bound})",
    "區間分界必須由小到大：第 {row} 個分界（{value}）小於 {bound}。",
    "区间分界必须由小到大：第 {row} 个分界（{value}）小于 {bound}。",
  ],
  BAND_EDGES_TOO_FEW: [
    "At least two band edges are needed",
    "至少需要兩個區間分界：請檢查分界或步長。",
    "至少需要两个区间分界：请检查分界或步长。",
  ],
  BAND_EDGES_TOO_MANY: [
    "The band edges are more than {bound} (check the step)",
    "區間分界超過 {bound} 個：請檢查步長（{value}）。",
    "区间分界超过 {bound} 个：请检查步长（{value}）。",
  ],
  BAND_EDGE_NOT_FINITE: [
    "Band edge {row} is not a finite number",
    "第 {row} 個區間分界不是有限數字。",
    "第 {row} 个区间分界不是有限数字。",
  ],
  BAND_LABELS_DUPLICATE: [
    "The band labels must differ from each other",
    "區間標籤不可重複。",
    "区间标签不可重复。",
  ],
  BAND_LABELS_LENGTH_MISMATCH: [
    "One band label per band is needed",
    "每個區間需要一個標籤。",
    "每个区间需要一个标签。",
  ],
  BAND_STEP_NOT_FINITE: [
    "The band start, stop and step must be finite numbers",
    "區間的起點、終點與步長必須是有限數字。",
    "区间的起点、终点与步长必须是有限数字。",
  ],
  BAND_STEP_NOT_POSITIVE: [
    "The band step must be above 0 (got {value})",
    "區間步長必須大於 0（目前為 {value}）。",
    "区间步长必须大于 0（当前为 {value}）。",
  ],
  BAND_STOP_NOT_ABOVE_START: [
    "The band stop must be above the start (got {bound} … {value})",
    "區間終點必須大於起點（目前為 {bound} … {value}）。",
    "区间终点必须大于起点（当前为 {bound} … {value}）。",
  ],
  BAND_VALUES_EMPTY: [
    "At least one non-blank value is needed for the bands",
    "劃分區間至少需要一個非空白的數值。",
    "划分区间至少需要一个非空白的数值。",
  ],
  CART_LISTED_STATUSES_EMPTY: [
    "At least one cart status meaning listed is needed",
    "至少需要指定一個購物車狀態。",
    "至少需要指定一个购物车状态。",
  ],
  CATEGORY_MEMBER_COLUMN_MISSING: [
    "A member column is needed to filter by members",
    "依會員篩選需要會員欄位。",
    "按会员筛选需要会员列。",
  ],
  FUNNEL_COUNT_INVALID: [
    "A funnel step's count must be a finite number ≥ 0",
    "漏斗步驟的數量必須是 0 以上的有限數字。",
    "漏斗步骤的数量必须是 0 及以上的有限数字。",
  ],
  FUNNEL_KEY_DUPLICATE: ["A funnel step appears twice", "漏斗步驟重複出現。", "漏斗步骤重复出现。"],
  FUNNEL_TOO_FEW_STEPS: [
    "The funnel needs at least two steps",
    "漏斗至少需要兩個步驟。",
    "漏斗至少需要两个步骤。",
  ],
  LINES_EMPTY: [
    "At least one transaction line is needed",
    "至少需要一筆交易明細。",
    "至少需要一笔交易明细。",
  ],
  PARETO_EMPTY: ["At least one value is needed", "至少需要一個數值。", "至少需要一个数值。"],
  PARETO_FRACTION_INVALID: [
    "The top share must be above 0 and at most 1",
    "前段占比必須大於 0 且不超過 1。",
    "前段占比必须大于 0 且不超过 1。",
  ],
  PARETO_NEGATIVE_VALUE: ["A value is negative", "帕累托分析的數值不可為負。", "帕累托分析的数值不可为负。"],
  PARETO_TOTAL_ZERO: ["The total must be above 0", "總和必須大於 0。", "总和必须大于 0。"],
  RULE_THRESHOLD_INVALID: [
    "A rule threshold must be a finite number ≥ 0",
    "規則門檻必須是 0 以上的有限數字。",
    "规则阈值必须是 0 及以上的有限数字。",
  ],
} as const satisfies CoreErrorRows;
