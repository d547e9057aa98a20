import { cycleAnalysis } from "../../../src/analysis/cycle";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import { CONTEXT, ordersTable } from "./member-fixture";

describe("cycleAnalysis", () => {
  it("gives the cycle statistics, the facts and one sheet stating the analysis", () => {
    const run = cycleAnalysis(ordersTable(), CONTEXT);
    // Cycles 21 (A), 14 (B), 28 (C), 5 (E): median (14 + 21) / 2 = 17.5; lapsed ⌈22.75 + 1.5 × 11⌉ = 40.
    expect(run.result.facts).toEqual({ analysis: "cycle", medianDays: 17.5, lapsedAfterDays: 40 });
    expect(run.result.summary.skippedRows).toBe(1);
    expect(run.result.categories).toBeUndefined();
    const sheets = run.sheets();
    expect(sheets).toHaveLength(1);
    expect(sheets[0]?.runRecord.parameters).toEqual({ member: "Member ID", analysis: "cycle" });
  });

  it("treats a category column without any value as absent", () => {
    // Cycles: a 44207 − 44197 = 10, b 44227 − 44197 = 30; the category column is blank throughout.
    const table = tableFromGrid({
      values: [
        ["Member ID", "Order Date", "Category"],
        ["a", "2021-01-01", null],
        ["a", "2021-01-11", null],
        ["b", "2021-01-01", null],
        ["b", "2021-01-31", null],
      ],
    });
    const run = cycleAnalysis(table, CONTEXT);
    expect(run.result.summary.stats.median).toBe(20);
    expect(run.result.categories).toBeUndefined();
  });

  it("gives the cycle per category when the column has values", () => {
    // Shoes: a 01-01 → 01-11 = 10 days; bags: b 01-01 → 01-31 = 30 days.
    const table = tableFromGrid({
      values: [
        ["Member ID", "Order Date", "Category"],
        ["a", "2021-01-01", "shoes"],
        ["a", "2021-01-11", "shoes"],
        ["b", "2021-01-01", "bags"],
        ["b", "2021-01-31", "bags"],
      ],
    });
    const categories = cycleAnalysis(table, CONTEXT).result.categories ?? [];
    expect(categories.map((category) => [category.category, category.stats?.median])).toEqual(
      expect.arrayContaining([
        ["shoes", 10],
        ["bags", 30],
      ]),
    );
  });
});
