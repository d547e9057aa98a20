import { bandEdgesFromStep } from "../../../src/promo/band-edges";
import { bandKpis } from "../../../src/promo/band-kpis";
import { bandRows } from "../../../src/promo/band-rows";
import type { KpiValue } from "../../../src/promo/kpi-value";
import { productBandValues } from "../../../src/promo/product-band-values";
import { joinProducts } from "../../../src/promo/product-join";
import type { CoreError } from "../../../src/errors";
import { LINES_2017, PRODUCTS, TRAFFIC } from "../../fixtures/promo/promo-fixture";

/*
 * Hand derivation from the fixture (2017 lines). Join order: P1, P3, P2, P4, P6, P5, P7.
 * Sale prices: P1 150, P2 350, P3 30, P4 450, P5 200; P6 and P7 have none.
 * With the study's price edges 0-200-400-100000 (right-closed, lowest included):
 *   [0, 200]       P1 (150), P3 (30), P5 (200 — on the edge, right-closed so in this band)
 *   (200, 400]     P2 (350)
 *   (400, 100000]  P4 (450)
 *   blank          P6, P7
 * Discounts sale / tag: P1 150/300 = 0.5, P2 350/500 = 0.7, P3 30/100 = 0.3, P4 450/1000 = 0.45,
 * P5 200/200 = 1 — each exactly on an edge of 0.15 … 1 by 0.05, so each is in the band it closes.
 */
const join = joinProducts(LINES_2017, PRODUCTS, TRAFFIC);
const valueOf = (kpi: KpiValue): number => {
  if (kpi.kind !== "value") throw new Error(kpi.reason);
  return kpi.value;
};

describe("price bands on the fixture", () => {
  const result = bandKpis(
    join.products,
    productBandValues(join.products, "salePrice"),
    [0, 200, 400, 100000],
    {},
    join.available,
  );
  const [low, mid, high] = result.bands;

  it("puts each product in its band, and the ones without a price in 'missing'", () => {
    expect(result.bands.map((row) => [row.band.label, row.productKeys])).toEqual([
      ["[0, 200]", ["P1", "P3", "P5"]],
      ["(200, 400]", ["P2"]],
      ["(400, 100000]", ["P4"]],
    ]);
    expect(result.outside.map((row) => [row.kind, row.productKeys])).toEqual([
      ["below", []],
      ["above", []],
      ["missing", ["P6", "P7"]],
    ]);
  });

  it("computes the [0, 200] band's KPIs", () => {
    const pack = low?.pack;
    if (pack === undefined) throw new Error("no band");
    expect(valueOf(pack.gmv)).toBe(740 + 300 + 0);
    expect(valueOf(pack.stockValue)).toBe(300 * 20 + 100 * 50 + 200 * 5);
    expect(valueOf(pack.sellThrough)).toBeCloseTo(1040 / 12000, 12);
    expect(valueOf(pack.units)).toBe(5 + 10 + 0);
    expect(valueOf(pack.buyers)).toBe(5); // P1 {B1 B2 B4 B3} ∪ P3 {B1 B4 B6}
    expect(valueOf(pack.spendPerDistinctBuyer)).toBe(1040 / 5);
    expect(valueOf(pack.uv)).toBe(200 + 0 + 40);
    expect(valueOf(pack.favourites)).toBe(30 + 0 + 2);
    expect(valueOf(pack.addToCart)).toBe(20 + 0 + 1);
    expect(valueOf(pack.conversionDistinctBuyers)).toBeCloseTo(5 / 240, 12);
    // The study's figures count each product's buyers and sum them: P1 4 + P3 3 + P5 0 = 7 (B1, B4 twice).
    expect(valueOf(pack.productBuyersSum)).toBe(4 + 3 + 0);
    expect(valueOf(pack.aovStudy)).toBeCloseTo(1040 / 7, 12);
    expect(valueOf(pack.conversionStudy)).toBeCloseTo(7 / 240, 12);
    expect(valueOf(low?.gmvShare ?? { kind: "value", value: NaN })).toBeCloseTo(1040 / 3070, 12);
    expect(valueOf(low?.stockValueShare ?? { kind: "value", value: NaN })).toBeCloseTo(12000 / 19000, 12);
  });

  it("computes the other bands and the blank group", () => {
    expect(valueOf(mid?.pack.sellThrough ?? { kind: "value", value: NaN })).toBeCloseTo(
      1050 / (500 * 10),
      12,
    );
    expect(valueOf(mid?.pack.conversionDistinctBuyers ?? { kind: "value", value: NaN })).toBeCloseTo(
      2 / 100,
      12,
    );
    expect(valueOf(high?.pack.sellThrough ?? { kind: "value", value: NaN })).toBeCloseTo(
      900 / (1000 * 2),
      12,
    );
    expect(valueOf(high?.pack.spendPerDistinctBuyer ?? { kind: "value", value: NaN })).toBe(900 / 2);
    const missing = result.outside[2];
    expect(valueOf(missing?.pack.gmv ?? { kind: "value", value: NaN })).toBe(80);
    expect(valueOf(missing?.gmvShare ?? { kind: "value", value: NaN })).toBeCloseTo(80 / 3070, 12);
    // GMV shares of the bands and the blank group add up to 1: (1040 + 1050 + 900 + 80) / 3070.
    const shares = [
      ...result.bands.map((row) => row.gmvShare),
      ...result.outside.map((row) => row.gmvShare),
    ].map(valueOf);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
  });
});

