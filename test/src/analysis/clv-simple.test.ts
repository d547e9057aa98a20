import { simpleClvAnalysis } from "../../../src/analysis/clv-simple";
import { isCoreError } from "../../../src/errors";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import { fixtureTable } from "../../support/csv-table";
import { CONTEXT } from "./member-fixture";

/*
 * test/fixtures/clv-cli/simple-orders.csv, worked out by hand in test/cli/clv-command.test.ts: A 2024-01-01 →
 * 01-11 = 10 days, 150 spent (15/day); B registered 2023-12-26, last order 2024-01-05 = 10 days, 100 (10/day);
 * C one order = 0 days; D has no amount (row skipped). Mean lifetime 20/3 days, population value per day
 * 250 / 20 = 12.5; CLV A 100, B 66.67, C (population rate) 83.33; the average member 20/3 × 12.5 = 83.33.
 */
const table = () => fixtureTable("test/fixtures/clv-cli/simple-orders.csv");

describe("simpleClvAnalysis", () => {
  it("gives the article's CLV per member, the skipped row and the facts", () => {
    const { result } = simpleClvAnalysis(table(), {}, CONTEXT);
    expect(result.clv.members.map((member) => [member.memberId, member.clv.toFixed(2)])).toEqual([
      ["A", "100.00"],
      ["B", "66.67"],
      ["C", "83.33"],
    ]);
    expect(result).toMatchObject({ rowCount: 6, rowsSkipped: 1, periodUnit: "days" });
    expect(result.horizon).toBeCloseTo(20 / 3, 12);
    expect(result.facts).toMatchObject({ analysis: "clv", model: "simple", cpa: null });
    expect(result.facts.averageClv).toBeCloseTo(250 / 3, 10);
  });

  it("takes the expected lifetime in a unit (30 days: A 30 · 15 = 450, B 300, C 30 · 12.5 = 375)", () => {
    const { result } = simpleClvAnalysis(table(), { expectedLifetime: 30, lifetimeUnit: "days" }, CONTEXT);
    expect(result.clv.members.map((member) => member.clv)).toEqual([450, 300, 375]);
    expect(result).toMatchObject({ horizon: 30, periodUnit: "days" });
  });

  it("compares with the CPA (83.33 / 25 = 3.33, healthy) and states the settings on its sheet", () => {
    const run = simpleClvAnalysis(table(), { acquisitionCost: 25 }, CONTEXT);
    expect(run.result.facts.cpa?.verdict).toBe("healthy");
    expect(run.result.facts.cpa?.clvToCpaRatio.toFixed(2)).toBe("3.33");
    const [sheet] = run.sheets();
    expect(sheet?.tables.map((table) => table.id)).toEqual(["clv.simple", "clv.distribution"]);
    expect(sheet?.runRecord.parameters).toEqual({
      member: "Member ID",
      analysis: "clv",
      model: "simple",
      acquisitionCost: 25,
    });
    expect(sheet?.runRecord.rowCount).toBe(6);
  });

  it("counts member id 0 as a member (the core reader's blank rule)", () => {
    const zero = tableFromGrid({
      values: [
        ["member_id", "order_date", "amount"],
        [0, "2024-01-01", 10],
        [0, "2024-01-11", 20],
      ],
    });
    const { result } = simpleClvAnalysis(zero, {}, CONTEXT);
    expect(result.clv.members.map((member) => [member.memberId, member.lifetimeDays])).toEqual([["0", 10]]);
    expect(result.rowsSkipped).toBe(0);
  });

  it("refuses a CPA not above 0 with the core's code", () => {
    expect.assertions(1);
    try {
      simpleClvAnalysis(table(), { acquisitionCost: 0 }, CONTEXT);
    } catch (error) {
      expect(isCoreError(error) && error.code).toBe("CPA_INVALID");
    }
  });
});
