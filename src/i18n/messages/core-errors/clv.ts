import type { CoreErrorRows } from "./core-error-row";

/** Customer lifetime value: the BG/NBD and spend models, the discounted and simple CLV, the CPA comparison. */
export const CLV_ERROR_ROWS = {
  BGNBD_HORIZON_INVALID: [
    "The horizon must be a finite number ≥ 0",
    "預測期間必須是 0 以上的有限數字。",
    "预测期间必须是 0 及以上的有限数字。",
  ],
  BGNBD_NO_REPEAT_PURCHASES: [
    "The BG/NBD model needs at least one repeat purchase (every customer bought on one day only)",
    "BG/NBD 模型至少需要一次重複購買（目前每位顧客都只在一天購買）。",
    "BG/NBD 模型至少需要一次重复购买（当前每位顾客都只在一天购买）。",
  ],
  BGNBD_PARAMS_INVALID: [
    "The BG/NBD parameters must be positive finite r, alpha, a, b with a + b > 1",
    "BG/NBD 參數 r、alpha、a、b 必須是大於 0 的有限數字，且 a + b > 1。",
    "BG/NBD 参数 r、alpha、a、b 必须是大于 0 的有限数字，且 a + b > 1。",
  ],
  BTYD_CUSTOMER_INVALID: [
    "A customer's summary is not valid",
    "顧客摘要無效：重複購買次數必須是 0 以上的整數，有重複購買時平均重複購買金額必須大於 0。",
    "顾客摘要无效：重复购买次数必须是 0 及以上的整数，有重复购买时平均重复购买金额必须大于 0。",
  ],
  CALIBRATION_END_INVALID: [
    "The calibration end must be a date",
    "校準期截止日必須是日期。",
    "校准期截止日必须是日期。",
  ],
  CLV_HORIZON_INVALID: [
    "The horizon must be a whole number of periods ≥ 1",
    "預測期間必須是至少 1 的整數期數。",
    "预测期间必须是至少 1 的整数期数。",
  ],
  CLV_MARGIN_INVALID: ["The margin must be ≥ 0", "毛利率必須 ≥ 0。", "毛利率必须 ≥ 0。"],
  CLV_NO_CUSTOMERS: ["At least one customer is needed", "至少需要一位顧客。", "至少需要一位顾客。"],
  CLV_PERIOD_LENGTH_INVALID: [
    "The period length must be above 0",
    "每期長度必須大於 0。",
    "每期长度必须大于 0。",
  ],
  CLV_SPEND_INVALID: ["The expected spend must be ≥ 0", "預期消費金額必須 ≥ 0。", "预期消费金额必须 ≥ 0。"],
  CLV_VALUE_INVALID: [
    "The lifetime value must be a finite number",
    "終身價值必須是有限數字。",
    "终身价值必须是有限数字。",
  ],
  CPA_INVALID: ["The acquisition cost must be above 0", "獲客成本必須大於 0。", "获客成本必须大于 0。"],
  CPA_THRESHOLD_INVALID: [
    "The healthy ratio of lifetime value to acquisition cost must be ≥ 1",
    "終身價值與獲客成本的健康比值必須 ≥ 1。",
    "终身价值与获客成本的健康比值必须 ≥ 1。",
  ],
  DISCOUNT_RATE_INVALID: ["The discount rate must be above −1", "折現率必須大於 −1。", "折现率必须大于 −1。"],
  DURATION_NOT_FINITE: [
    "A duration must be a finite number",
    "期間長度必須是有限數字。",
    "期间长度必须是有限数字。",
  ],
  GAMMAGAMMA_NO_SPEND_VARIATION: [
    "The spend model needs average repeat spends that differ between customers",
    "金額模型需要顧客之間不同的平均重複購買金額（目前全部相同）。",
    "金额模型需要顾客之间不同的平均重复购买金额（当前全部相同）。",
  ],
  GAMMAGAMMA_PARAMS_INVALID: [
    "The spend model's parameters must be positive finite p, q, gamma with q > 1",
    "金額模型參數 p、q、gamma 必須是大於 0 的有限數字，且 q > 1。",
    "金额模型参数 p、q、gamma 必须是大于 0 的有限数字，且 q > 1。",
  ],
  GAMMAGAMMA_SPEND_NOT_POSITIVE: [
    "The average repeat spend must be above 0 for customers with repeat purchases",
    "有重複購買的顧客，平均重複購買金額必須大於 0。",
    "有重复购买的顾客，平均重复购买金额必须大于 0。",
  ],
  HISTOGRAM_BINS_INVALID: [
    "The histogram needs a whole number of bins ≥ 1",
    "直方圖的組數必須是至少 1 的整數。",
    "直方图的组数必须是至少 1 的整数。",
  ],
  HISTOGRAM_EMPTY: [
    "At least one value is needed for the histogram",
    "直方圖至少需要一個數值。",
    "直方图至少需要一个数值。",
  ],
  HISTOGRAM_VALUE_INVALID: [
    "A value is not a finite number",
    "直方圖有數值不是有限數字。",
    "直方图有数值不是有限数字。",
  ],
  HYPERGEOMETRIC_DOMAIN: [
    "A model value is undefined for these parameters",
    "以這組參數無法計算模型數值。",
    "以这组参数无法计算模型数值。",
  ],
  HYPERGEOMETRIC_NOT_CONVERGED: [
    "A model value did not converge",
    "模型數值未能收斂。",
    "模型数值未能收敛。",
  ],
  HYPERGEOMETRIC_OVERFLOW: [
    "A model value is too large to compute",
    "模型數值過大，無法計算。",
    "模型数值过大，无法计算。",
  ],
  LOG_GAMMA_DOMAIN: [
    "A model value needs a finite number above 0",
    "模型數值需要大於 0 的有限數字。",
    "模型数值需要大于 0 的有限数字。",
  ],
  NO_CUSTOMERS_BEFORE_END: [
    "At least one purchase on or before the calibration end is needed",
    "校準期截止日當天及之前至少需要一筆購買：請選擇較晚的校準期截止日。",
    "校准期截止日当天及之前至少需要一笔购买：请选择较晚的校准期截止日。",
  ],
  OPTIMISER_START_INVALID: [
    "The model fit cannot start",
    "模型擬合無法開始：起始值無效。",
    "模型拟合无法开始：起始值无效。",
  ],
  SIMPLE_CLV_COLUMNS_MISMATCH: [
    "The columns differ in length",
    "各欄位的長度不同：每個欄位的列數必須相同。",
    "各列的长度不同：每一列的行数必须相同。",
  ],
  SIMPLE_CLV_INPUT_INVALID: [
    "An input must be a number ≥ 0",
    "輸入值必須是 0 以上的數字。",
    "输入值必须是 0 及以上的数字。",
  ],
  SIMPLE_CLV_NO_LIFETIME: [
    "At least one member whose last order is after their start date is needed",
    "至少需要一位最後訂單晚於起始日的會員。",
    "至少需要一位最后订单晚于起始日的会员。",
  ],
  SIMPLE_CLV_NO_ORDERS: ["At least one order is needed", "至少需要一筆訂單。", "至少需要一笔订单。"],
  "SIMPLE_CLV_ORDER_INVALID.detailed": [
    "An order line is not valid (row {row})",
    "第 {row} 列的訂單明細無效：請檢查會員編號、日期與金額。",
    "第 {row} 行的订单明细无效：请检查会员编号、日期与金额。",
  ],
  SIMPLE_CLV_ORDER_INVALID: [
    "An order line is not valid",
    "訂單明細無效：請檢查會員編號、日期與金額。",
    "订单明细无效：请检查会员编号、日期与金额。",
  ],
  TIME_UNIT_UNKNOWN: [
    "The time unit is not known",
    "時間單位無法辨識：請選擇天、週、月或年。",
    "时间单位无法识别：请选择天、周、月或年。",
  ],
  TOO_FEW_CUSTOMERS: [
    "The BG/NBD model needs more customers",
    "BG/NBD 模型需要更多顧客。",
    "BG/NBD 模型需要更多顾客。",
  ],
  TOO_FEW_REPEAT_CUSTOMERS: [
    "The spend model needs more customers with a repeat purchase",
    "金額模型需要更多有重複購買的顧客。",
    "金额模型需要更多有重复购买的顾客。",
  ],
  TRANSACTIONS_EMPTY: ["At least one transaction is needed", "至少需要一筆交易。", "至少需要一笔交易。"],
  "TRANSACTION_AMOUNT_INVALID.detailed": [
    "The amount is not a number (row {row})",
    "第 {row} 列的交易金額不是數字。",
    "第 {row} 行的交易金额不是数字。",
  ],
  TRANSACTION_AMOUNT_INVALID: ["The amount is not a number", "交易金額不是數字。", "交易金额不是数字。"],
  TRANSACTION_COLUMNS_MISMATCH: [
    "The columns differ in length",
    "會員編號、日期與金額的長度必須相同。",
    "会员编号、日期与金额的长度必须相同。",
  ],
  "TRANSACTION_CUSTOMER_MISSING.detailed": [
    "The customer id is missing (row {row})",
    "第 {row} 列的交易缺少顧客編號。",
    "第 {row} 行的交易缺少顾客编号。",
  ],
  TRANSACTION_CUSTOMER_MISSING: ["The customer id is missing", "交易缺少顧客編號。", "交易缺少顾客编号。"],
  "TRANSACTION_DATE_INVALID.detailed": [
    "The date is not a date (row {row})",
    "第 {row} 列的交易日期不是日期。",
    "第 {row} 行的交易日期不是日期。",
  ],
  TRANSACTION_DATE_INVALID: ["The date is not a date", "交易日期不是日期。", "交易日期不是日期。"],
} as const satisfies CoreErrorRows;
