import type { CoreErrorCode, CoreErrorDetails } from "../../errors";
import { defineMessages } from "../define-messages";
import type { Locale } from "../locale";

/**
 * The churn analysis's failures in the user's words, from an error's code and details (never its message):
 * the command line, the engine's callers and =CHURN.PROBABILITY word them with {@link churnErrorText}.
 */
const en = {
  CHURN_HORIZON_PAST_DATA:
    "The horizon after the calibration end runs to {value}, past the last order date {bound}: choose an earlier calibration end or a shorter horizon.",
  NO_CUSTOMERS_BEFORE_END:
    "Nobody bought on or before the calibration end {value} (the first order is on {bound}): choose a later calibration end or a shorter horizon.",
  CHURN_NO_CHURNERS:
    "Every member bought again within the horizon, so there is no churn to learn from: choose a longer horizon or an earlier calibration end.",
  CHURN_NO_SURVIVORS:
    "No member bought again within the horizon, so there is nothing to tell churn from: choose a longer horizon.",
  "CHURN_TOO_FEW_MEMBERS.churned":
    "Only {value} member churned: the evaluation needs at least 2 churned and 2 other members (one of each to learn from, one to test on).",
  "CHURN_TOO_FEW_MEMBERS.stayed":
    "Only {value} member bought again: the evaluation needs at least 2 churned and 2 other members (one of each to learn from, one to test on).",
  CHURN_FEATURES_CONSTANT:
    "Every feature ({value}) has the same value for all members, so no member can be ranked above another.",
  CHURN_HORIZON_INVALID: "The horizon must be a whole number of days, at least 1 (got {value}).",
  CHURN_THRESHOLD_INVALID: "The threshold must be a probability between 0 and 1, e.g. 0.7 (got {value}).",
  CHURN_HOLDOUT_INVALID: "The holdout share must be between 0 and 1, e.g. 0.3 (got {value}).",
  SEED_INVALID: "The seed must be a whole number, 0 or more (got {value}).",
  CALIBRATION_END_INVALID: "The calibration end must be a date (got {value}).",
  "CHURN_COEFFICIENTS_INVALID.count":
    "coefficients must be the 13 numbers of the Churn sheet's coefficients row (got {value}).",
  "CHURN_COEFFICIENTS_INVALID.position":
    "coefficients must be the 13 numbers of the Churn sheet's coefficients row; number {value} is not valid.",
  CELL_BLANK: "{argument}, row {row}, column {column}: the cell is blank.",
  CELL_ERROR: "{argument} (row {row}, column {column}) is an error value ({value}).",
  CELL_NOT_NUMBER: "{argument}, row {row}, column {column}: a number is needed (got {value}).",
  RANGE_SHAPE_MISMATCH: "recency, frequency, monetary and tenure must have the same size ({value}).",
  SPILL_TOO_LARGE:
    "The result would spill {value} cells (more than {bound}): use the task pane or the command line for data this large.",
  "NUMBER_INVALID.frequency": "frequency must be a whole number of purchase days, at least 1 (got {value}).",
  "NUMBER_INVALID.recency": "recency must be days since the last purchase, 0 or more (got {value}).",
  "NUMBER_INVALID.tenure":
    "tenure must be days since the first purchase, at least the recency {bound} (got {value}).",
} as const;

type Key = keyof typeof en;

