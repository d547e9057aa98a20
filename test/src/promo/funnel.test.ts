import type { CoreError } from "../../../src/errors";
import { funnel, trafficFunnel } from "../../../src/promo/funnel";
import { kpiPack } from "../../../src/promo/kpi-pack";
import { joinProducts } from "../../../src/promo/product-join";
import { LINES_2017, PRODUCTS, TRAFFIC } from "../../fixtures/promo/promo-fixture";

describe("trafficFunnel on the fixture: UV 850 → favourites 48 → add-to-cart 33 → buyers 6", () => {
  const join = joinProducts(LINES_2017, PRODUCTS, TRAFFIC);
  const result = trafficFunnel(kpiPack(join.products, join.available));

  it("gives step conversion, conversion from the first step and drop-off", () => {
    expect(result.steps.map((step) => [step.key, step.count])).toEqual([
      ["uv", 850],
      ["favourites", 48],
      ["addToCart", 33],
      ["buyers", 6],
    ]);
    const [, favourites, cart, buyers] = result.steps;
    expect(favourites?.stepConversion).toEqual({ kind: "value", value: 48 / 850 });
    expect(cart?.stepConversion).toEqual({ kind: "value", value: 33 / 48 });
    expect(buyers?.stepConversion).toEqual({ kind: "value", value: 6 / 33 });
    expect(buyers?.conversionFromFirst).toEqual({ kind: "value", value: 6 / 850 });
    expect(buyers?.dropOffCount).toBe(33 - 6);
    expect(buyers?.dropOffRatio).toEqual({ kind: "value", value: 1 - 6 / 33 });
    expect(result.steps[0]?.stepConversion).toMatchObject({ kind: "undefined", subject: "firstStep" });
  });

  it("names the weakest step: favourites at 48/850 = 5.6 %", () => {
    expect(result.weakestStep).toEqual({ key: "favourites", index: 1, stepConversion: 48 / 850 });
  });
});

describe("funnel on any ordered counts", () => {
  it("reports division by zero after an empty step and keeps growing steps as they are", () => {
    const result = funnel([
      { key: "visits", count: 100 },
      { key: "signups", count: 0 },
      { key: "orders", count: 3 },
    ]);
    expect(result.steps[2]?.stepConversion).toMatchObject({
      kind: "undefined",
      code: "DIVISION_BY_ZERO",
      subject: "signups",
    });
    expect(result.steps[2]?.dropOffCount).toBe(-3);
    expect(result.weakestStep).toEqual({ key: "signups", index: 1, stepConversion: 0 });
  });

  it("a tie names the earliest step", () => {
    const result = funnel([
      { key: "a", count: 100 },
      { key: "b", count: 50 },
      { key: "c", count: 25 },
    ]);
    expect(result.weakestStep?.key).toBe("b");
  });

  it("refuses too few steps, bad counts and repeated keys", () => {
    const codeOf = (run: () => unknown): string | undefined => {
      try {
        run();
      } catch (error) {
        return (error as CoreError).code;
      }
      return undefined;
    };
    expect(codeOf(() => funnel([{ key: "a", count: 1 }]))).toBe("FUNNEL_TOO_FEW_STEPS");
    expect(
      codeOf(() =>
        funnel([
          { key: "a", count: 1 },
          { key: "b", count: -1 },
        ]),
      ),
    ).toBe("FUNNEL_COUNT_INVALID");
    expect(
      codeOf(() =>
        funnel([
          { key: "a", count: 1 },
          { key: "b", count: Number.NaN },
        ]),
      ),
    ).toBe("FUNNEL_COUNT_INVALID");
    expect(
      codeOf(() =>
        funnel([
          { key: "a", count: 1 },
          { key: "a", count: 1 },
        ]),
      ),
    ).toBe("FUNNEL_KEY_DUPLICATE");
  });
});
