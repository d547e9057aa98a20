import type { CoreErrorCode, CoreErrorDetails } from "../../errors";
import { defineMessages, type MessageCatalog } from "../define-messages";
import type { Locale } from "../locale";
import { roleDisplayName } from "../role-name";

/**
 * The input errors every member analysis shares (a missing role, a column of the wrong type, a table of the
 * wrong shape), in the user's language, worded from the error's code and details: roles by their names
 * ("Order date"), never their keys. One line per key: [en, zh-TW, zh-CN].
 */
const ROWS = {
  MISSING_COLUMN: [
    "{analysis} needs a column for {role}, and none was recognised: choose it.",
    "{analysis}需要「{role}」欄位，但未辨識到：請指定。",
    "{analysis}需要“{role}”列，但未识别到：请指定。",
  ],
  COLUMN_TYPE_MISMATCH: [
    "{analysis} needs the {role} column “{column}” to hold {type} values (it was read as {actual}).",
    "{analysis}需要「{role}」欄位「{column}」為{type}（目前讀成{actual}）。",
    "{analysis}需要“{role}”列“{column}”为{type}（目前读成{actual}）。",
  ],
  "INPUT_SHAPE_NOT_ACCEPTED.perMember": [
    "{analysis} needs one row per order line (order dates per member); this table has one row per member.",
    "{analysis}需要每筆訂單明細一列（每位會員的各筆訂單日期）；此表為每位會員一列。",
    "{analysis}需要每笔订单明细一行（每位会员的各笔订单日期）；此表为每位会员一行。",
  ],
  "INPUT_SHAPE_NOT_ACCEPTED.orderLines": [
    "{analysis} needs one row per member; this table has order lines.",
    "{analysis}需要每位會員一列；此表為訂單明細。",
    "{analysis}需要每位会员一行；此表为订单明细。",
  ],
  "type.number": ["number", "數值", "数值"],
  "type.date": ["date", "日期", "日期"],
  "type.text": ["text", "文字", "文本"],
  "type.boolean": ["TRUE/FALSE", "TRUE/FALSE", "TRUE/FALSE"],
  "analysis.segment": ["Segment", "會員分群", "会员分群"],
  "analysis.rfm": ["RFM scoring", "RFM 評分", "RFM 评分"],
  "analysis.clv": ["Customer lifetime value", "顧客終身價值", "客户终身价值"],
  "analysis.bgnbd": ["The BG/NBD model", "BG/NBD 模型", "BG/NBD 模型"],
  "analysis.cycle": ["The purchase cycle", "購買週期", "购买周期"],
  "analysis.sensitivity": ["Promotion sensitivity", "促銷敏感度", "促销敏感度"],
  "analysis.timing": ["Order timing", "下單時段", "下单时段"],
  "analysis.cohorts": ["Cohort retention", "同期群留存", "同期群留存"],
  "analysis.pareto": ["The Pareto check", "帕累托分析", "帕累托分析"],
  "analysis.channel": ["Channel mix", "通路組合", "渠道组合"],
  "analysis.churn": ["Churn risk", "流失風險", "流失风险"],
  "analysis.profile": ["The member profile", "用戶畫像", "用户画像"],
  "analysis.other": ["This analysis", "此分析", "此分析"],
} as const satisfies Record<string, readonly [string, string, string]>;

type InputErrorKey = keyof typeof ROWS;

function catalogFromRows(): MessageCatalog<InputErrorKey> {
  const en = {} as Record<InputErrorKey, string>;
  const zhTW = {} as Record<InputErrorKey, string>;
  const zhCN = {} as Record<InputErrorKey, string>;
  for (const key of Object.keys(ROWS) as InputErrorKey[]) [en[key], zhTW[key], zhCN[key]] = ROWS[key];
  return { en, "zh-TW": zhTW, "zh-CN": zhCN };
}

const text = defineMessages<InputErrorKey>(catalogFromRows());

const WORDED = [
  "MISSING_COLUMN",
  "COLUMN_TYPE_MISMATCH",
  "INPUT_SHAPE_NOT_ACCEPTED",
] as const satisfies readonly CoreErrorCode[];

/**
 * The message of a shared input error in `locale`, from its code and details (details.input = the analysis,
 * details.argument = the role or, for INPUT_SHAPE_NOT_ACCEPTED, the analysis); null for a code it does not word
 * or an error without the details it needs (the door then shows the core's own message).
 *
 * Cost: O(message length).
 *
 * @example inputErrorText("en", { code: "MISSING_COLUMN", details: { argument: "orderDate", input: "segment" } }) // "Segment needs a column for Order date, and none was recognised: choose it."
 * @example inputErrorText("zh-TW", { code: "INPUT_SHAPE_NOT_ACCEPTED", details: { argument: "cycle", value: "perMember" } }) // "購買週期需要每筆訂單明細一列（每位會員的各筆訂單日期）；此表為每位會員一列。"
 * @example inputErrorText("en", { code: "K_INVALID", details: {} }) // null
 */
export function inputErrorText(
  locale: Locale,
  error: { readonly code: string; readonly details?: CoreErrorDetails },
): string | null {
  const code = WORDED.find((candidate) => candidate === error.code);
  const details = error.details ?? {};
  if (code === undefined || details.argument === undefined) return null;
  if (code === "INPUT_SHAPE_NOT_ACCEPTED") {
    const shape = details.value === "perMember" ? "perMember" : "orderLines";
    return text(locale, `INPUT_SHAPE_NOT_ACCEPTED.${shape}`, {
      analysis: analysisName(locale, details.argument),
    });
  }
  const values = {
    analysis: analysisName(locale, details.input),
    role: roleDisplayName(locale, details.argument),
    column: details.column ?? "",
    type: typeName(locale, details.bound),
    actual: typeName(locale, details.value),
  };
  return text(locale, code, values);
}

function analysisName(locale: Locale, analysis: string | undefined): string {
  const key = `analysis.${analysis ?? "other"}`;
  return text(
    locale,
    Object.prototype.hasOwnProperty.call(ROWS, key) ? (key as InputErrorKey) : "analysis.other",
  );
}

function typeName(locale: Locale, type: unknown): string {
  const key = `type.${String(type)}`;
  return Object.prototype.hasOwnProperty.call(ROWS, key) ? text(locale, key as InputErrorKey) : String(type);
}
