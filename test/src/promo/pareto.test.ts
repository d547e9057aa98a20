import type { CoreError } from "../../../src/errors";
import { abcClasses, paretoShare } from "../../../src/promo/pareto";
import { spendByKey } from "../../../src/promo/spend-by-key";
import { joinProducts } from "../../../src/promo/product-join";
import { LINES_2017, PRODUCTS, TRAFFIC } from "../../fixtures/promo/promo-fixture";

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return (error as CoreError).code;
  }
  return undefined;
};

describe("ABC classes and the Pareto share on the fixture (2017 GMV per product)", () => {
  // GMV per product in join order P1 740, P3 300, P2 1050, P4 900, P6 80, P5 0, P7 0; total 3070.
  const join = joinProducts(LINES_2017, PRODUCTS, TRAFFIC);
  const keys = join.products.map((product) => product.productKey);
  const gmvs = join.products.map((product) => product.amount);

  it("ranks by GMV and classes by cumulative share (≤ 80 % A, ≤ 95 % B, else C)", () => {
    const rows = abcClasses(keys, gmvs);
    // Cumulative: P2 1050/3070 = 34.2 %, P4 1950/3070 = 63.5 %, P1 2690/3070 = 87.6 %, P3 2990/3070 = 97.4 %,
    // P6 100 %, then the zero products P5 and P7 in input order.
    expect(rows.map((row) => [row.key, row.abcClass])).toEqual([
      ["P2", "A"],
      ["P4", "A"],
      ["P1", "B"],
      ["P3", "C"],
      ["P6", "C"],
      ["P5", "C"],
      ["P7", "C"],
    ]);
    expect(rows[2]?.cumulativeShare).toBeCloseTo(2690 / 3070, 12);
    expect(rows[2]?.share).toBeCloseTo(740 / 3070, 12);
    expect(rows.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("top 20 % of 7 products = ceil(1.4) = 2 products = (1050 + 900) / 3070 of GMV", () => {
    expect(paretoShare(gmvs, 0.2)).toEqual({
      topCount: 2,
      itemCount: 7,
      topValue: 1950,
      totalValue: 3070,
      share: 1950 / 3070,
    });
  });

  it("top 20 % of buyers by spend (line 12's buyer B7 counts: the buyer is known)", () => {
    // B1 300+90+450 = 840, B2 150+700 = 850, B3 350+150 = 500, B4 140+60 = 200, B5 80+450 = 530, B6 150, B7 50.
    const spend = spendByKey(LINES_2017.buyerKeys, LINES_2017.amounts);
    expect(spend.keys).toEqual(["B1", "B2", "B3", "B4", "B5", "B6", "B7"]);
    expect(spend.totals).toEqual([840, 850, 500, 200, 530, 150, 50]);
    expect(paretoShare(spend.totals, 0.2).share).toBeCloseTo((850 + 840) / 3120, 12);
  });
});

describe("boundary rule and bad input", () => {
  it("exactly 80 % is A, exactly 95 % is B", () => {
    expect(abcClasses(["a", "b", "c"], [80, 15, 5]).map((row) => row.abcClass)).toEqual(["A", "B", "C"]);
    // (4.3 + 2.5) / 8.5 is exactly 80 %, but in floats it is 0.8000000000000002: b is still A.
    expect((4.3 + 2.5) / (4.3 + 2.5 + 0.8 + 0.7 + 0.2)).toBeGreaterThan(0.8);
    expect(
      abcClasses(["a", "b", "c", "d", "e"], [4.3, 2.5, 0.8, 0.7, 0.2]).map((row) => row.abcClass),
    ).toEqual(["A", "A", "B", "C", "C"]);
  });

  it("a single item above 80 % is B by the stated rule", () => {
    expect(abcClasses(["big", "small"], [90, 10]).map((row) => row.abcClass)).toEqual(["B", "C"]);
  });

  it("ceil of 0.2 × 5 is 1, not 2 (float noise rounded away)", () => {
    expect(paretoShare([50, 30, 10, 5, 5], 0.2).topCount).toBe(1);
    expect(paretoShare([50, 30, 10, 5, 5], 0.6).topCount).toBe(3);
  });

  it("refuses empty, negative, all-zero input and bad fractions", () => {
    expect(codeOf(() => paretoShare([], 0.2))).toBe("PARETO_EMPTY");
    expect(codeOf(() => paretoShare([5, -1], 0.2))).toBe("PARETO_NEGATIVE_VALUE");
    expect(codeOf(() => paretoShare([0, 0], 0.2))).toBe("PARETO_TOTAL_ZERO");
    expect(codeOf(() => paretoShare([1], 0))).toBe("PARETO_FRACTION_INVALID");
    expect(codeOf(() => paretoShare([1], 1.5))).toBe("PARETO_FRACTION_INVALID");
    expect(codeOf(() => abcClasses(["a"], [1, 2]))).toBe("COLUMN_LENGTH_MISMATCH");
    expect(codeOf(() => abcClasses(["a"], [1], { aUpTo: 0.9, bUpTo: 0.8 }))).toBe("ABC_LIMITS_INVALID");
  });
});
