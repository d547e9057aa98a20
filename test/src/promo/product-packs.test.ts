import { promotionAnalysis } from "../../../src/analysis/promotion";
import { kpiNumberOrNull } from "../../../src/promo/kpi-value";
import { fixtureTable } from "../../support/csv-table";
import { CONTEXT } from "../analysis/member-fixture";

/*
 * Each product's own figures on test/fixtures/promo-cli, by hand (as test/cli/promo-commands.test.ts lays out):
 *   P1: lines 300 (M1) + 150 (M2) → GMV 450, 3 units, buyers {M1, M2}, UV 100 → conversion 2 / 100 = 0.02,
 *       stock value 300 × 10 = 3,000 → sell-through 450 / 3,000 = 0.15
 *   P2: GMV 100, 1 unit, buyer M2, UV 0 → conversion undefined (0 visitors), 100 / (250 × 4) = 0.1
 *   P3: 200 (M3) + 50 (M1) → GMV 250, 5 units, 2 buyers, UV 500 → 0.004, 250 / (100 × 5) = 0.5
 *   P4: no lines → GMV 0, 0 units, 0 buyers, UV 50 → 0, sell-through 0 / (500 × 2) = 0
 */
describe("productPacks: each product's own KPI pack in the promotion result", () => {
  it("gives GMV, units, buyers, UV, conversion and sell-through per product", () => {
    const fixture = (name: string) => fixtureTable(`test/fixtures/promo-cli/${name}`);
    const { analysis } = promotionAnalysis(
      { lines: fixture("lines.csv"), products: fixture("products.csv"), traffic: fixture("traffic.csv") },
      {},
      CONTEXT,
    ).result;
    const figures = [...analysis.productPacks].map(([product, pack]) => [
      product,
      ...(["gmv", "units", "buyers", "uv", "conversionStudy", "sellThrough"] as const).map((key) =>
        kpiNumberOrNull(pack[key]),
      ),
    ]);
    expect(figures).toEqual([
      ["P1", 450, 3, 2, 100, 0.02, 0.15],
      ["P2", 100, 1, 1, 0, null, 0.1],
      ["P3", 250, 5, 2, 500, 0.004, 0.5],
      ["P4", 0, 0, 0, 50, 0, 0],
    ]);
    expect(analysis.productPacks.get("P2")?.conversionStudy).toMatchObject({
      kind: "undefined",
      code: "DIVISION_BY_ZERO",
    });
    // Over one product, buyers summed over products are its distinct buyers: the two conversions agree.
    for (const pack of analysis.productPacks.values()) {
      expect(pack.conversionDistinctBuyers).toEqual(pack.conversionStudy);
      expect(pack.productBuyersSum).toEqual(pack.buyers);
    }
  });
});
