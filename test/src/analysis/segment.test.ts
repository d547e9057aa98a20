import { segmentAnalysis, segmentAssignAnalysis } from "../../../src/analysis/segment";
import { fixtureTable } from "../../support/csv-table";
import { CONTEXT } from "./member-fixture";

/*
 * test/fixtures/segment-cli/order-lines.csv, worked out by hand in test/cli/segment-commands.test.ts: 48 lines of
 * 12 members in three groups with identical R/F/M inside each group (H: 8 orders of 20,000; M: 3 of 15,000;
 * L: 1 of 1,000), so the study's levels have 3 distinct rows and the sweep stops at k = 3, where the inertia
 * is 0; k = 1 inertia = 4·(9 + 4) + 4·(9 + 4) = 104 (levels (0,0), (3,2), (6,4) around the centre (3, 2)).
 */
const table = () => fixtureTable("test/fixtures/segment-cli/order-lines.csv");

describe("segmentAnalysis", () => {
  it("sweeps, recommends k = 3 and assigns the three groups, best spenders first", () => {
    const { result } = segmentAnalysis(table(), {}, CONTEXT);
    expect(result.sweep.sweep.runs.map((run) => [run.k, run.inertia])).toEqual([
      [1, 104],
      [2, 26],
      [3, 0],
    ]);
    expect([result.kSource, result.assignment.k, result.readRowCount]).toEqual(["recommended", 3, 48]);
    expect(result.assignment.clusters.map((cluster) => [cluster.size, cluster.avgMonetary])).toEqual([
      [4, 160000],
      [4, 45000],
      [4, 1000],
    ]);
  });

  it("refuses a k above the distinct member rows with the bound in its details", () => {
    expect(() => segmentAnalysis(table(), { k: 4 }, CONTEXT)).toThrow(
      expect.objectContaining({
        code: "K_EXCEEDS_DISTINCT_ROWS",
        details: { argument: "k", value: 4, bound: 3 },
      }),
    );
  });

  it("sweeps up to a given k above kMax, so the Elbow sheet shows the k chosen", () => {
    const { result } = segmentAnalysis(table(), { k: 3, kMax: 2 }, CONTEXT);
    expect(result.sweep.sweep.runs.map((run) => run.k)).toEqual([1, 2, 3]);
    expect(result.kSource).toBe("given");
  });

  it("states the rows read and the settings in every sheet's run record, the same in both steps", () => {
    const oneGo = segmentAnalysis(table(), {}, CONTEXT);
    const stepTwo = segmentAssignAnalysis(table(), oneGo.result.sweep.sweep, 3, {}, CONTEXT);
    for (const sheet of [...oneGo.sheets(), ...stepTwo.sheets]) {
      expect(sheet.runRecord).toMatchObject({
        rowCount: 48,
        seed: 0,
        parameters: {
          member: "Member ID",
          analysis: "segment",
          scoring: "study",
          kMax: 10,
          restarts: 10,
          k: 3,
        },
      });
    }
    expect(stepTwo.sheets).toEqual(oneGo.sheets());
  });
});
