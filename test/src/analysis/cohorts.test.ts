import { cohortsAnalysis } from "../../../src/analysis/cohorts";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import { CONTEXT, ordersTable } from "./member-fixture";

describe("cohortsAnalysis", () => {
  it("counts the cohorts and the second-month retention", () => {
    // Cohorts: January (A, B; A back in February), February (C, D; C back in March), March (E, no second month
    // yet). Second-month retention over the cohorts that have one: (1 + 1) / (2 + 2) = 0.5.
    const run = cohortsAnalysis(ordersTable(), CONTEXT);
    expect(run.result.facts).toEqual({ analysis: "cohorts", cohorts: 3, secondMonthRetention: 0.5 });
    expect(run.result.overview).toHaveLength(3);
  });

  it("treats a registration column without any date as absent", () => {
    const table = tableFromGrid({
      values: [
        ["Member ID", "Order Date", "Registration Date"],
        ["a", "2021-01-05", null],
        ["b", "2021-02-05", null],
      ],
    });
    const run = cohortsAnalysis(table, CONTEXT);
    expect(run.result.overview).toBeUndefined();
    // Two cohorts of one member each; January's has a second month (February), in which a did not order.
    expect(run.result.facts).toEqual({ analysis: "cohorts", cohorts: 2, secondMonthRetention: 0 });
  });
});