const zhTW: Readonly<Record<Key, string>> = {
  CHURN_HORIZON_PAST_DATA:
    "校準期截止後的觀察期延伸到 {value}，超過最後訂單日期 {bound}：請選擇較早的校準期截止日或較短的觀察期。",
  NO_CUSTOMERS_BEFORE_END:
    "校準期截止日 {value} 當天及之前沒有任何購買（第一筆訂單在 {bound}）：請選擇較晚的校準期截止日或較短的觀察期。",
  CHURN_NO_CHURNERS:
    "每位會員都在觀察期內再次購買，沒有流失可供學習：請選擇較長的觀察期或較早的校準期截止日。",
  CHURN_NO_SURVIVORS: "沒有會員在觀察期內再次購買，無從區分流失與否：請選擇較長的觀察期。",
  "CHURN_TOO_FEW_MEMBERS.churned":
    "只有 {value} 位會員流失：評估至少需要 2 位流失與 2 位未流失會員（各一位用於訓練、一位用於測試）。",
  "CHURN_TOO_FEW_MEMBERS.stayed":
    "只有 {value} 位會員再次購買：評估至少需要 2 位流失與 2 位未流失會員（各一位用於訓練、一位用於測試）。",
  CHURN_FEATURES_CONSTANT: "所有特徵（{value}）在每位會員都相同，無法區分會員的風險高低。",
  CHURN_HORIZON_INVALID: "觀察期必須是至少 1 的整數天數（目前為 {value}）。",
  CHURN_THRESHOLD_INVALID: "門檻必須是介於 0 與 1 之間的機率，例如 0.7（目前為 {value}）。",
  CHURN_HOLDOUT_INVALID: "保留樣本比例必須介於 0 與 1 之間，例如 0.3（目前為 {value}）。",
  SEED_INVALID: "種子必須是 0 以上的整數（目前為 {value}）。",
  CALIBRATION_END_INVALID: "校準期截止日必須是日期（目前為 {value}）。",
  "CHURN_COEFFICIENTS_INVALID.count":
    "coefficients 必須是流失預測工作表係數列的 13 個數字（目前為 {value} 個）。",
  "CHURN_COEFFICIENTS_INVALID.position":
    "coefficients 必須是流失預測工作表係數列的 13 個數字；第 {value} 個數字無效。",
  CELL_BLANK: "{argument} 第 {row} 列第 {column} 欄：儲存格是空白的。",
  CELL_ERROR: "{argument} 第 {row} 列第 {column} 欄：儲存格是錯誤值（{value}）。",
  CELL_NOT_NUMBER: "{argument} 第 {row} 列第 {column} 欄：需要數字（目前為 {value}）。",
  RANGE_SHAPE_MISMATCH: "recency、frequency、monetary 與 tenure 的範圍大小必須相同（{value}）。",
  SPILL_TOO_LARGE: "結果將溢出 {value} 個儲存格（超過 {bound}）：資料這麼大時請使用工作窗格或命令列。",
  "NUMBER_INVALID.frequency": "frequency 必須是至少 1 的整數購買天數（目前為 {value}）。",
  "NUMBER_INVALID.recency": "recency 必須是距上次購買的天數，0 以上（目前為 {value}）。",
  "NUMBER_INVALID.tenure": "tenure 必須是距首次購買的天數，至少等於 recency {bound}（目前為 {value}）。",
};

