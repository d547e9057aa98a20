/**
 * Issue 12 item 3: a promotion figure that has no value says what that means. The cases are the issue's:
 * a year-over-year change whose previous value is undefined, a band with no products, and add-to-cart above
 * UV (a negative "drop-off"). Expected texts are written here; the numbers are hand calculations.
 */
import type { Locale } from "../../../src/i18n/locale";
import { bandKpis } from "../../../src/promo/band-kpis";
import { funnel } from "../../../src/promo/funnel";
import { kpiOf, notAvailable } from "../../../src/promo/kpi-value";
import { productBandValues } from "../../../src/promo/product-band-values";
import { joinProducts } from "../../../src/promo/product-join";
import { bandTableWithCharts } from "../../../src/report/promo-band-table";
import { promoTranslator, undefinedText } from "../../../src/report/promo-format";
import { funnelTable } from "../../../src/report/promo-tables";
import { yoyChange } from "../../../src/yoy/yoy-compare";

describe("year over year: a change without a previous value", () => {
  const { changeRatio } = yoyChange(kpiOf(0.05), notAvailable("uv"));
  it.each<[Locale, string]>([
    ["en", "n/a: no previous-period value to compare with (see the Previous column)"],
    ["zh-TW", "無法計算：前期沒有可比較的數值（見「前期」欄）"],
    ["zh-CN", "无法计算：上期没有可比较的数值（见“上期”列）"],
  ])("says there is nothing to compare with, and where to look (%s)", (locale, text) => {
    if (changeRatio.kind !== "undefined") throw new Error("expected no value");
    expect(undefinedText(promoTranslator(locale), changeRatio)).toBe(text);
  });
});

describe("a price band with no products", () => {
  // A at 90 and B at 300: bands [0, 100], (100, 200], (200, 400]; the middle band has no product.
  const join = joinProducts(
    { productKeys: ["A", "B"], units: [1, 2], amounts: [90, 600] },
    { productKeys: ["A", "B"], tagPrices: [200, 400], salePrices: [90, 300], stocks: [10, 4] },
  );
  const bands = bandKpis(
    join.products,
    productBandValues(join.products, "salePrice"),
    [0, 100, 200, 400],
    {},
    join.available,
  );
  it.each<[Locale, string]>([
    ["en", "n/a: no products in this band"],
    ["zh-TW", "無法計算：此區間沒有商品"],
    ["zh-CN", "无法计算：此区间没有商品"],
  ])("says the band is empty in every figure it cannot have (%s)", (locale, text) => {
    const { table } = bandTableWithCharts(bands, "price", locale);
    const empty = table.rows[1] ?? [];
    expect(empty[1]).toBe(0); // products
    const column = (key: string) => table.columns.findIndex((each) => each.key === key);
    expect(empty[column("sellThrough")]).toBe(text);
    expect(empty[column("spendPerDistinctBuyer")]).toBe(text);
    expect(
      table.rows.flat().filter((cell) => typeof cell === "string" && /tag price|吊牌/.test(cell)),
    ).toEqual([]);
  });
});

describe("a funnel step larger than the step before", () => {
  // 1,000 UV, 1,101 add-to-cart (110.1 % of UV: 101 more, not a drop-off), 40 buyers.
  const steps = funnel([
    { key: "uv", count: 1000 },
    { key: "addToCart", count: 1101 },
    { key: "buyers", count: 40 },
  ]);
  it("names it as more add-to-cart than visitors and points at the traffic table (en)", () => {
    const table = funnelTable(steps, "en");
    expect(table.rows[1]?.[4]).toBe("n/a: more Add-to-cart than UV: check the traffic table");
    expect(table.rows[1]?.[5]).toBe("n/a: more Add-to-cart than UV: check the traffic table");
    expect(table.rows[2]?.[4]).toBe(1061); // 1,101 − 40 buyers: a real drop-off stays a number
    expect(table.notes).toContain(
      "Add-to-cart is 110.1% of UV: more Add-to-cart than UV, so there is no drop-off. Check the traffic table.",
    );
  });
  it.each<[Locale, RegExp]>([
    ["zh-TW", /多於.*請檢查流量表/],
    ["zh-CN", /多于.*请检查流量表/],
  ])("in Chinese too (%s)", (locale, pattern) => {
    const table = funnelTable(steps, locale);
    expect(String(table.rows[1]?.[4])).toMatch(pattern);
    expect(table.rows[1]?.[4]).not.toBe(-101);
  });
});
