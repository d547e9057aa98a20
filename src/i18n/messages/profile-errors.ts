import type { CoreErrorCode, CoreErrorDetails } from "../../errors";
import { defineMessages, type MessageCatalog } from "../define-messages";
import type { Locale } from "../locale";
import { COLUMN_ROLES } from "../../table/roles";
import { tableText } from "./table";

/**
 * The member profile's errors in the user's language, worded from the error's code and details (a door never
 * parses a core message). {by}, {ageBands} and {asOf} are the door's own names for those settings ("--by" on
 * the command line). One line per code: [en, zh-TW, zh-CN].
 */
const ROWS = {
  UNKNOWN_COLUMN: [
    '{by}: no column named "{value}" (columns: {bound})',
    "{by}：沒有名為「{value}」的欄位（現有欄位：{bound}）",
    "{by}：没有名为“{value}”的列（现有列：{bound}）",
  ],
  MISSING_COLUMN: [
    "The member profile needs a {role} column, and none was recognised: choose it.",
    "用戶畫像需要「{role}」欄位，但未辨識到：請指定。",
    "用户画像需要“{role}”列，但未识别到：请指定。",
  ],
  PROFILE_BY_INVALID: [
    "{by} takes one or two different columns (got {value}).",
    "{by} 須為一或兩個不同的欄位（收到：{value}）。",
    "{by} 须为一或两个不同的列（收到：{value}）。",
  ],
  AGE_BANDS_EMPTY: [
    "{ageBands} needs at least one lower edge, e.g. 18,25,35,45,55.",
    "{ageBands} 至少需要一個下限，例如 18,25,35,45,55。",
    "{ageBands} 至少需要一个下限，例如 18,25,35,45,55。",
  ],
  AGE_BAND_INVALID: [
    "{ageBands}: {value} is not a whole number of years from 0 to 150.",
    "{ageBands}：{value} 不是 0 到 150 之間的整數歲數。",
    "{ageBands}：{value} 不是 0 到 150 之间的整数岁数。",
  ],
  AGE_BANDS_NOT_ASCENDING: [
    "{ageBands} must ascend, but {value} follows {bound}.",
    "{ageBands} 須由小到大，但 {value} 排在 {bound} 之後。",
    "{ageBands} 须从小到大，但 {value} 排在 {bound} 之后。",
  ],
  AS_OF_REQUIRED: [
    "Ages from the birthdays in {column} need an as-of date ({asOf}): the table has no order dates to default to.",
    "以「{column}」的生日計算年齡需要基準日（{asOf}）：表中沒有訂單日期可作預設。",
    "以“{column}”的生日计算年龄需要基准日（{asOf}）：表中没有订单日期可作默认。",
  ],
  AS_OF_NOT_A_DATE: [
    "{asOf} must be a date (got {value}).",
    "{asOf} 必須是日期（收到：{value}）。",
    "{asOf} 必须是日期（收到：{value}）。",
  ],
  NO_MEMBERS: [
    "No row has a member id, so there is no member to profile.",
    "沒有任何一列有會員編號，無法建立用戶畫像。",
    "没有任何一行有会员编号，无法建立用户画像。",
  ],
} as const satisfies Partial<Record<CoreErrorCode, readonly [string, string, string]>>;

type ProfileErrorCode = keyof typeof ROWS;

function catalogFromRows(): MessageCatalog<ProfileErrorCode> {
  const en = {} as Record<ProfileErrorCode, string>;
  const zhTW = {} as Record<ProfileErrorCode, string>;
  const zhCN = {} as Record<ProfileErrorCode, string>;
  for (const key of Object.keys(ROWS) as ProfileErrorCode[]) {
    [en[key], zhTW[key], zhCN[key]] = ROWS[key];
  }
  return { en, "zh-TW": zhTW, "zh-CN": zhCN };
}

const errorText = defineMessages<ProfileErrorCode>(catalogFromRows());

/** A door's names for the profile's settings, as its user sees them. */
export interface ProfileSettingTerms {
  readonly by: string;
  readonly ageBands: string;
  readonly asOf: string;
}

/**
 * The message of a member-profile error in `locale`, from its code and details; null for a code this
 * catalogue does not word (the door falls back to its general handling).
 *
 * Cost: O(message length).
 *
 * @example
 * const terms = { by: "--by", ageBands: "--age-bands", asOf: "--as-of" };
 * profileErrorText("zh-TW", { code: "AGE_BANDS_NOT_ASCENDING", details: { value: 25, bound: 35 } }, terms) // "--age-bands 須由小到大，但 25 排在 35 之後。"
 * profileErrorText("en", { code: "MISSING_COLUMN", details: { argument: "memberId" } }, terms) // "The member profile needs a Member ID column, and none was recognised: choose it."
 * profileErrorText("en", { code: "KEY_INVALID", details: {} }, terms) // null
 */
export function profileErrorText(
  locale: Locale,
  error: { readonly code: string; readonly details?: CoreErrorDetails },
  terms: ProfileSettingTerms,
): string | null {
  if (!Object.prototype.hasOwnProperty.call(ROWS, error.code)) return null;
  const details = error.details ?? {};
  const role = details.argument;
  return errorText(locale, error.code as ProfileErrorCode, {
    ...terms,
    value: String(details.value ?? ""),
    bound: String(details.bound ?? ""),
    column: details.column ?? "",
    role: role === undefined ? "" : roleName(locale, role),
  });
}

/** A role's name in the user's language (the Intake sheet's), or the text as given when it is no role. */
function roleName(locale: Locale, role: string): string {
  const known = COLUMN_ROLES.find((candidate) => candidate === role);
  return known === undefined ? role : tableText(locale, `role.${known}`);
}
