import type { CoreErrorCode, CoreErrorDetails } from "../../errors";
import { defineMessages, type MessageCatalog } from "../define-messages";
import type { Locale } from "../locale";
import { churnErrorText } from "./churn-errors";
import { CORE_ERROR_ROWS, type CoreErrorRow, type CoreErrorRowKey } from "./core-errors/index";
import { inputErrorText } from "./input-errors";

/**
 * A core error in the user's language from its code and details, for a door that has no wording of its own
 * (the worksheet functions' #VALUE! text, issue 12 item 5): the shared input errors (inputErrorText), the
 * churn failures (churnErrorText), the codes below, which a worksheet function's arguments commonly hit, then
 * every other code thrown in src/, by area (core-errors/index.ts, which also lists the internal codes).
 * One line per code: [en, zh-TW, zh-CN]; {value}, {bound} and {row} (1-based) come from the details. The English
 * line is the core's own message, so English cells read the same whether worded here or not.
 */
const ROWS = {
  BREAKPOINTS_EMPTY: ["At least one breakpoint is needed", "至少需要一個斷點。", "至少需要一个断点。"],
  BREAKPOINT_NOT_FINITE: [
    "Breakpoint {row} is not a number",
    "第 {row} 個斷點不是數字。",
    "第 {row} 个断点不是数字。",
  ],
  BREAKPOINTS_NOT_ASCENDING: [
    "Breakpoints must strictly ascend (breakpoint {row}, {value}, is not above {bound})",
    "斷點必須由小到大：第 {row} 個斷點（{value}）沒有大於 {bound}。",
    "断点必须由小到大：第 {row} 个断点（{value}）没有大于 {bound}。",
  ],
  TOO_FEW_ROWS: [
    "At least {bound} rows are needed (got {value})",
    "至少需要 {bound} 列資料（目前為 {value} 列）。",
    "至少需要 {bound} 行数据（当前为 {value} 行）。",
  ],
  K_INVALID: [
    "The number of segments k must be a whole number ≥ 1 (got {value})",
    "分群數 k 必須是至少 1 的整數（目前為 {value}）。",
    "分群数 k 必须是至少 1 的整数（当前为 {value}）。",
  ],
  K_EXCEEDS_DISTINCT_ROWS: [
    "k = {value} is more than the {bound} distinct rows: choose a smaller k",
    "k = {value} 多於 {bound} 個相異的資料列：請選擇較小的 k。",
    "k = {value} 多于 {bound} 个不同的数据行：请选择较小的 k。",
  ],
} as const satisfies Partial<Record<CoreErrorCode, readonly [string, string, string]>>;

type CoreErrorKey = keyof typeof ROWS;

/** Which details each wording needs; without them the door shows the core's own (English) message. */
const NEEDS: Readonly<Record<CoreErrorKey, readonly ("value" | "bound" | "row")[]>> = {
  BREAKPOINTS_EMPTY: [],
  BREAKPOINT_NOT_FINITE: ["row"],
  BREAKPOINTS_NOT_ASCENDING: ["row", "value", "bound"],
  TOO_FEW_ROWS: ["value", "bound"],
  K_INVALID: ["value"],
  K_EXCEEDS_DISTINCT_ROWS: ["value", "bound"],
};

function catalogFromRows(): MessageCatalog<CoreErrorKey> {
  const en = {} as Record<CoreErrorKey, string>;
  const zhTW = {} as Record<CoreErrorKey, string>;
  const zhCN = {} as Record<CoreErrorKey, string>;
  for (const key of Object.keys(ROWS) as CoreErrorKey[]) [en[key], zhTW[key], zhCN[key]] = ROWS[key];
  return { en, "zh-TW": zhTW, "zh-CN": zhCN };
}

const text = defineMessages<CoreErrorKey>(catalogFromRows());

