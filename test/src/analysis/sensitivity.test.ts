import { sensitivityAnalysis } from "../../../src/analysis/sensitivity";
import { isCoreError } from "../../../src/errors";
import { fixtureTable } from "../../support/csv-table";
import { CONTEXT, ONE_PURCHASE_DAY_CSV, ordersTable } from "./member-fixture";

describe("sensitivityAnalysis", () => {
  it("tags members by their coupon share and states the discount convention used", () => {
    const run = sensitivityAnalysis(ordersTable(), {}, CONTEXT);
    // Shares A 2/3, B 1/2, C 0, D 1, E 1/3; Q1 1/3, Q3 2/3: A and D are high → 2 of 5 members.
    expect(run.result.facts).toEqual({ analysis: "sensitivity", highShare: 2 / 5, medianPriceIndex: null });
    expect(run.result.price).toBeUndefined();
    expect(run.sheets()[0]?.runRecord.parameters).toMatchObject({
      analysis: "sensitivity",
      discountConvention: "paidRatio",
    });
  });

  it("fails naming the columns it needs, with the argument for the door's own wording", () => {
    let caught: unknown;
    try {
      sensitivityAnalysis(fixtureTable(ONE_PURCHASE_DAY_CSV), {}, CONTEXT);
    } catch (error) {
      caught = error;
    }
    expect(isCoreError(caught) && [caught.code, caught.details.argument]).toEqual([
      "MISSING_COLUMN",
      "couponAmount",
    ]);
  });
});
