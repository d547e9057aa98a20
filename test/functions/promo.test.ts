import {
  promoBand,
  promoConversion,
  promoDiscountRate,
  promoNetSales,
  promoSellRatio,
  promoStockValue,
  promoYoy,
} from "../../functions/promo";
import { promoKpis } from "../../functions/promo-kpis";

// Every expected number below is worked out by hand in the comment next to it.

function errorOf(cell: unknown): { code: string; message: string } {
  if (!(cell instanceof CustomFunctions.Error))
    throw new Error(`expected an Excel error, got ${String(cell)}`);
  return { code: cell.code, message: cell.message ?? "" };
}

/** The Excel error a single-result function throws (custom functions return a cell's error by throwing). */
function thrownBy(compute: () => unknown): { code: string; message: string } {
  try {
    compute();
  } catch (error) {
    return errorOf(error);
  }
  throw new Error("expected an Excel error to be thrown");
}

describe("=PROMO.SELLRATIO, =PROMO.STOCKVALUE, =PROMO.DISCOUNTRATE, =PROMO.NETSALES", () => {
  it("sell-through = GMV / Σ tag price × stock", () => {
    // Stock value 300×20 + 500×10 = 6000 + 5000 = 11000; 2200 / 11000 = 0.2.
    expect(promoSellRatio([[2200]], [[300], [500]], [[20], [10]])).toBeCloseTo(0.2, 12);
    // GMV given as a range is summed: 1000 + 1200 = 2200.
    expect(promoSellRatio([[1000], [1200]], [[300], [500]], [[20], [10]])).toBeCloseTo(0.2, 12);
  });

  it("stock value skips rows with a blank cell and reads row ranges as well as columns", () => {
    expect(promoStockValue([[300, 500]], [[20, 10]])).toBe(11000);
    // The middle row has no tag price: 300×20 + 500×10 = 11000 (its stock 7 adds nothing).
    expect(promoStockValue([[300], [null], [500]], [[20], [7], [10]])).toBe(11000);
  });

  it("discount rate = GMV / Σ tag price × units", () => {
    // 300×2 + 100×3 = 900; 450 / 900 = 0.5.
    expect(promoDiscountRate([[450]], [[300], [100]], [[2], [3]])).toBeCloseTo(0.5, 12);
  });

  it("net sales = GMV − Σ return amount, blanks as 0", () => {
    // 3070 − (150 + 350 + 30) = 2540.
    expect(promoNetSales([[3070]], [[150], [350], [null], [30]])).toBe(2540);
  });

  it("gives #DIV/0! without a message for a zero denominator", () => {
    expect(thrownBy(() => promoSellRatio([[100]], [[300]], [[0]]))).toEqual({ code: "#DIV/0!", message: "" });
    expect(thrownBy(() => promoDiscountRate([[100]], [[300]], [[0]]))).toEqual({
      code: "#DIV/0!",
      message: "",
    });
  });

  it("gives #VALUE! with a message for ranges of different sizes and for text", () => {
    expect(thrownBy(() => promoSellRatio([[100]], [[300], [500]], [[20], [10], [5]]))).toEqual({
      code: "#VALUE!",
      message: "PROMO.SELLRATIO: stocks is 3×1 but tag_prices is 2×1 (the ranges must have the same size)",
    });
    expect(thrownBy(() => promoStockValue([[300], ["abc"]], [[20], [10]]))).toEqual({
      code: "#VALUE!",
      message: 'tag_prices (row 2, column 1) must be a number (got "abc")',
    });
    // A blank gmv is 0, as SUM gives (desktop Excel passes a blank cell as 0 anyway): 0 − 1 = −1.
    expect(promoNetSales([[null]], [[1]])).toBe(-1);
  });
});

