import type { CoreError } from "../../../src/errors";
import { joinProducts } from "../../../src/promo/product-join";
import { kpiPack, type KpiPack } from "../../../src/promo/kpi-pack";
import type { KpiValue } from "../../../src/promo/kpi-value";
import { LINES_2017, PRODUCTS, TRAFFIC } from "../../fixtures/promo/promo-fixture";

/*
 * Expected values are worked out by hand from the 13 lines of 2017 in test/fixtures/promo/promo-fixture.ts
 * (line numbers 1–13 as listed there), the product table and the traffic table:
 *   P1: lines 1, 3, 6, 11 → units 2+1+1+1, amount 300+150+140+150, returns 1 unit / 150, buyers B1 B2 B4 B3
 *   P2: lines 4, 9        → units 1+2, amount 350+700, returns 1 / 350, buyers B3 B2
 *   P3: lines 2, 7, 10    → units 3+2+5, amount 90+60+150, returns 1 / 30, buyers B1 B4 B6
 *   P4: lines 5, 13       → units 1+1, amount 450+450, buyers B1 B5
 *   P6: line 8            → units 1, amount 80, buyer B5 (not in the product or traffic table)
 *   line 12 has no product key (units 1, amount 50, buyer B7, order O10)
 */
const join = joinProducts(LINES_2017, PRODUCTS, TRAFFIC);
const pack = kpiPack(join.products, join.available);

function valueOf(kpi: KpiValue): number {
  if (kpi.kind !== "value") throw new Error(`expected a value, got ${kpi.reason}`);
  return kpi.value;
}

describe("joinProducts — per-product roll-up", () => {
  const byKey = new Map(join.products.map((product) => [product.productKey, product]));

  it("lists every key of any table, line products first in first-seen order", () => {
    expect(join.products.map((product) => product.productKey)).toEqual([
      "P1",
      "P3",
      "P2",
      "P4",
      "P6",
      "P5",
      "P7",
    ]);
  });

  it("sums units, amount and returns, and counts distinct buyers and orders (P1)", () => {
    const p1 = byKey.get("P1");
    expect(p1?.units).toBe(2 + 1 + 1 + 1);
    expect(p1?.amount).toBe(300 + 150 + 140 + 150);
    expect(p1?.returnUnits).toBe(1);
    expect(p1?.returnAmount).toBe(150);
    expect(p1?.buyerKeys).toEqual(["B1", "B2", "B4", "B3"]);
    expect(p1?.orderKeys).toEqual(["O1", "O2", "O5", "O9"]);
    expect(p1?.meanUnitPrice).toEqual({ kind: "value", value: (150 + 150 + 140 + 150) / 4 });
    expect([p1?.tagPrice, p1?.salePrice, p1?.stock, p1?.skuCount, p1?.category]).toEqual([
      300,
      150,
      20,
      2,
      "Tops",
    ]);
    expect([p1?.uv, p1?.favourites, p1?.addToCart]).toEqual([200, 30, 20]);
  });

  it("keeps a product without lines (P5) and a traffic-only key (P7) with zero sales", () => {
    expect(byKey.get("P5")).toMatchObject({ lineCount: 0, units: 0, amount: 0, stock: 5, uv: 40 });
    expect(byKey.get("P5")?.meanUnitPrice).toMatchObject({ kind: "undefined", code: "DIVISION_BY_ZERO" });
    expect(byKey.get("P7")).toMatchObject({ lineCount: 0, amount: 0, tagPrice: null, uv: 10 });
  });

  it("without a unit-price column, mean unit price is amount / units", () => {
    const { unitPrices: _dropped, ...noPrices } = LINES_2017;
    const p3 = joinProducts(noPrices).products.find((product) => product.productKey === "P3");
    expect(p3?.meanUnitPrice).toEqual({ kind: "value", value: (90 + 60 + 150) / (3 + 2 + 5) });
  });
});

describe("joinProducts — data quality: no silent inner join", () => {
  it("writes one line per product missing from a given table, and one for the unkeyed line", () => {
    expect(join.quality).toEqual([
      { kind: "unkeyedRows", table: "lines", rowCount: 1, units: 1, amount: 50 },
      {
        kind: "unmatchedProduct",
        productKey: "P6",
        presentIn: ["lines"],
        missingFrom: ["products", "traffic"],
      },
      {
        kind: "unmatchedProduct",
        productKey: "P5",
        presentIn: ["products", "traffic"],
        missingFrom: ["lines"],
      },
      {
        kind: "unmatchedProduct",
        productKey: "P7",
        presentIn: ["traffic"],
        missingFrom: ["lines", "products"],
      },
    ]);
  });

  it("matches a numeric key in one table with its text in another, and reports duplicates", () => {
    const result = joinProducts(
      { productKeys: [1001, "1002 "], units: [1, 1], amounts: [10, 20] },
      { productKeys: ["1001", 1002, 1002], tagPrices: [20, 40, 45] },
      { productKeys: [1001, 1001, null], uv: [5, 7, 1] },
    );
    expect(result.products.map((product) => [product.productKey, product.tagPrice, product.uv])).toEqual([
      ["1001", 20, 5 + 7],
      ["1002", 40, null],
    ]);
    expect(result.quality).toEqual(
      expect.arrayContaining([
        {
          kind: "duplicateKey",
          table: "products",
          productKey: "1002",
          rowCount: 2,
          resolution: "firstRowKept",
        },
        { kind: "duplicateKey", table: "traffic", productKey: "1001", rowCount: 2, resolution: "rowsSummed" },
        { kind: "unkeyedRows", table: "traffic", rowCount: 1, units: 0, amount: 0 },
        {
          kind: "unmatchedProduct",
          productKey: "1002",
          presentIn: ["lines", "products"],
          missingFrom: ["traffic"],
        },
      ]),
    );
  });

  it("counts blank units and amounts as 0 and says so", () => {
    const result = joinProducts({ productKeys: ["A", "A"], units: [null, 2], amounts: [10, Number.NaN] });
    expect(result.products[0]).toMatchObject({ units: 2, amount: 10 });
    expect(result.quality).toEqual([
      { kind: "blankCells", table: "lines", column: "units", rowCount: 1 },
      { kind: "blankCells", table: "lines", column: "amounts", rowCount: 1 },
    ]);
  });

  it("refuses empty lines and misaligned columns", () => {
    const codeOf = (run: () => unknown): string | undefined => {
      try {
        run();
      } catch (error) {
        return (error as CoreError).code;
      }
      return undefined;
    };
    expect(codeOf(() => joinProducts({ productKeys: [], units: [], amounts: [] }))).toBe("LINES_EMPTY");
    expect(codeOf(() => joinProducts({ productKeys: ["A"], units: [1, 2], amounts: [1] }))).toBe(
      "COLUMN_LENGTH_MISMATCH",
    );
    expect(codeOf(() => joinProducts(LINES_2017, { productKeys: ["A"], tagPrices: [] }))).toBe(
      "COLUMN_LENGTH_MISMATCH",
    );
  });
});

