import { churnErrorText } from "../../../src/i18n/messages/churn-errors";
import { churnText } from "../../../src/i18n/messages/churn";
import { featureValueText, reasonsText } from "../../../src/report/churn-format";

describe("the churn sheet's words", () => {
  it("writes a member's reasons in each language, values in their units", () => {
    const reasons = [
      { feature: "recencyDays" as const, value: 245, average: 120.25, contribution: 1.2 },
      { feature: "couponShare" as const, value: 0.5, average: 0.125, contribution: 0.4 },
    ];
    expect(reasonsText("en", reasons)).toBe(
      "recency (days since the last purchase) 245 (average 120.3); share of orders with a coupon 50.0% (average 12.5%)",
    );
    expect(reasonsText("zh-TW", reasons)).toBe(
      "近度（距上次購買天數） 245（平均 120.3）；使用優惠券的訂單比例 50.0%（平均 12.5%）",
    );
    expect(reasonsText("zh-CN", [])).toBe("（没有高于平均且推高风险的特征）");
    expect([featureValueText("meanGapDays", 12.345), featureValueText("aov", 3)]).toEqual(["12.3", "3.00"]);
  });

  it("uses full-width punctuation in the Chinese sheet and error strings", () => {
    for (const locale of ["zh-TW", "zh-CN"] as const) {
      const texts = [
        churnText(locale, "note.label", { horizon: 90, date: "2024-09-30" }),
        churnText(locale, "meaning.up", { feature: "x", sd: "1", ratio: "2" }),
        churnErrorText(locale, "CHURN_NO_SURVIVORS") ?? "",
        churnErrorText(locale, "CHURN_TOO_FEW_MEMBERS", { argument: "stayed", value: 1 }) ?? "",
      ];
      for (const text of texts)
        expect(text).not.toMatch(/[\u4e00-\u9fff][,:;()](?!\d)|[,:;(][\u4e00-\u9fff]/);
    }
  });

  it("words each churn failure from its code and details, and leaves other codes to the door", () => {
    expect(churnErrorText("en", "CHURN_TOO_FEW_MEMBERS", { argument: "churned", value: 1, bound: 2 })).toBe(
      "Only 1 member churned: the evaluation needs at least 2 churned and 2 other members (one of each to learn from, one to test on).",
    );
    expect(churnErrorText("zh-CN", "CHURN_NO_CHURNERS")).toBe(
      "每位会员都在观察期内再次购买，没有流失可供学习：请选择较长的观察期或较早的校准期截止日。",
    );
    expect(churnErrorText("en", "CELL_BLANK", { argument: "tenure", row: 2, column: "1" })).toBe(
      "tenure, row 3, column 1: the cell is blank.",
    );
    expect(churnErrorText("en", "MISSING_COLUMN", { argument: "amount" })).toBeNull();
    expect(churnErrorText("en", "NUMBER_INVALID", { argument: "k" })).toBeNull();
  });
});
