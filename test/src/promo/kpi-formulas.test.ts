import type { CoreError } from "../../../src/errors";
import {
  conversionOf,
  discountRateOf,
  netSalesOf,
  sellThroughOf,
  stockValueOf,
} from "../../../src/promo/kpi-formulas";
import { PRODUCTS } from "../../fixtures/promo/promo-fixture";

// The scalar formulas behind =PROMO.STOCKVALUE, =PROMO.SELLRATIO, =PROMO.DISCOUNTRATE, =PROMO.CONVERSION,
// =PROMO.NETSALES, checked on the fixture's product table and 2017 totals (see kpi-pack.test.ts).
describe("KPI formulas", () => {
  it("stock value = Σ tag price × stock", () => {
    expect(stockValueOf(PRODUCTS.tagPrices, PRODUCTS.stocks)).toBe(
      300 * 20 + 500 * 10 + 100 * 50 + 1000 * 2 + 200 * 5,
    );
  });

  it("skips pairs with a blank cell", () => {
    expect(stockValueOf([300, null, 100], [20, 10, null])).toBe(300 * 20);
  });

  it("sell-through = GMV / stock value", () => {
    expect(sellThroughOf(3070, PRODUCTS.tagPrices, PRODUCTS.stocks)).toEqual({
      kind: "value",
      value: 3070 / 19000,
    });
    expect(sellThroughOf(10, [0], [5])).toMatchObject({
      kind: "undefined",
      code: "DIVISION_BY_ZERO",
      subject: "stockValue",
    });
  });

  it("discount rate = GMV / Σ tag price × units", () => {
    // P1..P4 in 2017: 2990 / (300·5 + 500·3 + 100·10 + 1000·2)
    expect(discountRateOf(2990, [300, 500, 100, 1000], [5, 3, 10, 2])).toEqual({
      kind: "value",
      value: 2990 / 6000,
    });
  });

  it("conversion = buyers / UV, UV 0 is division by zero", () => {
    expect(conversionOf(6, 850)).toEqual({ kind: "value", value: 6 / 850 });
    expect(conversionOf(3, 0)).toMatchObject({ kind: "undefined", code: "DIVISION_BY_ZERO", subject: "uv" });
  });

  it("net sales = GMV − Σ return amount", () => {
    expect(netSalesOf(3070, [150, 350, null, 30])).toEqual({ kind: "value", value: 3070 - 150 - 350 - 30 });
  });

  it("refuses a non-finite scalar and misaligned ranges", () => {
    const codeOf = (run: () => unknown): string | undefined => {
      try {
        run();
      } catch (error) {
        return (error as CoreError).code;
      }
      return undefined;
    };
    expect(codeOf(() => conversionOf(Number.NaN, 5))).toBe("VALUE_NOT_FINITE");
    expect(codeOf(() => sellThroughOf(Infinity, [1], [1]))).toBe("VALUE_NOT_FINITE");
    expect(codeOf(() => stockValueOf([1, 2], [1]))).toBe("COLUMN_LENGTH_MISMATCH");
  });
});
