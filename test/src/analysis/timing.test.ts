import { timingAnalysis } from "../../../src/analysis/timing";
import { fixtureTable } from "../../support/csv-table";
import { CONTEXT, ONE_PURCHASE_DAY_CSV, ordersTable } from "./member-fixture";

describe("timingAnalysis", () => {
  it("finds the peak weekday and hour", () => {
    const run = timingAnalysis(ordersTable(), CONTEXT);
    // Wednesday (3) has five orders (O4-O8), Monday four. Every order is at a different hour (8, 9, 10, 11, 13,
    // 14, 16, 18, 19, 20, 21, 22), so the peak hour is the first of the tie: 8.
    expect(run.result.facts).toEqual({ analysis: "timing", peakWeekday: 3, peakHour: 8 });
    expect(run.result.dayParts?.members).toHaveLength(5);
    expect(run.sheets()).toHaveLength(1);
  });

  it("has no peak hour and no day-parts for dates without a time of day", () => {
    // 2021-01-05 Tuesday, 01-06 Wednesday (M2's two rows: two orders, no order id), 01-09 Saturday.
    const run = timingAnalysis(fixtureTable(ONE_PURCHASE_DAY_CSV), CONTEXT);
    expect(run.result.facts).toEqual({ analysis: "timing", peakWeekday: 3, peakHour: null });
    expect(run.result.dayParts).toBeUndefined();
  });
});