describe("=PROMO.CONVERSION and =PROMO.YOY (pairwise spills)", () => {
  it("conversion = buyers / UV, one per pair, #DIV/0! in the cell whose UV is 0", () => {
    // 6 / 750 = 0.008; 3 / 0 → #DIV/0!; 0 / 40 = 0.
    const result = promoConversion([[6], [3], [0]], [[750], [0], [40]]);
    expect(result[0]?.[0]).toBeCloseTo(0.008, 12);
    expect(errorOf(result[1]?.[0])).toEqual({ code: "#DIV/0!", message: "" });
    expect(result[2]?.[0]).toBe(0);
  });

  it("uses a single value against every cell of the other range", () => {
    // 12 / 100 = 0.12; 12 / 200 = 0.06.
    expect(promoConversion([[12]], [[100, 200]])).toEqual([[0.12, 0.06]]);
  });

  it("gives one #VALUE! for ranges of different sizes; a blank cell is 0, as in Excel's =B2/C2", () => {
    const mismatch = promoConversion([[1], [2]], [[10], [20], [30]]);
    expect(mismatch).toHaveLength(1);
    expect(errorOf(mismatch[0]?.[0]).message).toBe(
      "PROMO.CONVERSION: buyers is 2×1 but uv is 3×1 (use ranges of the same size, or a single value)",
    );
    // Blank buyers = 0 → 0 / 20 = 0; a blank UV = 0 → #DIV/0!.
    expect(promoConversion([[1], [null]], [[10], [20]])[1]?.[0]).toBe(0);
    expect(errorOf(promoConversion([[1]], [[null]])[0]?.[0])).toEqual({ code: "#DIV/0!", message: "" });
  });

  it("YoY = (current − previous) / |previous|", () => {
    // (125 − 100)/100 = 0.25; (80 − 100)/100 = −0.2; (−50 − −100)/|−100| = 0.5; previous 0 → #DIV/0!.
    const result = promoYoy([[125], [80], [-50], [50]], [[100], [100], [-100], [0]]);
    expect(result[0]?.[0]).toBeCloseTo(0.25, 12);
    expect(result[1]?.[0]).toBeCloseTo(-0.2, 12);
    expect(result[2]?.[0]).toBeCloseTo(0.5, 12);
    expect(errorOf(result[3]?.[0]).code).toBe("#DIV/0!");
  });
});

describe("=PROMO.BAND (pandas.cut semantics)", () => {
  /*
   * pandas 1.5.3 oracle (run offline with /usr/bin/python3):
   *   pd.cut([0, 200, 200.01, 400, -1, 401], [0, 200, 400], include_lowest=True).codes → [0, 0, 1, 1, -1, -1]
   *   pd.cut([0, 200, 399.99, 400, -1], [0, 200, 400], right=False).codes            → [0, 1, 1, -1, -1]
   *   pd.cut([0.15, 0.3, 0.31, 1.0], [0.15, 0.2, …, 1.0], include_lowest=True).codes  → [0, 2, 3, 16]
   * (-1 = NaN, outside every band.)
   */
  const edges = [[0, 200, 400]];

  it("right-closed with the lowest edge included (default)", () => {
    const result = promoBand([[0], [200], [200.01], [400], [-1], [401]], edges);
    expect(result.slice(0, 4)).toEqual([["[0, 200]"], ["[0, 200]"], ["(200, 400]"], ["(200, 400]"]]);
    expect(errorOf(result[4]?.[0])).toEqual({ code: "#N/A", message: "-1 is below the first edge (0)" });
    expect(errorOf(result[5]?.[0])).toEqual({ code: "#N/A", message: "401 is above the last edge (400)" });
  });

  it('closed "left": [a, b) bands, the last edge itself is outside', () => {
    const result = promoBand([[0, 200, 399.99, 400, -1]], edges, undefined, "left");
    expect(result[0]?.slice(0, 3)).toEqual(["[0, 200)", "[200, 400)", "[200, 400)"]);
    expect(errorOf(result[0]?.[3])).toEqual({
      code: "#N/A",
      message: "400 is above the last band: [200, 400) excludes its last edge",
    });
    expect(errorOf(result[0]?.[4]).message).toBe("-1 is below the first edge (0)");
  });

  it("uses the study's discount edges 0.15 … 1 by 0.05 and custom labels", () => {
    const discountEdges = [Array.from({ length: 18 }, (_, k) => Math.round((0.15 + 0.05 * k) * 100) / 100)];
    expect(promoBand([[0.15], [0.3], [0.31], [1]], discountEdges)).toEqual([
      ["[0.15, 0.2]"],
      ["(0.25, 0.3]"],
      ["(0.3, 0.35]"],
      ["(0.95, 1]"],
    ]);
    expect(promoBand([[150, 250]], edges, [["low"], ["high"]])).toEqual([["low", "high"]]);
  });

  it("gives every cell #VALUE! for bad edges, labels or option, and a blank value its own #VALUE!", () => {
    const unsorted = promoBand([[1, 2]], [[400, 200, 0]]);
    expect(unsorted[0]?.map((cell) => errorOf(cell).code)).toEqual(["#VALUE!", "#VALUE!"]);
    expect(errorOf(promoBand([[1]], edges, [["a", "b", "c"]])[0]?.[0]).message).toBe(
      "2 band labels are needed for 3 band edges (got 3)",
    );
    expect(errorOf(promoBand([[1]], edges, undefined, "middle")[0]?.[0]).message).toBe(
      'closed must be one of right, left (got "middle")',
    );
    const withBlank = promoBand([[100, null]], edges);
    expect(withBlank[0]?.[0]).toBe("[0, 200]");
    expect(errorOf(withBlank[0]?.[1])).toEqual({ code: "#VALUE!", message: "value is blank" });
  });
});