/**
 * The message of a core error in `locale`, worded from its code and details; null when no catalogue words the
 * code or the details lack a value the wording needs (the door then shows the core's plain English message).
 * Order: the shared input errors, the churn failures, the rows above, then every other area's rows
 * (core-errors/index.ts). In English an area row gives the error's own message when the caller passes it: the
 * core's message is the English wording, and it may name more (a row number) than the details carry.
 *
 * Cost: O(message length).
 *
 * @example coreErrorText("zh-TW", { code: "BREAKPOINTS_EMPTY", details: {} }) // "至少需要一個斷點。"
 * @example coreErrorText("en", { code: "K_INVALID", details: { argument: "k", value: 0 } }) // "The number of segments k must be a whole number ≥ 1 (got 0)"
 * @example coreErrorText("zh-CN", { code: "MISSING_COLUMN", details: { argument: "amount", input: "pareto" } }) // "帕累托分析需要“金额”列，但未识别到：请指定。"
 * @example coreErrorText("zh-TW", { code: "NO_MEMBERS", details: {} }) // "至少需要一位會員。"
 * @example coreErrorText("en", { code: "NO_MEMBERS", message: "At least one row with a member id is needed" }) // "At least one row with a member id is needed"
 * @example coreErrorText("en", { code: "CANCELLED" }) // null
 */
export function coreErrorText(
  locale: Locale,
  error: { readonly code: string; readonly details?: CoreErrorDetails; readonly message?: string },
): string | null {
  const shared = inputErrorText(locale, error);
  if (shared !== null) return shared;
  if (error.code.startsWith("CHURN_")) return churnErrorText(locale, error.code, error.details);
  if (Object.prototype.hasOwnProperty.call(ROWS, error.code)) return ownRowText(locale, error);
  return areaRowText(locale, error);
}

function ownRowText(
  locale: Locale,
  error: { readonly code: string; readonly details?: CoreErrorDetails },
): string | null {
  const code = error.code as CoreErrorKey;
  const details = error.details ?? {};
  if (NEEDS[code].some((name) => details[name] === undefined || details[name] === null)) return null;
  return text(locale, code, {
    value: String(details.value ?? ""),
    bound: String(details.bound ?? ""),
    row: details.row === undefined ? "" : details.row + 1,
  });
}

const LOCALE_COLUMN: Readonly<Record<Locale, 0 | 1 | 2>> = { en: 0, "zh-TW": 1, "zh-CN": 2 };

/**
 * An area row's text: the code's `.detailed` row when the details fill all its placeholders, else the code's own
 * row, its {value}, {bound}, {column} and {row} (1-based) filled from the details; null if one is missing.
 */
function areaRowText(
  locale: Locale,
  error: { readonly code: string; readonly details?: CoreErrorDetails; readonly message?: string },
): string | null {
  const known = (key: string): key is CoreErrorRowKey =>
    Object.prototype.hasOwnProperty.call(CORE_ERROR_ROWS, key);
  if (!known(error.code)) return null;
  if (locale === "en" && typeof error.message === "string" && error.message !== "") return error.message;
  const values = detailValues(error.details ?? {});
  const detailed = `${error.code}.detailed`;
  const fromDetailed = known(detailed) ? filled(CORE_ERROR_ROWS[detailed], locale, values) : null;
  return fromDetailed ?? filled(CORE_ERROR_ROWS[error.code], locale, values);
}

function detailValues(details: CoreErrorDetails): Readonly<Record<string, string | undefined>> {
  return {
    value: details.value === undefined || details.value === null ? undefined : String(details.value),
    bound: details.bound === undefined ? undefined : String(details.bound),
    column: details.column,
    row: details.row === undefined ? undefined : String(details.row + 1),
  };
}

/** The row's line for `locale` with its placeholders filled, or null when a value is missing. */
function filled(
  row: CoreErrorRow | undefined,
  locale: Locale,
  values: Readonly<Record<string, string | undefined>>,
): string | null {
  if (row === undefined) return null;
  let missing = false;
  const worded = row[LOCALE_COLUMN[locale]].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) missing = true;
    return value ?? "";
  });
  return missing ? null : worded;
}
