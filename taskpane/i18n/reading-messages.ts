import { defineMessages } from "../../src/i18n/define-messages";

/** The columns step's reading options: how text numbers and a/b/yyyy dates are read. */
export const readingOptionText = defineMessages({
  en: {
    numberStyle: "Numbers written as",
    dayOrder: "Dates like 03/04/2021",
    detect: "Detect per column",
    dot: "1,234.5 (decimal point)",
    comma: "1.234,5 (decimal comma)",
    dmy: "Day first (3 April)",
    mdy: "Month first (March 4)",
  },
  "zh-TW": {
    numberStyle: "數字寫法",
    dayOrder: "像 03/04/2021 的日期",
    detect: "逐欄判定",
    dot: "1,234.5（句點作小數點）",
    comma: "1.234,5（逗號作小數點）",
    dmy: "日在前（4 月 3 日）",
    mdy: "月在前（3 月 4 日）",
  },
  "zh-CN": {
    numberStyle: "数字写法",
    dayOrder: "像 03/04/2021 的日期",
    detect: "逐列判定",
    dot: "1,234.5（句点作小数点）",
    comma: "1.234,5（逗号作小数点）",
    dmy: "日在前（4 月 3 日）",
    mdy: "月在前（3 月 4 日）",
  },
});
