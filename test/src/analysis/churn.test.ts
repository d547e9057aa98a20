import { churnAnalysis } from "../../../src/analysis/churn";
import { serialFromCivilDate } from "../../../src/dates/civil-date";
import { CoreError } from "../../../src/errors";
import type { ReportTable } from "../../../src/report/types";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import { ordersTable, reference } from "../churn/churn-fixture";
import { CONTEXT } from "./member-fixture";

/*
 * The churn use case on test/fixtures/churn/orders.csv (1,370 lines, one without a member id), calibration end
 * 2024-09-30, horizon 90 days; the model's numbers are checked against scikit-learn in
 * test/src/churn/churn-sklearn.test.ts, here what the use case adds: facts, run record, sheets.
 */
const settings = { calibrationEndSerial: serialFromCivilDate(2024, 9, 30), horizonDays: 90 };
const expected = reference().orders;
const tableById = (tables: readonly ReportTable[], id: string): ReportTable => {
  const table = tables.find((candidate) => candidate.id === id);
  if (table === undefined) throw new Error(`no table ${id}`);
  return table;
};

describe("churnAnalysis", () => {
  const run = churnAnalysis(ordersTable(), settings, CONTEXT);

  it("reads members, orders, dates, amounts and coupons from the table, leaving out the row without a member", () => {
    expect(run.result).toMatchObject({ rowCount: 1370, rowsSkipped: 1 });
    expect(run.result.churn.model.features).toContain("couponShare");
    expect(run.result.facts).toMatchObject({
      analysis: "churn",
      calibrationEnd: "2024-09-30",
      lastDate: "2024-12-31",
      horizonDays: 90,
      members: 120,
      threshold: 0.7,
      scoredMembers: 120,
      droppedFeatures: [],
    });
    expect(run.result.facts.auc).toBeCloseTo(expected.auc, 9);
    // scikit-learn's precision_score / recall_score on the same holdout at 0.7 (reference.json).
    expect(run.result.facts.precision).toBeCloseTo(expected.precision ?? Number.NaN, 9);
    expect(run.result.facts.recall).toBeCloseTo(expected.recall, 9);
    expect(run.result.facts.atRiskMembers).toBe(
      Object.values(expected.probabilities ?? {}).filter((probability) => probability >= 0.7).length,
    );
  });

  it("writes one Churn sheet: metrics, coefficients in words, calibration, histogram, function row, members at risk", () => {
    const [sheet, ...others] = run.sheets();
    expect(others).toEqual([]);
    expect(sheet?.baseName).toBe("Churn risk");
    expect(sheet?.tables.map((table) => table.id)).toEqual([
      "churn.summary",
      "churn.coefficients",
      "churn.calibration",
      "churn.histogram",
      "churn.functionRow",
      "churn.atRisk",
    ]);
    expect(sheet?.charts.map((chart) => [chart.kind, chart.tableId, chart.yColumns])).toEqual([
      ["line", "churn.calibration", ["meanPredicted", "observed"]],
      ["columnClustered", "churn.coefficients", ["coefficient"]],
      ["columnClustered", "churn.histogram", ["members"]],
    ]);
    expect(sheet?.runRecord.parameters).toEqual({
      member: "Member ID",
      analysis: "churn",
      calibrationEnd: "2024-09-30",
      horizonDays: 90,
      threshold: 0.7,
      holdoutShare: 0.3,
      seed: 0,
    });
    const tables = sheet?.tables ?? [];
    const coefficients = tableById(tables, "churn.coefficients");
    expect(coefficients.rows).toHaveLength(1 + expected.features.length);
    // recency's coefficient is positive (2.32 in scikit-learn): more days since the last purchase, more risk.
    expect(coefficients.rows[1]?.[5]).toMatch(/^The higher the recency .* more likely the member churns/);
    const functionRow = tableById(tables, "churn.functionRow");
    expect(functionRow.columns).toHaveLength(13);
    expect(functionRow.rows).toEqual([run.result.churn.functionModel.row]);
    const atRisk = tableById(tables, "churn.atRisk");
    expect(atRisk.rows).toHaveLength(run.result.facts.atRiskMembers);
    expect(atRisk.rows[0]?.[5]).toMatch(/^recency \(days since the last purchase\) \d+ \(average 67\.6\)/);
  });

  it("writes the sheet in Traditional and Simplified Chinese", () => {
    for (const [locale, name, header] of [
      ["zh-TW", "流失預測", "流失機率"],
      ["zh-CN", "流失预测", "流失概率"],
    ] as const) {
      const [sheet] = churnAnalysis(ordersTable(), settings, { ...CONTEXT, locale }).sheets();
      expect(sheet?.baseName).toBe(name);
      expect(tableById(sheet?.tables ?? [], "churn.atRisk").columns[1]?.header).toBe(header);
    }
  });

  it("defaults the calibration end to the last date − the horizon, and needs the member, date and amount columns", () => {
    expect(churnAnalysis(ordersTable(), {}, CONTEXT).result.facts.calibrationEnd).toBe("2024-10-02");
    const noAmount = tableFromGrid({
      values: [
        ["Member ID", "Order Date"],
        ["a", "2024-01-01"],
      ],
    });
    expect(() => churnAnalysis(noAmount, {}, CONTEXT)).toThrow(
      expect.objectContaining({ code: "MISSING_COLUMN", details: { argument: "amount", input: "churn" } }),
    );
    expect(() => churnAnalysis(ordersTable(), { horizonDays: 400 }, CONTEXT)).toThrow(CoreError);
  });
});