describe("=PROMO.KPIS", () => {
  /*
   * Lines (product, units, amount, buyer, order, return units, return amount):
   *   P1 2 300 B1 O1 0 0 · P2 1 100 B2 O2 1 100 · P1 1 150 B2 O2 0 0
   * Products (id, tag price, stock, UV, favourites, add-to-cart): P1 200 10 100 8 5 · P2 250 4 0 2 1
   * GMV 300+100+150 = 550; net sales 550 − 100 = 450; units 2+1+1 = 4; buyers summed over products: P1 {B1,B2}
   * 2 + P2 {B2} 1 = 3, the study's AOV 550/3, its conversion 3/100 = 0.03; distinct buyers {B1,B2} = 2, spend per
   * distinct buyer 550/2 = 275, distinct-buyer conversion 2/100 = 0.02; orders {O1,O2} = 2, spend per order
   * 550/2 = 275; UV 100+0 = 100;
   * discount rate 550 / (200×3 + 250×1) = 550/850; stock value 200×10 + 250×4 = 3000; sell-through 550/3000;
   * favourites 8+2 = 10; add-to-cart 5+1 = 6; SKU count not given; SPU 2; return units 1; return amount 100.
   */
  const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);
  function kpis(language?: string): Promise<unknown[][]> {
    return promoKpis(
      column("P1", "P2", "P1"),
      column(2, 1, 1),
      column(300, 100, 150),
      column("B1", "B2", "B2"),
      column("O1", "O2", "O2"),
      column(0, 1, 0),
      column(0, 100, 0),
      column("P1", "P2"),
      column(200, 250),
      column(10, 4),
      column(100, 0),
      column(8, 2),
      column(5, 1),
      language,
    );
  }

  it("spills key, name, value and definition for every KPI", async () => {
    const table = await kpis();
    expect(table).toHaveLength(21);
    expect(table[0]).toEqual([
      "gmv",
      "GMV",
      550,
      "Gross merchandise value: Σ line amount, returns included.",
    ]);
    const values = Object.fromEntries(table.map((row) => [row[0], row[2]]));
    expect(values).toMatchObject({
      gmv: 550,
      netSales: 450,
      units: 4,
      productBuyersSum: 3,
      buyers: 2,
      orders: 2,
      spendPerDistinctBuyer: 275,
      averageOrderValue: 275,
      uv: 100,
      stockValue: 3000,
      favourites: 10,
      addToCart: 6,
      spuCount: 2,
      returnUnits: 1,
      returnAmount: 100,
    });
    expect(values.aovStudy).toBeCloseTo(550 / 3, 12);
    expect(values.conversionStudy).toBeCloseTo(0.03, 12);
    expect(values.conversionDistinctBuyers).toBeCloseTo(0.02, 12);
    expect(values.discountRate).toBeCloseTo(550 / 850, 12);
    expect(values.sellThrough).toBeCloseTo(550 / 3000, 12);
    expect(errorOf(values.skuCount)).toEqual({ code: "#N/A", message: "n/a: no SKU count" });
  });

  it("localises names and definitions with [language]", async () => {
    const row = (await kpis("zh-TW")).find((cells) => cells[0] === "sellThrough");
    expect(row?.[1]).toBe("售罄率");
  });

  it("shows #N/A for KPIs without their input and #DIV/0! for a zero UV", async () => {
    const linesOnly = await promoKpis([["P1"]], [[1]], [[50]], [["B1"]]);
    const values = Object.fromEntries(linesOnly.map((row) => [row[0], row[2]]));
    expect(values.gmv).toBe(50);
    expect(errorOf(values.uv)).toEqual({ code: "#N/A", message: "n/a: no UV" });
    // Excel passes an omitted optional argument as null.
    const omitted = null as unknown as undefined;
    const [buyers, products, zeroUv] = [[["B1"]], [["P1"]], [[0]]];
    const withZeroUv = await promoKpis(
      [["P1"]],
      [[1]],
      [[50]],
      buyers,
      omitted,
      omitted,
      omitted,
      products,
      omitted,
      omitted,
      zeroUv,
    );
    for (const key of ["conversionStudy", "conversionDistinctBuyers"]) {
      const conversion = withZeroUv.find((row) => row[0] === key)?.[2];
      expect(errorOf(conversion)).toEqual({ code: "#DIV/0!", message: "" });
    }
  });

  it("gives one #VALUE! for misaligned line ranges or product columns without product ids", async () => {
    const misaligned = await promoKpis([["P1"], ["P2"]], [[1]], [[50], [60]]);
    expect(misaligned).toHaveLength(1);
    expect(errorOf(misaligned[0]?.[0]).message).toBe(
      "PROMO.KPIS: units is 1×1 but line_products is 2×1 (the ranges must have the same size)",
    );
    const orphan = await promoKpis(
      [["P1"]],
      [[1]],
      [[50]],
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      [[200]],
    );
    expect(errorOf(orphan[0]?.[0]).message).toBe(
      "PROMO.KPIS: tag_prices needs products (the product id of each of its rows)",
    );
  });
});
