import { defineMessages, type MessageCatalog } from "../../../src/i18n/define-messages";

/**
 * Strings of the Members tab's Profile and Churn risk (settings, progress, summary in words, advice), one line
 * per key: [en, zh-TW, zh-CN]. The sheets and the core's errors are worded by src/i18n/messages/profile*.ts
 * and churn*.ts. A data file in three languages, so longer than ~150 lines.
 */
const ROWS = {
  "analysis.profile": ["Profile", "用戶畫像", "用户画像"],
  "analysis.churn": ["Churn risk", "流失預測", "流失预测"],
  "explain.profile": [
    "Members, buyers, orders, GMV and AOV per group of the columns you choose (region, gender, age band, level, channel, first-order category), with the top 5 groups' share.",
    "依所選欄位（地區、性別、年齡層、等級、通路、首購類別）分組的會員數、購買會員、訂單數、GMV 與平均訂單金額，以及前 5 大群組的占比。",
    "按所选列（地区、性别、年龄段、等级、渠道、首单类目）分组的会员数、购买会员、订单数、GMV 与笔单价，以及前 5 大群组的占比。",
  ],
  "explain.churn": [
    "Which members will stop buying within the horizon: a logistic model checked on held-out members, then every member scored.",
    "預測哪些會員在未來一段時間內不會再購買：以保留的會員檢驗邏輯迴歸模型，再為每位會員評分。",
    "预测哪些会员在未来一段时间内不会再购买：以保留的会员检验逻辑回归模型，再为每位会员评分。",
  ],
  profileHeading: ["Profile", "用戶畫像", "用户画像"],
  byLabel: ["Break members down by", "會員分組依據", "会员分组依据"],
  byHint: [
    "One sheet per column; members without a value form their own group (Unknown).",
    "每個欄位各寫一張工作表；沒有值的會員自成一組（未知）。",
    "每个列各写一张工作表；没有值的会员自成一组（未知）。",
  ],
  byNone: [
    "Choose at least one column, or a cross-tab pair.",
    "請至少選擇一個欄位，或一組交叉分析欄位。",
    "请至少选择一个列，或一组交叉分析列。",
  ],
  crossLabel: ["Cross-tab (optional)", "交叉分析（選填）", "交叉分析（选填）"],
  crossHint: [
    "Share of GMV per cell of two columns, on a sheet with both breakdowns.",
    "兩個欄位交叉後各格的 GMV 占比，與兩個欄位的分組寫在同一張工作表。",
    "两个列交叉后各格的 GMV 占比，与两个列的分组写在同一张工作表。",
  ],
  crossRows: ["Rows", "列", "行"],
  crossColumns: ["Columns", "欄", "列"],
  crossNone: ["(none)", "（無）", "（无）"],
  crossIncomplete: [
    "Choose two different columns, or none.",
    "請選擇兩個不同的欄位，或都不選。",
    "请选择两个不同的列，或都不选。",
  ],
  ageBandsLabel: ["Age bands: lower edges (years)", "年齡層：各層下限（歲）", "年龄段：各段下限（岁）"],
  ageBandsInvalid: [
    "Enter whole years from 0 to 150, ascending, separated by commas, e.g. 18, 25, 35, 45, 55.",
    "請輸入 0 到 150 的整數歲數，由小到大，以逗號分隔，例如 18, 25, 35, 45, 55。",
    "请输入 0 到 150 的整数岁数，从小到大，以逗号分隔，例如 18, 25, 35, 45, 55。",
  ],
  ageBandsStatement: [
    "Bands: {bands}; younger members: under {first}.",
    "年齡層：{bands}；更年輕的會員：未滿 {first} 歲。",
    "年龄段：{bands}；更年轻的会员：未满 {first} 岁。",
  ],
  asOfLabel: ["Ages as of (optional)", "年齡計算基準日（選填）", "年龄计算基准日（选填）"],
  asOfHint: [
    "yyyy-mm-dd. Empty: the day after the latest order.",
    "格式 yyyy-mm-dd。留空：最後一筆訂單的隔天。",
    "格式 yyyy-mm-dd。留空：最后一笔订单的次日。",
  ],
  dateInvalid: [
    "Enter a date as yyyy-mm-dd, or leave the field empty.",
    "請以 yyyy-mm-dd 輸入日期，或留空。",
    "请以 yyyy-mm-dd 输入日期，或留空。",
  ],
  churnHeading: ["Churn risk", "流失預測", "流失预测"],
  horizonDaysLabel: ["Horizon (days)", "觀察期（天）", "观察期（天）"],
  horizonDaysHint: [
    "A member with no order in this many days after the calibration date has churned. Default 90.",
    "校準日之後這麼多天內沒有訂單的會員視為流失。預設 90。",
    "校准日之后这么多天内没有订单的会员视为流失。默认 90。",
  ],
  horizonDaysInvalid: [
    "Enter a whole number of days, 1 or more.",
    "請輸入 1 以上的整數天數。",
    "请输入 1 及以上的整数天数。",
  ],
  calibrationLabel: ["Calibration date (optional)", "校準日（選填）", "校准日（选填）"],
  calibrationHint: [
    "yyyy-mm-dd: features are computed up to this day. Empty: the last order date minus the horizon.",
    "格式 yyyy-mm-dd：特徵計算到這一天為止。留空：最後訂單日期減去觀察期。",
    "格式 yyyy-mm-dd：特征计算到这一天为止。留空：最后订单日期减去观察期。",
  ],
  holdoutLabel: ["Held-out members (%)", "保留樣本（%）", "保留样本（%）"],
  holdoutHint: [
    "Share of the churned and of the other members kept aside to test the model. Default 30 %.",
    "流失與未流失會員各保留這個比例，用來檢驗模型。預設 30 %。",
    "流失与未流失会员各保留这个比例，用来检验模型。默认 30 %。",
  ],
  holdoutInvalid: [
    "Enter a percentage above 0 and below 100.",
    "請輸入大於 0 且小於 100 的百分比。",
    "请输入大于 0 且小于 100 的百分比。",
  ],
  seedLabel: ["Seed", "隨機種子", "随机种子"],
  seedHint: [
    "The same seed holds out the same members.",
    "相同的種子會保留相同的會員。",
    "相同的种子会保留相同的会员。",
  ],
  seedInvalid: ["Enter a whole number, 0 or more.", "請輸入 0 以上的整數。", "请输入 0 及以上的整数。"],
  thresholdLabel: ["Risk threshold (probability)", "風險門檻（機率）", "风险阈值（概率）"],
  thresholdHint: [
    "Members at or above it are listed as at risk. Default 0.7.",
    "流失機率達到門檻的會員列為高風險。預設 0.7。",
    "流失概率达到阈值的会员列为高风险。默认 0.7。",
  ],
  thresholdInvalid: [
    "Enter a probability between 0 and 1, e.g. 0.7.",
    "請輸入介於 0 與 1 之間的機率，例如 0.7。",
    "请输入介于 0 与 1 之间的概率，例如 0.7。",
  ],
  sheetName: ["{base} - {columns}", "{base}（{columns}）", "{base}（{columns}）"],
  "stage.profile": ["Profile: {columns}…", "用戶畫像：{columns}…", "用户画像：{columns}…"],
  "stage.churn": ["Churn risk: fitting the model…", "流失預測：訓練模型中…", "流失预测：训练模型中…"],
  "summary.profile": [
    "by {column}, {group} has the most GMV ({gmvShare} of GMV, {members} members, {memberShare} of members) and the top 5 groups hold {top5} of GMV",
    "依{column}，{group} 的 GMV 最高（占 GMV {gmvShare}，{members} 位會員，占會員 {memberShare}），前 5 大群組占 GMV {top5}",
    "按{column}，{group} 的 GMV 最高（占 GMV {gmvShare}，{members} 位会员，占会员 {memberShare}），前 5 大群组占 GMV {top5}",
  ],
  "summary.churn": [
    "churn within {horizon} days after {date}: holdout AUC {auc}, precision {precision} and recall {recall} at {threshold}; {atRisk} of {scored} members at or above it",
    "{date} 之後 {horizon} 天內的流失：保留樣本 AUC {auc}，門檻 {threshold} 時精確率 {precision}、召回率 {recall}；{scored} 位會員中 {atRisk} 位達到門檻",
    "{date} 之后 {horizon} 天内的流失：保留样本 AUC {auc}，阈值 {threshold} 时精确率 {precision}、召回率 {recall}；{scored} 位会员中 {atRisk} 位达到阈值",
  ],
  notAvailable: ["n/a", "不適用", "不适用"],
  "hint.churn": [
    "Change the horizon or the calibration date above, or use a longer history with more members.",
    "請調整上方的觀察期或校準日，或使用時間更長、會員更多的資料。",
    "请调整上方的观察期或校准日，或使用时间更长、会员更多的数据。",
  ],
  "hint.profile": [
    "Check the columns and age settings of the profile above.",
    "請檢查上方用戶畫像的欄位與年齡設定。",
    "请检查上方用户画像的列与年龄设置。",
  ],
} as const;

/** A key of the Profile and Churn risk strings. */
export type ProfileChurnKey = keyof typeof ROWS;

function catalogFromRows(): MessageCatalog<ProfileChurnKey> {
  const en = {} as Record<ProfileChurnKey, string>;
  const zhTW = {} as Record<ProfileChurnKey, string>;
  const zhCN = {} as Record<ProfileChurnKey, string>;
  for (const key of Object.keys(ROWS) as ProfileChurnKey[]) [en[key], zhTW[key], zhCN[key]] = ROWS[key];
  return { en, "zh-TW": zhTW, "zh-CN": zhCN };
}

/**
 * The Profile and Churn risk translator: `profileChurnText(locale, "analysis.churn")`.
 *
 * @example profileChurnText("zh-TW", "analysis.churn") // "流失預測"
 */
export const profileChurnText = defineMessages<ProfileChurnKey>(catalogFromRows());
