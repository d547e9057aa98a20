import { analysePromotion } from "../../../src/promo/analyse-promotion";
import { LINES_2017, PRODUCTS, TRAFFIC } from "../../fixtures/promo/promo-fixture";

describe("analysePromotion: the whole analysis in one call", () => {
  it("with all three tables: price and discount bands, per-product decisions, funnel and ABC", () => {
    const result = analysePromotion(LINES_2017, PRODUCTS, TRAFFIC);
    expect(result.pack.gmv).toEqual({ kind: "value", value: 3070 });
    expect(result.priceBands.bands.map((row) => row.productKeys.length)).toEqual([3, 1, 1]);
    expect(result.discountBands?.bands).toHaveLength(17);
    expect(result.decisions.map((d) => d.decision)).toEqual([
      "keep",
      "undecided",
      "keep",
      "candidate",
      "undecided",
      "clear",
      "undecided",
    ]);
    expect(result.bandDecisions).toBeNull();
    expect(result.funnel?.steps.map((step) => step.key)).toEqual(["uv", "favourites", "addToCart", "buyers"]);
    expect(result.abc?.pareto.topCount).toBe(2); // ceil(0.2 × 7)
  });

  it("with the discount-band rule, products take their band's decision", () => {
    const result = analysePromotion(LINES_2017, PRODUCTS, TRAFFIC, { rule: "discountBand" });
    expect(result.bandDecisions?.find((band) => band.label === "(0.4, 0.45]")?.decision).toBe("candidate");
    expect(result.decisions.find((d) => d.productKey === "P4")).toMatchObject({
      decision: "candidate",
      bandLabel: "(0.4, 0.45]",
    });
  });

  it("with lines only: price bands by mean unit price, no discount bands, no funnel", () => {
    const result = analysePromotion(LINES_2017);
    // Mean unit prices: P1 147.5, P3 30, P2 350, P4 450, P6 80 → [0, 200]: P1 P3 P6; (200, 400]: P2; (400, …]: P4.
    expect(result.priceBands.bands.map((row) => row.productKeys)).toEqual([
      ["P1", "P3", "P6"],
      ["P2"],
      ["P4"],
    ]);
    expect(result.discountBands).toBeNull();
    expect(result.funnel).toBeNull();
    expect(result.decisions.every((d) => d.decision === "undecided")).toBe(true);
  });

  it("takes other edges and thresholds", () => {
    const result = analysePromotion(LINES_2017, PRODUCTS, TRAFFIC, {
      priceEdges: [0, 100, 1000],
      thresholds: { keepConversionAbove: 0.05, candidateSellThroughAbove: 0.1 },
    });
    expect(result.priceBands.bands.map((row) => row.band.label)).toEqual(["[0, 100]", "(100, 1000]"]);
    // P1: 2 % ≤ 5 %, sell-through 740/6000 = 12.3 % > 10 % → candidate.
    expect(result.decisions.find((d) => d.productKey === "P1")?.decision).toBe("candidate");
  });
});
