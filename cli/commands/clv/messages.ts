import { defineMessages } from "../../../src/i18n/define-messages";

/** Text-output lines of the clv command (the tables themselves use the core's clv catalogue). */
const en = {
  "title.bgnbd": "BG/NBD fitted on {customers} customers ({source})",
  "title.gammagamma":
    "Discounted CLV of {customers} customers: Gamma-Gamma spend × BG/NBD purchases ({source})",
  "title.simple": "Simple CLV of {customers} members ({source})",
  "line.calibration": "Calibration end {date}; {after} transactions after it left out.",
  "line.skipped": "{count} rows without a member, date or amount left out.",
  "line.excluded":
    "{count} repeat customers with a mean spend of 0 or less left out of Gamma-Gamma and the CLV table (--exclude-zero-spend).",
  "line.units": "Time unit of recency, T and α: {unit}. Horizon: {horizon} {periodUnit}.",
  "line.more": "… {count} more (all of them with {flags})",
} as const;

type Key = keyof typeof en;

const zhTW: Readonly<Record<Key, string>> = {
  "title.bgnbd": "BG/NBD 模型，以 {customers} 位顧客估計（{source}）",
  "title.gammagamma": "{customers} 位顧客的折現 CLV：Gamma-Gamma 金額 × BG/NBD 購買次數（{source}）",
  "title.simple": "{customers} 位會員的簡易 CLV（{source}）",
  "line.calibration": "校準期截止 {date}；其後的 {after} 筆交易未納入。",
  "line.skipped": "{count} 列缺少會員、日期或金額，未納入。",
  "line.excluded":
    "{count} 位重複購買但平均金額不大於 0 的顧客未納入 Gamma-Gamma 與 CLV 表（--exclude-zero-spend）。",
  "line.units": "t_x、T 與 α 的時間單位：{unit}。期間：{horizon} {periodUnit}。",
  "line.more": "……另有 {count} 筆（以 {flags} 取得全部）",
};

const zhCN: Readonly<Record<Key, string>> = {
  "title.bgnbd": "BG/NBD 模型，以 {customers} 位顾客估计（{source}）",
  "title.gammagamma": "{customers} 位顾客的折现 CLV：Gamma-Gamma 金额 × BG/NBD 购买次数（{source}）",
  "title.simple": "{customers} 位会员的简易 CLV（{source}）",
  "line.calibration": "校准期截止 {date}；其后的 {after} 笔交易未纳入。",
  "line.skipped": "{count} 行缺少会员、日期或金额，未纳入。",
  "line.excluded":
    "{count} 位重复购买但平均金额不大于 0 的顾客未纳入 Gamma-Gamma 与 CLV 表（--exclude-zero-spend）。",
  "line.units": "t_x、T 与 α 的时间单位：{unit}。期间：{horizon} {periodUnit}。",
  "line.more": "……另有 {count} 条（用 {flags} 获取全部）",
};

export const clvCliMessages = defineMessages<Key>({ en, "zh-TW": zhTW, "zh-CN": zhCN });
