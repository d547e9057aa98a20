import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { giniCoefficient, lorenzCurve, topMemberCount } from "../../../src/member/concentration";
import { paretoFromRevenues, paretoShare } from "../../../src/member/pareto";

/*
 * Hand calculation: member revenues 50, 20, 10, 10, 5, 5 (total 100), n = 6.
 *   top 20 % = ⌈0.2 × 6⌉ = ⌈1.2⌉ = 2 members → 50 + 20 = 70 → 70 %
 *   top 50 % = ⌈3⌉ = 3 members → 80 %
 *   Lorenz (ascending 5, 5, 10, 10, 20, 50): cumulative 0, 5, 10, 20, 30, 50, 100 → shares 0 … 1
 *   Gini = 2 Σ i·y / (n Σ y) − (n + 1)/n = 2 × 485 / 600 − 7/6 = 0.45
 *        (Σ i·y = 1×5 + 2×5 + 3×10 + 4×10 + 5×20 + 6×50 = 485)
 *   Check via the area: trapezoids (1/6)·Σ(Lᵢ₋₁ + Lᵢ)/2 = 3.3 / 12 = 0.275, 1 − 2 × 0.275 = 0.45.
 */
const revenues = [50, 20, 10, 10, 5, 5];

describe("paretoFromRevenues", () => {
  it("gives the top 20 % (⌈1.2⌉ = 2 members) share, Gini and Lorenz curve of the hand example", () => {
    const pareto = paretoFromRevenues(revenues);
    expect([pareto.customers, pareto.topMembers, pareto.topRevenue, pareto.totalRevenue]).toEqual([
      6, 2, 70, 100,
    ]);
    expect(pareto.revenueShare).toBeCloseTo(0.7, 12);
    expect(pareto.gini).toBeCloseTo(0.45, 12);
    const shares = pareto.lorenz.map((point) => point.revenueShare);
    [0, 0.05, 0.1, 0.2, 0.3, 0.5, 1].forEach((expected, index) =>
      expect(shares[index]).toBeCloseTo(expected, 12),
    );
    expect(pareto.lorenz.map((point) => point.members)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("takes another top share", () => {
    expect(paretoFromRevenues(revenues, { topShare: 0.5 }).revenueShare).toBeCloseTo(0.8, 12);
    expect(paretoFromRevenues(revenues, { topShare: 1 }).revenueShare).toBe(1);
  });

  it("rejects a top share outside (0, 1], negative or no revenue, and no members", () => {
    expect(() => paretoFromRevenues(revenues, { topShare: 0 })).toThrow(
      expect.objectContaining({ code: "TOP_SHARE_OUT_OF_RANGE" }),
    );
    expect(() => paretoFromRevenues(revenues, { topShare: 20 })).toThrow(
      expect.objectContaining({ code: "TOP_SHARE_OUT_OF_RANGE" }),
    );
    expect(() => paretoFromRevenues([5, -1])).toThrow(
      expect.objectContaining({ code: "NEGATIVE_MEMBER_REVENUE" }),
    );
    expect(() => paretoFromRevenues([0, 0])).toThrow(expect.objectContaining({ code: "NO_REVENUE" }));
    expect(() => paretoFromRevenues([])).toThrow(expect.objectContaining({ code: "NO_MEMBERS" }));
  });
});

describe("topMemberCount", () => {
  it("rounds up: ⌈0.2 × 6⌉ = 2, ⌈0.2 × 10⌉ = 2, and 0.1 × 30 (3.0000000000000004 in binary) is 3", () => {
    expect(topMemberCount(0.2, 6)).toBe(2);
    expect(topMemberCount(0.2, 10)).toBe(2);
    expect(topMemberCount(0.1, 30)).toBe(3);
    expect(topMemberCount(0.01, 3)).toBe(1);
  });
});

describe("giniCoefficient and lorenzCurve", () => {
  it("is 0 for equal spending and (n − 1)/n when one member holds everything", () => {
    expect(giniCoefficient([7, 7, 7, 7])).toBeCloseTo(0, 12);
    expect(giniCoefficient([0, 0, 0, 12])).toBeCloseTo(0.75, 12);
  });

  it("equals one minus twice the trapezoid area under the full Lorenz curve (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 60 }), (values) => {
        fc.pre(values.some((value) => value > 0));
        const curve = lorenzCurve(values, 1000);
        let area = 0;
        for (let index = 1; index < curve.length; index++) {
          const left = curve[index - 1] as { memberShare: number; revenueShare: number };
          const right = curve[index] as { memberShare: number; revenueShare: number };
          area += ((right.memberShare - left.memberShare) * (left.revenueShare + right.revenueShare)) / 2;
        }
        expect(giniCoefficient(values)).toBeCloseTo(1 - 2 * area, 9);
      }),
    );
  });

  it("thins a long curve to maxPoints + 1 near-even points that still end at (1, 1)", () => {
    // n = 10, 4 steps: members round(j × 10 / 4) = 0, 3 (2.5 rounds up), 5, 8 (7.5), 10.
    const curve = lorenzCurve([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4);
    expect(curve.map((point) => point.members)).toEqual([0, 3, 5, 8, 10]);
    expect(curve[4]?.revenueShare).toBe(1);
    expect(curve[1]?.revenueShare).toBeCloseTo(6 / 55, 12);
  });
});

