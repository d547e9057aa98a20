import type { CoreErrorRows } from "./core-error-row";

/** Written reports: the segment sheets (centres, members, distribution, charts, elbow), the sensitivity report. */
export const REPORT_ERROR_ROWS = {
  CENTRES_SHAPE_INVALID: [
    "The centre values do not make one row of measures per segment",
    "群中心的數值無法構成每群一列的指標。",
    "群中心的数值无法构成每群一行的指标。",
  ],
  ELBOW_EMPTY: [
    "The elbow table needs at least one k",
    "手肘圖的表格至少需要一個 k。",
    "肘部图的表格至少需要一个 k。",
  ],
  INVALID_RESULT_SHEET: [
    "A profile of two columns is needed (this one has no cross-tab)",
    "需要依兩個欄位的用戶畫像（此畫像沒有交叉表）。",
    "需要按两个列的用户画像（此画像没有交叉表）。",
  ],
  KNEE_NOT_IN_SWEEP: [
    "The elbow is not one of the values of k swept",
    "手肘點不是已掃描的 k 值之一。",
    "肘部点不是已扫描的 k 值之一。",
  ],
  LABEL_CODE_INVALID: ["A label code names no label", "標籤代碼沒有對應的標籤。", "标签代码没有对应的标签。"],
  MAX_POINTS_INVALID: [
    "The number of chart points must be a whole number ≥ 1",
    "圖表點數必須是至少 1 的整數。",
    "图表点数必须是至少 1 的整数。",
  ],
  OPEN_ENDED_FROM_INVALID: [
    "The open-ended row must start at a whole number ≥ 1",
    "開放式的最後一列必須從至少 1 的整數開始。",
    "开放式的最后一行必须从至少 1 的整数开始。",
  ],
  REPORT_EMPTY: [
    "Promotion or price sensitivity results are needed",
    "需要促銷敏感度或價格敏感度的結果。",
    "需要促销敏感度或价格敏感度的结果。",
  ],
  SPILL_TOO_LARGE: [
    "The result would spill {value} cells (more than {bound}): use the task pane or the command line for data this large.",
    "結果將溢出 {value} 個儲存格（超過 {bound}）：資料這麼大時請使用工作窗格或命令列。",
    "结果将溢出 {value} 个单元格（超过 {bound}）：数据这么大时请使用任务窗格或命令行。",
  ],
} as const satisfies CoreErrorRows;
