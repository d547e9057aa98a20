import type { CoreErrorRows } from "./core-error-row";

/** Segments (k-means), the elbow and the quality scores: the errors of k, the sweep and the data's matrix. */
export const CLUSTER_ERROR_ROWS = {
  CHOSEN_K_INVALID: [
    "The chosen number of segments must be a whole number of at least 1",
    "選擇的分群數必須是至少 1 的整數。",
    "选择的分群数必须是至少 1 的整数。",
  ],
  CLUSTER_COUNT_INVALID: [
    "The quality scores need from 2 to members − 1 segments",
    "品質分數需要 2 到（會員數 − 1）個群。",
    "质量分数需要 2 到（会员数 − 1）个群。",
  ],
  CLUSTER_LABEL_INVALID: [
    "A segment label is not a whole number ≥ 0",
    "群標籤必須是 0 以上的整數。",
    "群标签必须是 0 及以上的整数。",
  ],
  CONSTANT_COLUMN: [
    "All values in a column are equal, so it cannot be standardised",
    "某欄位的數值全部相同，無法標準化。",
    "某列的数值全部相同，无法标准化。",
  ],
  DISTANCES_SHAPE_INVALID: [
    "The distances must form a rows × rows table",
    "距離必須構成「列數 × 列數」的表格。",
    "距离必须构成“行数 × 行数”的表格。",
  ],
  DISTANCE_INVALID: [
    "A distance is not valid",
    "距離必須是 0 以上的有限數字且彼此對稱。",
    "距离必须是 0 及以上的有限数字且彼此对称。",
  ],
  KNEE_LENGTH_MISMATCH: [
    "The elbow curve needs one score per value of k",
    "手肘圖的每個 k 值需要一個分數。",
    "肘部图的每个 k 值需要一个分数。",
  ],
  KNEE_SENSITIVITY_INVALID: [
    "The elbow sensitivity must be ≥ 0",
    "手肘點的敏感度必須 ≥ 0。",
    "肘部点的敏感度必须 ≥ 0。",
  ],
  KNEE_TOO_FEW_POINTS: [
    "Finding the elbow needs at least 3 values of k",
    "尋找手肘點至少需要 3 個 k 值。",
    "寻找肘部点至少需要 3 个 k 值。",
  ],
  KNEE_X_NOT_INCREASING: [
    "The values of k on the elbow curve must increase",
    "手肘圖上的 k 值必須由小到大。",
    "肘部图上的 k 值必须由小到大。",
  ],
  K_CRITERIA_UNAVAILABLE: [
    "No number of segments can be recommended: try at least 3 values of k, with the quality scores on, so there is a knee or a score to compare.",
    "無法建議分群數：請至少試 3 個 k 值並開啟品質分數，才有手肘點或分數可比較。",
    "无法建议分群数：请至少试 3 个 k 值并开启质量分数，才有肘部点或分数可比较。",
  ],
  K_OUT_OF_SWEEP: [
    "k must be one of the values swept",
    "k 必須是已掃描的分群數之一。",
    "k 必须是已扫描的分群数之一。",
  ],
  K_RANGE_INVALID: [
    "The range of k must be whole numbers with 1 ≤ smallest k ≤ largest k",
    "k 的範圍必須是整數，且 1 ≤ 最小 k ≤ 最大 k。",
    "k 的范围必须是整数，且 1 ≤ 最小 k ≤ 最大 k。",
  ],
  LABELS_LENGTH_MISMATCH: [
    "One segment label per row is needed",
    "每一列資料需要一個群標籤。",
    "每一行数据需要一个群标签。",
  ],
  LABEL_INVALID: [
    "A label is not valid",
    "標籤無效：群標籤必須是 0 以上的整數，流失評估需要同時有流失與未流失的會員。",
    "标签无效：群标签必须是 0 及以上的整数，流失评估需要同时有流失与未流失的会员。",
  ],
  MATRIX_SHAPE_INVALID: [
    "The data must be a whole number of rows with at least one column",
    "資料必須是完整的列，且至少一個欄位。",
    "数据必须是完整的行，且至少一列。",
  ],
  MAX_ITERATIONS_INVALID: [
    "The maximum number of iterations must be a whole number ≥ 1",
    "最大迭代次數必須是至少 1 的整數。",
    "最大迭代次数必须是至少 1 的整数。",
  ],
  NO_NUMERIC_COLUMN: [
    "At least one column of numbers is needed to form segments",
    "分群至少需要一個數值欄位。",
    "分群至少需要一个数值列。",
  ],
  ORDER_COLUMN_INVALID: [
    "The column to order segments by is not one of the data's columns",
    "用來排序群的欄位不在資料中。",
    "用来排序群的列不在数据中。",
  ],
  RESTARTS_INVALID: [
    "The number of restarts must be a whole number ≥ 1",
    "重新起始次數必須是至少 1 的整數。",
    "重新起始次数必须是至少 1 的整数。",
  ],
  SEED_INVALID: [
    "The seed must be a whole number ≥ 0",
    "種子必須是 0 以上的整數。",
    "种子必须是 0 及以上的整数。",
  ],
  TOLERANCE_INVALID: ["The tolerance must be ≥ 0", "容許誤差必須 ≥ 0。", "容许误差必须 ≥ 0。"],
  WEIGHTS_LENGTH_MISMATCH: [
    "One weight per row is needed",
    "每一列資料需要一個權重。",
    "每一行数据需要一个权重。",
  ],
  WEIGHT_NOT_POSITIVE: [
    "A weight is not a positive finite number",
    "權重必須是大於 0 的有限數字。",
    "权重必须是大于 0 的有限数字。",
  ],
} as const satisfies CoreErrorRows;