describe("paretoShare from order rows", () => {
  it("sums rows per member first: a 30 + 20 = 50 of 100 is the top ⌈0.2 × 5⌉ = 1 member", () => {
    const pareto = paretoShare({
      memberIds: ["a", "b", "a", "c", "d", "e", null],
      amounts: [30, 20, 20, 10, 10, 10, 99],
    });
    expect([pareto.customers, pareto.topMembers, pareto.revenueShare, pareto.skippedRows]).toEqual([
      5, 1, 0.5, 1,
    ]);
  });

  it("nets returns, and rejects a member whose returns exceed purchases", () => {
    expect(paretoShare({ memberIds: ["a", "a", "b"], amounts: [10.1, -10.1, 5] }).customers).toBe(2);
    expect(() => paretoShare({ memberIds: ["a", "a", "b"], amounts: [10, -20, 5] })).toThrow(
      expect.objectContaining({ code: "NEGATIVE_MEMBER_REVENUE" }),
    );
  });
});

describe("plausibility on the R rfm package sample (test/fixtures/member/rfm_data_orders.csv)", () => {
  /*
   * No published Pareto figure exists for this sample; expected values from an offline pandas run:
   *   df = pd.read_csv("rfm_data_orders.csv")
   *   rev = df.groupby("customer_id")["revenue"].sum().sort_values(ascending=False)
   *   n = len(rev); k = math.ceil(0.2 * n)                       # 995, 199
   *   rev.iloc[:k].sum(), rev.sum()                               # 165348, 464158 → 0.3562321450885259
   *   y = np.sort(rev.values); i = np.arange(1, n + 1)
   *   2 * (i * y).sum() / (n * y.sum()) - (n + 1) / n             # gini 0.2896032954988621
   *   (np.cumsum(y) / y.sum())[497]                               # Lorenz at 498 members: 0.29477462415815303
   * (pandas 1.5.3, numpy 1.24.2.) The sample is synthetic: its top 20 % hold 36 %, far from "80/20".
   */
  const text = readFileSync(join(__dirname, "../../fixtures/member/rfm_data_orders.csv"), "utf8").trim();
  const rows = text
    .split("\n")
    .slice(1)
    .map((line) => line.split(","));
  const pareto = paretoShare({
    memberIds: rows.map((row) => row[0] ?? null),
    amounts: rows.map((row) => Number(row[2])),
  });

  it("matches the pandas figures", () => {
    expect(rows).toHaveLength(4906);
    expect([pareto.customers, pareto.topMembers, pareto.topRevenue, pareto.totalRevenue]).toEqual([
      995, 199, 165348, 464158,
    ]);
    expect(pareto.revenueShare).toBeCloseTo(0.3562321450885259, 12);
    expect(pareto.gini).toBeCloseTo(0.2896032954988621, 12);
    const half = pareto.lorenz.find((point) => point.members === 498);
    expect(half?.revenueShare).toBeCloseTo(0.29477462415815303, 12);
  });
});