describe("kpiPack — the hand-checked 2017 pack", () => {
  const gmv = 740 + 1050 + 300 + 900 + 80; // P1 + P2 + P3 + P4 + P6 = 3070 (line 12's 50 has no product)
  const returnAmount = 150 + 350 + 30; // lines 11, 4, 2
  const stockValue = 300 * 20 + 500 * 10 + 100 * 50 + 1000 * 2 + 200 * 5; // P1..P5 = 19000
  const uv = 200 + 100 + 0 + 500 + 40 + 10; // every traffic row = 850
  const buyers = 6; // B1..B6 (B7 bought only the unkeyed line 12)
  // The study's count: each product's distinct buyers, summed (P1 4, P3 3, P2 2, P4 2, P6 1).
  const productBuyersSum = 4 + 3 + 2 + 2 + 1;
  const orders = 10; // O1..O9 and O11 (O10 is line 12)

  it.each<[keyof KpiPack, number]>([
    ["gmv", gmv],
    ["netSales", gmv - returnAmount],
    ["units", 5 + 3 + 10 + 2 + 1],
    ["productBuyersSum", productBuyersSum],
    ["aovStudy", gmv / productBuyersSum],
    ["uv", uv],
    ["conversionStudy", productBuyersSum / uv],
    ["buyers", buyers],
    ["spendPerDistinctBuyer", gmv / buyers],
    ["conversionDistinctBuyers", buyers / uv],
    ["orders", orders],
    ["averageOrderValue", gmv / orders],
    // P6 has no tag price, so its 80 is left out of both sides: (740+1050+300+900) / (300·5 + 500·3 + 100·10 + 1000·2)
    ["discountRate", (740 + 1050 + 300 + 900) / (300 * 5 + 500 * 3 + 100 * 10 + 1000 * 2)],
    ["stockValue", stockValue],
    ["sellThrough", gmv / stockValue],
    ["favourites", 30 + 10 + 0 + 5 + 2 + 1],
    ["addToCart", 20 + 8 + 0 + 4 + 1 + 0],
    ["skuCount", 2 + 3 + 1 + 2 + 1],
    ["spuCount", 6], // P1..P6 (P7 is traffic-only)
    ["returnUnits", 1 + 1 + 1],
    ["returnAmount", returnAmount],
  ])("%s", (key, expected) => {
    expect(valueOf(pack[key])).toBeCloseTo(expected, 10);
  });

  it("reports division by zero instead of NaN (P3 alone: UV 0)", () => {
    const p3 = join.products.filter((product) => product.productKey === "P3");
    expect(kpiPack(p3, join.available).conversionStudy).toEqual({
      kind: "undefined",
      code: "DIVISION_BY_ZERO",
      subject: "uv",
      reason: "division by zero: uv is 0",
    });
  });

  it("reports a KPI whose input was not given as NOT_AVAILABLE", () => {
    const bare = joinProducts({ productKeys: ["A"], units: [2], amounts: [30] });
    const barePack = kpiPack(bare.products, bare.available);
    expect(valueOf(barePack.gmv)).toBe(30);
    for (const key of [
      "buyers",
      "orders",
      "uv",
      "productBuyersSum",
      "aovStudy",
      "conversionStudy",
      "spendPerDistinctBuyer",
      "conversionDistinctBuyers",
      "discountRate",
      "stockValue",
      "sellThrough",
      "netSales",
    ] as const) {
      expect(barePack[key]).toMatchObject({ kind: "undefined", code: "NOT_AVAILABLE" });
    }
  });

  it("an empty product set gives zero sums and undefined ratios, never NaN", () => {
    const empty = kpiPack([], join.available);
    expect(empty.gmv).toEqual({ kind: "value", value: 0 });
    expect(empty.aovStudy).toMatchObject({
      kind: "undefined",
      code: "DIVISION_BY_ZERO",
      subject: "productBuyersSum",
    });
    expect(empty.spendPerDistinctBuyer).toMatchObject({
      kind: "undefined",
      code: "DIVISION_BY_ZERO",
      subject: "buyers",
    });
    expect(empty.sellThrough).toMatchObject({ kind: "undefined", code: "NOT_AVAILABLE" });
    const values = Object.values(empty)
      .filter((kpi) => kpi.kind === "value")
      .map((kpi) => kpi.value);
    expect(values.every(Number.isFinite)).toBe(true);
  });
});
