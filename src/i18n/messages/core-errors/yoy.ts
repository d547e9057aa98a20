import type { CoreErrorRows } from "./core-error-row";

/** Year-over-year comparison: its periods, dates and KPIs. */
export const YOY_ERROR_ROWS = {
  KPI_KEY_UNKNOWN: ["This is not a KPI", "這不是已知的 KPI。", "这不是已知的 KPI。"],
  LINES_NOT_DATED: ["A date column is needed in the lines", "交易明細需要日期欄位。", "交易明细需要日期列。"],
  PERIOD_NOT_WHOLE_DAYS: [
    "A period must start and end on whole days",
    "期間的起訖必須是整天。",
    "期间的起止必须是整天。",
  ],
  PERIOD_REVERSED: [
    "A period must start on or before its end",
    "期間的開始不可晚於結束。",
    "期间的开始不可晚于结束。",
  ],
  YOY_PERIOD_EMPTY: [
    "No line falls in the period",
    "沒有任何資料落在比較期間內：請檢查期間。",
    "没有任何数据落在比较期间内：请检查期间。",
  ],
} as const satisfies CoreErrorRows;
