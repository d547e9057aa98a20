import { CoreError } from "../../../src/errors";
import { bandEdgesFromStep } from "../../../src/promo/band-edges";
import { bandKpis } from "../../../src/promo/band-kpis";
import { decideBands } from "../../../src/promo/band-rules";
import { kpiOf, notAvailable } from "../../../src/promo/kpi-value";
import { productBandValues } from "../../../src/promo/product-band-values";
import { joinProducts } from "../../../src/promo/product-join";
import { decide, decideProducts } from "../../../src/promo/rules";
import { LINES_2017, PRODUCTS, TRAFFIC } from "../../fixtures/promo/promo-fixture";

/*
 * Per-product conversion = its buyers / its UV, sell-through = its GMV / (tag price × stock):
 *   P1 4/200 = 2 %          (> 0.8 %)            → keep
 *   P3 3/0 undefined, 300/(100·50) = 6 % (≤ 30 %) → undecided (conversion might have kept it)
 *   P2 2/100 = 2 %                                → keep
 *   P4 2/500 = 0.4 %, 900/(1000·2) = 45 % (> 30 %) → candidate
 *   P6 no traffic row, no tag price               → undecided
 *   P5 0/40 = 0 %, 0/(200·5) = 0 %                → clear
 *   P7 0/10 = 0 %, no tag price                   → undecided
 */
const join = joinProducts(LINES_2017, PRODUCTS, TRAFFIC);

describe("decideProducts with the default thresholds (0.8 % conversion, 30 % sell-through)", () => {
  const decisions = decideProducts(join.products, join.available);

  it("decides every product of the fixture", () => {
    expect(decisions.map((d) => [d.productKey, d.decision, d.reason.rule])).toEqual([
      ["P1", "keep", "conversionAbove"],
      ["P3", "undecided", "missingData"],
      ["P2", "keep", "conversionAbove"],
      ["P4", "candidate", "sellThroughAbove"],
      ["P6", "undecided", "missingData"],
      ["P5", "clear", "bothAtOrBelow"],
      ["P7", "undecided", "missingData"],
    ]);
  });

  it("keeps the numbers behind each reason", () => {
    const p4 = decisions.find((d) => d.productKey === "P4");
    expect(p4?.reason.conversion).toEqual(kpiOf(2 / 500));
    expect(p4?.reason.sellThrough).toEqual(kpiOf(900 / 2000));
    expect(p4?.reason.thresholds).toEqual({ keepConversionAbove: 0.008, candidateSellThroughAbove: 0.3 });
  });

  it("uses editable thresholds", () => {
    const strict = decideProducts(join.products, join.available, {
      keepConversionAbove: 0.03,
      candidateSellThroughAbove: 0.5,
    });
    // P1 2 % ≤ 3 %, sell-through 740/6000 = 12.3 % ≤ 50 % → clear; P4 0.4 %, 45 % ≤ 50 % → clear.
    expect(strict.filter((d) => ["P1", "P4"].includes(d.productKey)).map((d) => d.decision)).toEqual([
      "clear",
      "clear",
    ]);
  });
});

describe("decide: the rule's boundaries are strict", () => {
  it.each([
    [0.008, 0.9, "candidate"], // exactly 0.8 % is not above 0.8 %
    [0.0081, 0, "keep"],
    [0, 0.3, "clear"], // exactly 30 % is not above 30 %
    [0, 0.31, "candidate"],
  ])("conversion %d, sell-through %d → %s", (conversion, sellThrough, expected) => {
    expect(decide(kpiOf(conversion), kpiOf(sellThrough)).decision).toBe(expected);
  });

  it("a missing value decides only when the other test already decides", () => {
    expect(decide(notAvailable("uv"), kpiOf(0.5)).decision).toBe("candidate");
    expect(decide(kpiOf(0.02), notAvailable("stock")).decision).toBe("keep");
    expect(decide(kpiOf(0.001), notAvailable("stock")).decision).toBe("undecided");
  });

  it("refuses negative or non-finite thresholds", () => {
    expect(() =>
      decide(kpiOf(0), kpiOf(0), { keepConversionAbove: -1, candidateSellThroughAbove: 0.3 }),
    ).toThrow(CoreError);
    try {
      decideProducts(join.products, join.available, {
        keepConversionAbove: Number.NaN,
        candidateSellThroughAbove: 0.3,
      });
    } catch (error) {
      expect((error as CoreError).code).toBe("RULE_THRESHOLD_INVALID");
    }
    expect.assertions(2);
  });
});

describe("decideBands: the study's discount-band variant", () => {
  const bands = bandKpis(
    join.products,
    productBandValues(join.products, "discount"),
    bandEdgesFromStep(0.15, 1, 0.05),
    {},
    join.available,
  );
  const result = decideBands(bands);

  it("decides each band from its pooled numbers and gives every product its band's decision", () => {
    // (0.25, 0.3] = P3 alone: UV 0 → undecided; (0.4, 0.45] = P4 → candidate; (0.45, 0.5] = P1 → keep;
    // (0.65, 0.7] = P2 → keep; (0.95, 1] = P5 → clear; P6 and P7 have no discount → undecided, outside.
    expect(result.products.map((p) => [p.productKey, p.decision, p.bandLabel])).toEqual([
      ["P3", "undecided", "(0.25, 0.3]"],
      ["P4", "candidate", "(0.4, 0.45]"],
      ["P1", "keep", "(0.45, 0.5]"],
      ["P2", "keep", "(0.65, 0.7]"],
      ["P5", "clear", "(0.95, 1]"],
      ["P6", "undecided", null],
      ["P7", "undecided", null],
    ]);
    expect(result.products.find((p) => p.productKey === "P6")?.outside).toBe("missing");
    expect(result.bands).toHaveLength(17);
  });
});
