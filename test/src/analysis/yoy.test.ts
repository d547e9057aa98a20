import { yoyAnalysis } from "../../../src/analysis/yoy";
import { isCoreError } from "../../../src/errors";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import { yearPeriod } from "../../../src/yoy/period";
import { fixtureTable } from "../../support/csv-table";
import { CONTEXT } from "./member-fixture";

const years = { current: yearPeriod(2017), previous: yearPeriod(2016) };

describe("yoyAnalysis", () => {
  /*
   * test/fixtures/promo-cli/orders.csv, by hand (the same figures test/cli/promo-commands.test.ts publishes):
   * 2017: O5 (M1, 2 + 1 units, 500 + 100), O6 (M4, 1, 250), O7 (M2, 2, 400) → gmv 1250, orders 3, customers 3,
   * units 6, aov 1250 / 3. 2016: O1..O4 → gmv 1000, orders 4, customers 3, units 7, aov 1000 / 3.
   * Change: gmv +250 (25 %), orders −1 (−25 %), customers 0 (0 %), units −1 (−1/7), aov +250/3 (25 %).
   */
  it("sums each period and writes the one YoY table (promo.yoy) with the KPI keys", () => {
    const run = yoyAnalysis(fixtureTable("test/fixtures/promo-cli/orders.csv"), years, CONTEXT);
    expect(run.result.current).toMatchObject({ gmv: 1250, orders: 3, customers: 3, units: 6 });
    expect(run.result.previous).toMatchObject({ gmv: 1000, orders: 4, customers: 3, units: 7 });
    const [sheet] = run.sheets();
    expect(sheet?.baseName).toBe("Promotion YoY");
    const table = sheet?.tables[0];
    expect(table?.id).toBe("promo.yoy");
    const rows = table?.rows ?? [];
    expect(rows.map((row) => row[0])).toEqual(["gmv", "orders", "buyers", "units", "spendPerDistinctBuyer"]);
    expect(rows[0]).toEqual(["gmv", "GMV", 1250, 1000, 250, 0.25]);
    expect(rows[1]).toEqual(["orders", "Orders", 3, 4, -1, -0.25]);
    expect(rows[2]).toEqual(["buyers", "Distinct buyers", 3, 3, 0, 0]);
    expect(rows[3]?.[5]).toBeCloseTo(-1 / 7, 12);
    expect(rows[4]?.[4]).toBeCloseTo(250 / 3, 10);
    expect(rows[4]?.[5]).toBeCloseTo(0.25, 12);
    // 2017's data ends on 28 June: one partial-period warning, shown as the table's note.
    expect(table?.notes).toHaveLength(1);
    expect(sheet?.runRecord.parameters).toMatchObject({
      analysis: "yoy",
      current: "2017-01-01 – 2017-12-31",
      previous: "2016-01-01 – 2016-12-31",
      toleranceDays: 1,
    });
  });

  it("says why a figure is missing instead of leaving the cell blank", () => {
    // No member column: customers and aov cannot be computed in either period.
    const table = tableFromGrid({
      values: [
        ["Order Date", "Amount"],
        ["2016-03-01", 100],
        ["2017-03-01", 150],
      ],
    });
    const rows = yoyAnalysis(table, years, CONTEXT).sheets()[0]?.tables[0]?.rows ?? [];
    expect(rows[0]).toEqual(["gmv", "GMV", 150, 100, 50, 0.5]);
    expect(rows.find((row) => row[0] === "buyers")?.slice(2, 4)).toEqual([
      "n/a: no buyer column",
      "n/a: no buyer column",
    ]);
    expect(rows.find((row) => row[0] === "units")?.[2]).toBe("n/a: no units");
  });

  it("refuses a period without rows with its code", () => {
    let caught: unknown;
    try {
      yoyAnalysis(
        fixtureTable("test/fixtures/promo-cli/orders.csv"),
        { ...years, previous: yearPeriod(2010) },
        CONTEXT,
      );
    } catch (error) {
      caught = error;
    }
    expect(isCoreError(caught) && caught.code).toBe("YOY_PERIOD_EMPTY");
  });
});
