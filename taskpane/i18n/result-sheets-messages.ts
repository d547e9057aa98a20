import { defineMessages } from "../../src/i18n/define-messages";
import type { Locale } from "../../src/i18n/locale";

/**
 * What the pane says about the sheets of a run: the option to replace the previous run's sheets, what a run
 * rewrote or could not, and that a stopped run left nothing (a cancel is worded by the pane's "cancelled").
 * {sheets} is a list made by `sheetList`; {sheet}, {current} and {written} are one quoted sheet name each.
 */
export const resultSheetsText = defineMessages({
  en: {
    replaceOption: "Replace the sheets of the previous run",
    replaceOn:
      "Rewrites {sheets} in place: formulas that refer to the previous results will show the new ones.",
    replaceOff: "Writes the results to new sheets beside {sheets}; the previous results stay as they are.",
    replaced: "Rewrote {sheets} in place: formulas that referred to the previous results now show these.",
    renamed:
      "{sheet} of the previous run was renamed to {current}, so it was kept as it is; this result is in the new sheet {written}.",
    deleted:
      "{sheet} of the previous run is no longer in the workbook; this result is in the new sheet {written}.",
    noneKept: "None of the {count} sheets of this run was kept.",
    keptPrevious: "{sheets} still hold the previous run.",
    quoted: "“{name}”",
    listSeparator: ", ",
    listLastSeparator: " and ",
  },
  "zh-TW": {
    replaceOption: "取代上次執行的工作表",
    replaceOn: "直接改寫{sheets}：參照上次結果的公式會改為顯示新的結果。",
    replaceOff: "在{sheets}旁寫入新的工作表；上次的結果維持不變。",
    replaced: "已直接改寫{sheets}：參照上次結果的公式現在顯示這次的結果。",
    renamed: "上次執行的{sheet}已改名為{current}，因此保留不動；這次的結果在新工作表{written}。",
    deleted: "上次執行的{sheet}已不在活頁簿中；這次的結果在新工作表{written}。",
    noneKept: "這次執行的 {count} 個工作表都沒有保留。",
    keptPrevious: "{sheets}仍是上次執行的結果。",
    quoted: "「{name}」",
    listSeparator: "、",
    listLastSeparator: "和",
  },
  "zh-CN": {
    replaceOption: "替换上次运行的工作表",
    replaceOn: "直接改写{sheets}：引用上次结果的公式会改为显示新的结果。",
    replaceOff: "在{sheets}旁写入新的工作表；上次的结果保持不变。",
    replaced: "已直接改写{sheets}：引用上次结果的公式现在显示本次的结果。",
    renamed: "上次运行的{sheet}已改名为{current}，因此保持不变；本次结果在新工作表{written}。",
    deleted: "上次运行的{sheet}已不在工作簿中；本次结果在新工作表{written}。",
    noneKept: "本次运行的 {count} 个工作表都没有保留。",
    keptPrevious: "{sheets}仍是上次运行的结果。",
    quoted: "“{name}”",
    listSeparator: "、",
    listLastSeparator: "和",
  },
});

export type ResultSheetsTextKey = Parameters<typeof resultSheetsText>[1];

/**
 * Sheet names quoted and joined as the language lists them.
 *
 * @example sheetList("en", ["Segments", "Members", "Elbow"]) // "“Segments”, “Members” and “Elbow”"
 * @example sheetList("zh-TW", ["分群", "會員"]) // "「分群」和「會員」"
 */
export function sheetList(locale: Locale, names: readonly string[]): string {
  const quoted = names.map((name) => resultSheetsText(locale, "quoted", { name }));
  if (quoted.length <= 1) return quoted.join("");
  const last = quoted.pop() ?? "";
  return `${quoted.join(resultSheetsText(locale, "listSeparator"))}${resultSheetsText(locale, "listLastSeparator")}${last}`;
}
