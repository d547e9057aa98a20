import { bgnbdAnalysis } from "../../../src/analysis/clv-bgnbd";
import { fixtureGrid } from "../../support/csv-table";
import { CONTEXT } from "../analysis/member-fixture";

/*
 * The BG/NBD-only sheet on the CDNOW summary: Fader, Hardie & Lee (2005) publish r 0.243 and ID 1's expected
 * purchases over 39 weeks, 1.226 (shared/data/README.md; test/src/analysis/clv-btyd.test.ts checks the fit).
 */
describe("the BG/NBD sheet", () => {
  it("holds the fitted parameters and one row per customer, in the run's language, with its settings", () => {
    const grid = fixtureGrid("test/fixtures/clv/cdnow_customers_summary_with_transactions.csv");
    const run = bgnbdAnalysis(
      { kind: "summary", grid },
      { timeUnit: "weeks", horizonPeriods: 39 },
      {
        ...CONTEXT,
        locale: "zh-TW",
      },
    );
    const [sheet] = run.sheets();
    expect(sheet?.baseName).toBe("BG-NBD 模型");
    const [parameters, members] = sheet?.tables ?? [];
    expect(Number(parameters?.rows[0]?.[1]).toFixed(3)).toBe("0.243");
    expect(members?.rows).toHaveLength(2357);
    expect(members?.rows[0]?.slice(0, 4)).toEqual(["1", 2, 30.43, 38.86]);
    expect(Number(members?.rows[0]?.[5]).toFixed(3)).toBe("1.226");
    expect(sheet?.runRecord).toMatchObject({
      rowCount: 2357,
      parameters: { analysis: "clv", model: "bgnbd", timeUnit: "weeks", horizonPeriods: 39 },
    });
  });
});