describe("discount bands on the fixture (0.15 … 1 by 0.05)", () => {
  const edges = bandEdgesFromStep(0.15, 1, 0.05);
  const result = bandKpis(
    join.products,
    productBandValues(join.products, "discount"),
    edges,
    {},
    join.available,
  );

  it("puts discounts that sit on an edge into the band that edge closes", () => {
    const filled = result.bands
      .filter((row) => row.productKeys.length > 0)
      .map((row) => [row.band.label, row.productKeys]);
    expect(filled).toEqual([
      ["(0.25, 0.3]", ["P3"]],
      ["(0.4, 0.45]", ["P4"]],
      ["(0.45, 0.5]", ["P1"]],
      ["(0.65, 0.7]", ["P2"]],
      ["(0.95, 1]", ["P5"]],
    ]);
    expect(result.bands[0]?.band.label).toBe("[0.15, 0.2]");
    expect(result.outside.find((row) => row.kind === "missing")?.productKeys).toEqual(["P6", "P7"]);
  });

  it("an empty band has zero GMV and undefined ratios", () => {
    const empty = result.bands[0]?.pack;
    expect(empty?.gmv).toEqual({ kind: "value", value: 0 });
    expect(empty?.sellThrough).toMatchObject({ kind: "undefined" });
    expect(empty?.conversionDistinctBuyers).toMatchObject({ kind: "undefined" });
  });

  it("realised discount uses the mean price paid: P1 147.5 / 300", () => {
    const values = productBandValues(join.products, "realisedDiscount");
    expect(values[0]).toBeCloseTo((150 + 150 + 140 + 150) / 4 / 300, 12);
    expect(values[4]).toBeNull(); // P6: no tag price
  });
});

describe("bandRows: the generic `bands` command shape", () => {
  it("counts and sums rows per band, and shows rows outside every band", () => {
    const result = bandRows([-5, 0, 150, 200, 201, 400, 99999, 100000, 100001, null], [0, 200, 400, 100000], {
      gmv: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      units: [1, 1, 1, 1, 1, 1, null, 1, 1, 1],
    });
    expect(result.bands).toEqual([
      { label: "[0, 200]", lower: 0, upper: 200, rows: 3, sums: { gmv: 2 + 3 + 4, units: 3 } },
      { label: "(200, 400]", lower: 200, upper: 400, rows: 2, sums: { gmv: 5 + 6, units: 2 } },
      { label: "(400, 100000]", lower: 400, upper: 100000, rows: 2, sums: { gmv: 7 + 8, units: 1 } },
    ]);
    expect(result.below).toEqual({ rows: 1, sums: { gmv: 1, units: 1 } });
    expect(result.above).toEqual({ rows: 1, sums: { gmv: 9, units: 1 } });
    expect(result.missing).toEqual({ rows: 1, sums: { gmv: 10, units: 1 } });
  });

  it("with left-closed bands the top edge is above every band (pandas right=False)", () => {
    const result = bandRows([0, 200, 400], [0, 200, 400], {}, { closed: "left" });
    expect(result.bands.map((band) => [band.label, band.rows])).toEqual([
      ["[0, 200)", 1],
      ["[200, 400)", 1],
    ]);
    expect(result.above.rows).toBe(1);
  });

  it("refuses misaligned columns and bad edges", () => {
    const codeOf = (run: () => unknown): string | undefined => {
      try {
        run();
      } catch (error) {
        return (error as CoreError).code;
      }
      return undefined;
    };
    expect(codeOf(() => bandRows([1, 2], [0, 5], { gmv: [1] }))).toBe("COLUMN_LENGTH_MISMATCH");
    expect(codeOf(() => bandRows([1], [5, 0]))).toBe("BAND_EDGES_NOT_ASCENDING");
  });
});
