/**
 * Issue 12 item 4: paid ÷ tag price is named so it cannot be read as "% off": "Paid share of tag price" with
 * the study's 折扣率 beside it, on the sheet (the KPI table's name, all three languages) and in the worksheet
 * function's help text (its JSDoc is Excel's description of =PROMO.DISCOUNTRATE).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { kpiName } from "../../src/report/promo-kpi-table";

it("the KPI's name in each language says it is the share paid, with the study's 折扣率 in Chinese", () => {
  expect(kpiName("en", "discountRate")).toBe("Paid share of tag price");
  expect(kpiName("zh-TW", "discountRate")).toBe("折扣率（實付占吊牌價比例）");
  expect(kpiName("zh-CN", "discountRate")).toBe("折扣率（实付占吊牌价比例）");
});

it("=PROMO.DISCOUNTRATE's description names it the same way", () => {
  const source = readFileSync(join(__dirname, "../../functions/promo.ts"), "utf8");
  const block = /\/\*\*((?:(?!\*\/)[\s\S])*)@customfunction PROMO\.DISCOUNTRATE/.exec(source)?.[1] ?? "";
  expect(block).toContain("Paid share of tag price (the study's 折扣率)");
  expect(block).toContain("0.45 = 45 % of the tag price paid, 55 % off");
  expect(block).not.toMatch(/Discount rate =|The discount rate/);
});
