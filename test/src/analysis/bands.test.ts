import { bandsAnalysis } from "../../../src/analysis/bands";
import { isCoreError } from "../../../src/errors";
import { fixtureTable } from "../../support/csv-table";
import { CONTEXT } from "./member-fixture";

const prices = () => fixtureTable("test/fixtures/promo-cli/prices.csv");

function codeAndArgument(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return isCoreError(error) ? [error.code, error.details.argument] : error;
  }
  return null;
}

describe("bandsAnalysis", () => {
  /*
   * prices.csv (Price, Amount, Quantity): A 0, B 100, C 100.5, D 200, E 250, F −5, G blank. pandas 1.5.3:
   * pd.cut([0, 100, 100.5, 200, 250, -5, nan], [0, 100, 200], include_lowest=True).codes → [0, 0, 1, 1, -1, -1, -1]
   * → [0, 100] = A, B (Amount 10 + 20); (100, 200] = C, D (30 + 40); below F (60); above E (50); blank G (70).
   */
  it("cuts a column pandas' way and sums the others per band, the rows outside apart", () => {
    const run = bandsAnalysis(prices(), { by: "price", edges: [0, 100, 200], sum: ["Amount"] }, CONTEXT);
    expect(run.result.by).toBe("Price");
    expect(run.result.closed).toBe("right");
    expect(run.result.rows.bands.map((band) => [band.label, band.rows, band.sums.Amount])).toEqual([
      ["[0, 100]", 2, 30],
      ["(100, 200]", 2, 70],
    ]);
    const [sheet] = run.sheets();
    expect(sheet?.tables[0]?.id).toBe("promo.bandRows");
    expect(sheet?.tables[0]?.rows.slice(2)).toEqual([
      ["below 0", 1, 60],
      ["above 200", 1, 50],
      ["(blank)", 1, 70],
    ]);
    expect(sheet?.runRecord.parameters).toMatchObject({
      analysis: "bands",
      by: "Price",
      edges: "0, 100, 200",
      sum: "Amount",
      closed: "right",
    });
  });

  it("closed left: pd.cut(..., right=False).codes → [0, 1, 1, -1, -1, -1, -1]", () => {
    const run = bandsAnalysis(prices(), { by: "Price", edges: [0, 100, 200], closed: "left" }, CONTEXT);
    expect(run.result.rows.bands.map((band) => band.rows)).toEqual([1, 2]);
    // D (200) and E (250) are not below the last edge.
    expect(run.result.rows.above.rows).toBe(2);
  });

  it("names the setting at fault in the details", () => {
    expect(codeAndArgument(() => bandsAnalysis(prices(), { by: "Item", edges: [0, 1] }, CONTEXT))).toEqual([
      "COLUMN_TYPE_MISMATCH",
      "by",
    ]);
    expect(
      codeAndArgument(() => bandsAnalysis(prices(), { by: "Price", edges: [0, 1], sum: ["Nope"] }, CONTEXT)),
    ).toEqual(["UNKNOWN_COLUMN", "sum"]);
    expect(
      codeAndArgument(() => bandsAnalysis(prices(), { by: "Price", edges: [200, 100] }, CONTEXT)),
    ).toEqual(["BAND_EDGES_NOT_ASCENDING", "edges"]);
  });
});
