import { bgnbdAnalysis } from "../../../src/analysis/clv-bgnbd";
import { btydClvAnalysis } from "../../../src/analysis/clv-btyd";
import { isCoreError } from "../../../src/errors";
import { isoFromExcelSerial } from "../../../src/table/excel-serial";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import { fixtureGrid } from "../../support/csv-table";
import { CDNOW_CALIBRATION_END, cdnowTransactions } from "../clv/cdnow-fixture";
import { CONTEXT } from "./member-fixture";

/*
 * Published values on CDNOW (Fader, Hardie & Lee 2005; Fader & Hardie note 025; shared/data/README.md), as
 * test/cli/clv-command.test.ts checks them through the command line: BG/NBD r 0.243, α 4.414 (weeks), a 0.793,
 * b 2.426, LL −9582.4, ID 1's expected purchases over 39 weeks 1.226; Gamma-Gamma p 6.25, q 3.74, γ 15.44;
 * ID 1's 12-month CLV at 1 % a month 36.3.
 */
const summary = () => ({
  kind: "summary" as const,
  grid: fixtureGrid("test/fixtures/clv/cdnow_customers_summary_with_transactions.csv"),
});
const near = (value: number | undefined, expected: number, tolerance: number) =>
  expect(Math.abs((value ?? NaN) - expected)).toBeLessThanOrEqual(tolerance);

describe("bgnbdAnalysis", () => {
  it("fits the published parameters on the CDNOW summary and ID 1's 1.226 purchases in 39 weeks", () => {
    const { result } = bgnbdAnalysis(summary(), { timeUnit: "weeks", horizonPeriods: 39 }, CONTEXT);
    const { r, alpha, a, b } = result.fit.params;
    expect([r, alpha, a, b].map((value) => value.toFixed(3))).toEqual(["0.243", "4.414", "0.793", "2.426"]);
    near(result.fit.logLikelihood, -9582.4, 0.1);
    expect(result.members).toHaveLength(2357);
    expect(result.members[0]).toMatchObject({ id: "1", frequency: 2, recency: 30.43, age: 38.86 });
    expect(result.members[0]?.expectedPurchases.toFixed(3)).toBe("1.226");
    expect(result).toMatchObject({ horizonPeriods: 39, periodUnit: "weeks", timeUnit: "weeks" });
    expect(result.input).toMatchObject({ rowCount: 2357, rowsSkipped: null, calibrationEndSerial: null });
  });

  it("defaults the horizon to one year in whole periods (52 weeks)", () => {
    const { result } = bgnbdAnalysis(summary(), {}, CONTEXT);
    expect(result).toMatchObject({ horizonPeriods: 52, periodUnit: "weeks", timeUnit: "weeks" });
  });

  it("names the missing summary columns with MISSING_COLUMN", () => {
    expect.assertions(2);
    const grid = {
      values: [
        ["customer", "orders"],
        ["1", "2"],
      ],
    };
    try {
      bgnbdAnalysis({ kind: "summary", grid }, {}, CONTEXT);
    } catch (error) {
      expect(isCoreError(error) && error.code).toBe("MISSING_COLUMN");
      expect((error as Error).message).toBe(
        "The summary needs a header row with the columns ID, x, t_x, T (missing: ID, x, t_x, T)",
      );
    }
  });
});

describe("btydClvAnalysis", () => {
  it("from the raw CDNOW transactions, in months: the published fits and ID 1's 12-month CLV of 36.3", () => {
    const { customerIds, dateSerials, amounts } = cdnowTransactions();
    const table = tableFromGrid({
      values: [
        ["member_id", "order_date", "amount"],
        ...customerIds.map((id, row) => [id, isoFromExcelSerial(dateSerials[row] ?? 0), amounts[row]]),
      ],
    });
    const run = btydClvAnalysis(
      { kind: "orders", table },
      {
        timeUnit: "months",
        horizonPeriods: 12,
        discountRate: 0.01,
        calibrationEndSerial: CDNOW_CALIBRATION_END,
      },
      CONTEXT,
    );
    const { result } = run;
    // r, a, b do not depend on the unit; α scales with it (a month is 30.4375 / 7 weeks).
    const { r, alpha, a, b } = result.bgnbd.params;
    expect([r, (alpha * 30.4375) / 7, a, b].map((value) => value.toFixed(3))).toEqual([
      "0.243",
      "4.414",
      "0.793",
      "2.426",
    ]);
    near(result.gammaGamma.params.p, 6.25, 0.01);
    near(result.gammaGamma.params.q, 3.74, 0.01);
    near(result.gammaGamma.params.gamma, 15.44, 0.01);
    near(result.values.rows[0]?.clv, 36.3, 0.05);
    expect(result.input).toMatchObject({
      rowCount: 6919,
      rowsSkipped: 0,
      calibrationEndSerial: CDNOW_CALIBRATION_END,
    });
    expect(result.input.customers).toHaveLength(2357);
    expect(result.facts).toMatchObject({
      analysis: "clv",
      model: "btyd",
      horizonPeriods: 12,
      timeUnit: "months",
    });
    const [sheet] = run.sheets();
    expect(sheet?.tables.map((table) => table.id)).toEqual([
      "clv.parameters",
      "clv.members",
      "clv.distribution",
    ]);
    expect(sheet?.runRecord.parameters).toMatchObject({
      analysis: "clv",
      model: "btyd",
      discountRate: 0.01,
      discountRateUnit: "months",
      calibrationEnd: "1997-09-30",
    });
  });

  it("refuses a repeat customer with spend 0 unless excludeZeroSpend leaves it out", () => {
    const grid = fixtureGrid("test/fixtures/clv/cdnow_customers_summary_with_transactions.csv");
    // ID 1 (x = 2) given zbar 0, as happens in the CDNOW master file; the first 400 customers.
    const values = [grid.values[0] ?? [], ["1", "2", "30.43", "38.86", "0.00"], ...grid.values.slice(2, 401)];
    expect.assertions(3);
    try {
      btydClvAnalysis({ kind: "summary", grid: { values } }, {}, CONTEXT);
    } catch (error) {
      expect(isCoreError(error) && error.code).toBe("GAMMAGAMMA_SPEND_NOT_POSITIVE");
    }
    const { result } = btydClvAnalysis(
      { kind: "summary", grid: { values } },
      { excludeZeroSpend: true },
      CONTEXT,
    );
    expect(result.excludedZeroSpend).toBe(1);
    expect(result.values.rows).toHaveLength(399);
  });
});
