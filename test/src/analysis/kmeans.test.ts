import { kmeansAnalysis } from "../../../src/analysis/kmeans";
import { kmeansPoints } from "../../../src/analysis/kmeans-points";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import type { RawGrid } from "../../../src/table/types";
import { CONTEXT } from "./member-fixture";

/*
 * Two groups of five points with two skipped rows (a blank y, a text x):
 *   A (1,10) (2,11) (1,11) (2,10) (1,12): centre (1.4, 10.8), SSE x 1.2 + y 2.8 = 4
 *   B (50,60) (51,61) (52,60) (50,61) (51,60): centre (50.8, 60.4), SSE x 2.8 + y 1.2 = 4
 * B has the higher centre on x, so it is cluster 1; k = 2 inertia 4 + 4 = 8.
 */
const grid: RawGrid = {
  values: [
    ["x", "y", "note"],
    ["1", "10", "a"],
    ["2", "11", "b"],
    ["1", "", "blank y"],
    ["1", "11", "c"],
    ["2", "10", "d"],
    ["50", "60", "e"],
    ["abc", "61", "text x"],
    ["51", "61", "f"],
    ["52", "60", "g"],
    ["1", "12", "h"],
    ["50", "61", "i"],
    ["51", "60", "j"],
  ],
};

describe("kmeansPoints", () => {
  it("takes the columns read as numbers and counts the rows it skips, with the cells that made it skip", () => {
    const points = kmeansPoints(tableFromGrid(grid), { grid });
    expect(points.columns).toEqual(["x", "y"]);
    expect(points.ignoredColumns).toEqual([{ name: "note", type: "text" }]);
    expect([points.readRowCount, points.matrix.rows]).toEqual([12, 10]);
    expect(points.skipped).toEqual({ blankCell: 1, nonNumericCell: 1 });
    expect(points.skippedExamples).toEqual([
      { line: 4, column: "y", value: "" },
      { line: 8, column: "x", value: "abc" },
    ]);
  });

  it("reads named columns as numbers, and names the setting in an unknown column's details", () => {
    expect(kmeansPoints(tableFromGrid(grid), { grid }, ["Y"]).matrix.rows).toBe(11);
    expect(() => kmeansPoints(tableFromGrid(grid), { grid }, ["z"])).toThrow(
      expect.objectContaining({
        code: "UNKNOWN_COLUMN",
        details: expect.objectContaining({ argument: "columns", value: "z" }),
      }),
    );
    const words: RawGrid = { values: [["name"], ["a"], ["b"]] };
    expect(() => kmeansPoints(tableFromGrid(words), { grid: words })).toThrow(
      expect.objectContaining({ code: "NO_NUMERIC_COLUMN" }),
    );
  });
});

describe("kmeansAnalysis", () => {
  it("at a single k gives each row read its cluster (null where skipped), the centres and the sizes", () => {
    const points = kmeansPoints(tableFromGrid(grid), { grid });
    const { result, sheets } = kmeansAnalysis(points, { kMin: 2, kMax: 2 }, CONTEXT);
    expect(result.sweep.runs[0]?.inertia).toBeCloseTo(8, 9);
    expect(result.assignment?.rowClusters).toEqual([2, 2, null, 2, 2, 1, null, 1, 1, 2, 1, 1]);
    expect(result.assignment?.sizes).toEqual([5, 5]);
    [50.8, 60.4, 1.4, 10.8].forEach((expected, index) =>
      expect(result.assignment?.centroids.flat()[index]).toBeCloseTo(expected, 9),
    );
    const [sheet] = sheets();
    expect(sheet?.tables.map((table) => table.title)).toEqual([
      "Elbow method: within-cluster sum of squares by k",
      "Clusters at k = 2",
    ]);
    expect(sheet?.tables[0]?.notes).toContain(
      "10 of 12 rows used; skipped: 1 with a blank cell, 1 with a non-numeric cell.",
    );
    expect(sheet?.runRecord).toMatchObject({
      rowCount: 12,
      seed: 0,
      parameters: { analysis: "kmeans", columns: "x, y", standardize: false, restarts: 10 },
    });
  });
});
