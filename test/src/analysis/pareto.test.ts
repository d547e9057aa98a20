import { paretoAnalysis } from "../../../src/analysis/pareto";
import { CONTEXT, ordersTable } from "./member-fixture";

describe("paretoAnalysis", () => {
  it("uses the top 20 % by default", () => {
    // Revenues 320, 290, 120, 30, 30 (790): the top ⌈0.2 × 5⌉ = 1 member holds 320 / 790.
    const run = paretoAnalysis(ordersTable(), {}, CONTEXT);
    expect(run.result.facts).toEqual({ analysis: "pareto", top: 0.2, revenueShare: 320 / 790 });
    expect(run.sheets()[0]?.runRecord.parameters).toEqual({
      member: "Member ID",
      analysis: "pareto",
      topShare: 0.2,
    });
  });

  it("takes the share it is given", () => {
    // Top ⌈0.4 × 5⌉ = 2 members: (320 + 290) / 790.
    expect(paretoAnalysis(ordersTable(), { topShare: 0.4 }, CONTEXT).result.facts.revenueShare).toBeCloseTo(
      610 / 790,
      12,
    );
  });
});