const zhCN: Readonly<Record<Key, string>> = {
  CHURN_HORIZON_PAST_DATA:
    "校准期截止后的观察期延伸到 {value}，超过最后订单日期 {bound}：请选择较早的校准期截止日或较短的观察期。",
  NO_CUSTOMERS_BEFORE_END:
    "校准期截止日 {value} 当天及之前没有任何购买（第一笔订单在 {bound}）：请选择较晚的校准期截止日或较短的观察期。",
  CHURN_NO_CHURNERS:
    "每位会员都在观察期内再次购买，没有流失可供学习：请选择较长的观察期或较早的校准期截止日。",
  CHURN_NO_SURVIVORS: "没有会员在观察期内再次购买，无从区分流失与否：请选择较长的观察期。",
  "CHURN_TOO_FEW_MEMBERS.churned":
    "只有 {value} 位会员流失：评估至少需要 2 位流失与 2 位未流失会员（各一位用于训练、一位用于测试）。",
  "CHURN_TOO_FEW_MEMBERS.stayed":
    "只有 {value} 位会员再次购买：评估至少需要 2 位流失与 2 位未流失会员（各一位用于训练、一位用于测试）。",
  CHURN_FEATURES_CONSTANT: "所有特征（{value}）在每位会员都相同，无法区分会员的风险高低。",
  CHURN_HORIZON_INVALID: "观察期必须是至少 1 的整数天数（当前为 {value}）。",
  CHURN_THRESHOLD_INVALID: "阈值必须是介于 0 与 1 之间的概率，例如 0.7（当前为 {value}）。",
  CHURN_HOLDOUT_INVALID: "保留样本比例必须介于 0 与 1 之间，例如 0.3（当前为 {value}）。",
  SEED_INVALID: "种子必须是 0 及以上的整数（当前为 {value}）。",
  CALIBRATION_END_INVALID: "校准期截止日必须是日期（当前为 {value}）。",
  "CHURN_COEFFICIENTS_INVALID.count":
    "coefficients 必须是流失预测工作表系数行的 13 个数字（当前为 {value} 个）。",
  "CHURN_COEFFICIENTS_INVALID.position":
    "coefficients 必须是流失预测工作表系数行的 13 个数字；第 {value} 个数字无效。",
  CELL_BLANK: "{argument} 第 {row} 行第 {column} 列：单元格为空。",
  CELL_ERROR: "{argument} 第 {row} 行第 {column} 列：单元格是错误值（{value}）。",
  CELL_NOT_NUMBER: "{argument} 第 {row} 行第 {column} 列：需要数字（当前为 {value}）。",
  RANGE_SHAPE_MISMATCH: "recency、frequency、monetary 与 tenure 的区域大小必须相同（{value}）。",
  SPILL_TOO_LARGE: "结果将溢出 {value} 个单元格（超过 {bound}）：数据这么大时请使用任务窗格或命令行。",
  "NUMBER_INVALID.frequency": "frequency 必须是至少 1 的整数购买天数（当前为 {value}）。",
  "NUMBER_INVALID.recency": "recency 必须是距上次购买的天数，0 及以上（当前为 {value}）。",
  "NUMBER_INVALID.tenure": "tenure 必须是距首次购买的天数，至少等于 recency {bound}（当前为 {value}）。",
};

const text = defineMessages<Key>({ en, "zh-TW": zhTW, "zh-CN": zhCN });

/**
 * A churn failure worded in `locale` from its code and details, or null for a code this catalogue does not
 * cover (the door then words it as it words any other core error).
 *
 * @example
 * churnErrorText("en", "CHURN_HORIZON_INVALID", { value: 0 }) // "The horizon must be a whole number of days, at least 1 (got 0)."
 * churnErrorText("zh-TW", "CELL_BLANK", { argument: "recency", row: 2, column: "1" }) // "recency 第 3 列第 1 欄：儲存格是空白的。" (row is 0-based)
 * churnErrorText("en", "NO_MEMBERS") // null (not a churn failure)
 */
export function churnErrorText(
  locale: Locale,
  code: CoreErrorCode | string,
  details: CoreErrorDetails = {},
): string | null {
  const values = {
    value: details.value === undefined || details.value === null ? "" : String(details.value),
    bound: details.bound === undefined ? "" : String(details.bound),
    argument: details.argument ?? "",
    row: details.row === undefined ? "" : details.row + 1,
    // A worksheet function's cell names its column of the range by number.
    column: details.column ?? "",
  };
  const key = keyOf(code, details);
  return key === null ? null : text(locale, key, values);
}

function keyOf(code: string, details: CoreErrorDetails): Key | null {
  if (code === "CHURN_TOO_FEW_MEMBERS") {
    return details.argument === "stayed" ? "CHURN_TOO_FEW_MEMBERS.stayed" : "CHURN_TOO_FEW_MEMBERS.churned";
  }
  if (code === "CHURN_COEFFICIENTS_INVALID") {
    return details.bound === undefined
      ? "CHURN_COEFFICIENTS_INVALID.position"
      : "CHURN_COEFFICIENTS_INVALID.count";
  }
  if (code === "NUMBER_INVALID") {
    const argument = details.argument;
    return argument === "frequency" || argument === "recency" || argument === "tenure"
      ? `NUMBER_INVALID.${argument}`
      : null;
  }
  return code in en ? (code as Key) : null;
}
