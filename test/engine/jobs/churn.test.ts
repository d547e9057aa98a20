import { readFileSync } from "node:fs";
import path from "node:path";
import { churnJob, type ChurnRequest } from "../../../engine/jobs/churn";
import { createInlineEngine } from "../../../engine/inline-engine";
import { serialFromCivilDate } from "../../../src/dates/civil-date";
import { churnErrorText } from "../../../src/i18n/messages/churn-errors";
import { reference } from "../../src/churn/churn-fixture";

/*
 * The engine job the pane's churn flow calls, on test/fixtures/churn/orders.csv as the grid a pasted range
 * gives (text cells). Its model is checked against scikit-learn in test/src/churn/churn-sklearn.test.ts.
 */
const csv = readFileSync(path.join(__dirname, "../../fixtures/churn/orders.csv"), "utf8").trim().split("\n");
const grid = { values: csv.map((line) => line.split(",").map((cell) => (cell === "" ? null : cell))) };
const runRecord = {
  inputAddress: "Orders!A1:E1371",
  rowCount: 1370,
  parameters: {},
  engineVersion: "test",
  timestampIso: "2026-01-01T00:00:00Z",
};
const request = (settings: ChurnRequest["settings"]): ChurnRequest => ({
  grid,
  roleChoices: {},
  settings,
  locale: "en",
  runRecord,
});
const settings = { calibrationEndSerial: serialFromCivilDate(2024, 9, 30), horizonDays: 90 };

describe("churnJob", () => {
  it("returns the Churn sheet and the facts, reporting progress", () => {
    const stages: string[] = [];
    const result = churnJob(request(settings), {
      progress: (_, stage) => stages.push(stage ?? ""),
      isCancelled: () => false,
    });
    expect(stages).toEqual(["reading", "fitting", "writing", "done"]);
    expect(result.sheets.map((sheet) => sheet.baseName)).toEqual(["Churn risk"]);
    expect(result).toMatchObject({ rowCount: 1370, rowsSkipped: 1 });
    expect(result.facts).toMatchObject({ analysis: "churn", members: 120, calibrationEnd: "2024-09-30" });
    expect(result.facts.auc).toBeCloseTo(reference().orders.auc, 9);
    expect(result.sheets[0]?.runRecord.parameters).toMatchObject({ analysis: "churn", horizonDays: 90 });
  });

  it("runs through the engine, and a horizon past the data rejects with a code and details the pane can word", async () => {
    const engine = createInlineEngine();
    const ok = await engine.run("churn", request(settings));
    expect(ok.facts.members).toBe(120);
    const failure = await engine
      .run("churn", request({ ...settings, horizonDays: 120 }))
      .catch((error: unknown) => error);
    const { code, details } = failure as { code: string; details: Record<string, unknown> };
    expect({ code, details }).toEqual({
      code: "CHURN_HORIZON_PAST_DATA",
      details: { argument: "horizonDays", value: "2025-01-28", bound: "2024-12-31" },
    });
    expect(churnErrorText("zh-TW", code, details)).toBe(
      "校準期截止後的觀察期延伸到 2025-01-28，超過最後訂單日期 2024-12-31：請選擇較早的校準期截止日或較短的觀察期。",
    );
  });

  it("stops when cancelled", () => {
    expect(() => churnJob(request(settings), { progress: () => undefined, isCancelled: () => true })).toThrow(
      expect.objectContaining({ code: "CANCELLED" }),
    );
  });
});
