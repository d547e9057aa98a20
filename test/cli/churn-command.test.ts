import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { ChurnJson } from "../../cli/commands/churn-json";
import { reference } from "../src/churn/churn-fixture";
import { REPO_ROOT, runInProcess, spawnCli } from "../support/cli";

/*
 * `churn` on the fixtures of test/fixtures/churn (README there): CDNOW_master as a CSV (the file is
 * whitespace separated) for the check against scikit-learn 1.2.1, and the simulated orders.csv.
 */
const ORDERS = "test/fixtures/churn/orders.csv";
const expected = reference();

let dir: string;
let cdnowCsv: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "churn-cli-"));
  const lines = readFileSync(path.join(REPO_ROOT, "test/fixtures/churn/CDNOW_master.txt"), "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length === 4);
  cdnowCsv = path.join(dir, "cdnow.csv");
  writeFileSync(cdnowCsv, lines.map((fields) => fields.join(",")).join("\n"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("churn", () => {
  // In-process: the --json document of CDNOW's 17,410 members at risk is about 5 MB, over spawnSync's buffer.
  it("on CDNOW, 180 days after 1997-12-31: the issue's JSON, and a holdout AUC within 0.02 of scikit-learn's", async () => {
    const run = await runInProcess(
      "churn",
      "--input",
      cdnowCsv,
      "--calibration-end",
      "1997-12-31",
      "--horizon-days",
      "180",
      "--json",
    );
    expect([run.status, run.stderrLines]).toEqual([0, []]);
    const json = run.json<ChurnJson>();
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        "calibrationEnd",
        "horizonDays",
        "members",
        "churnShare",
        "model",
        "holdout",
        "tree",
        "scored",
      ]),
    );
    expect(json).toMatchObject({
      calibrationEnd: "1997-12-31",
      horizonDays: 180,
      members: 23570,
      lastDate: "1998-06-30",
    });
    expect(json.churnShare).toBe(expected.cdnow.churnShare);
    expect(json.model).toMatchObject({ kind: "logisticL2", converged: true });
    expect(json.model.iterations).toBeLessThanOrEqual(10);
    for (const [feature, coefficient] of Object.entries(expected.cdnow.coefficients)) {
      expect(Math.abs((json.model.coefficients[feature as "aov"] as number) - coefficient)).toBeLessThan(
        1e-4,
      );
    }
    expect(Math.abs(json.holdout.auc - expected.cdnow.auc)).toBeLessThan(0.02);
    expect(Math.abs(json.tree.auc - expected.cdnow.treeAuc)).toBeLessThan(0.02);
    expect(json.holdout).toMatchObject({ threshold: 0.7 });
    expect(json.holdout.deciles).toHaveLength(10);
    expect(json.scored.length).toBeGreaterThan(0);
    expect(json.scored.every((member) => member.probability >= 0.7)).toBe(true);
    expect(json.scored[0]?.reasons[0]).toEqual(
      expect.objectContaining({ feature: expect.any(String), contribution: expect.any(Number) }),
    );
  }, 60_000);
});

describe("churn (spawned)", () => {
  it("runs through the real entry and exits 2 with one line for a horizon past the data", () => {
    const run = spawnCli(
      "churn",
      "--input",
      ORDERS,
      "--calibration-end",
      "2024-12-02",
      "--horizon-days",
      "30",
    );
    expect([run.status, run.stderrLines]).toEqual([
      2,
      [
        `commerce-analytics: ${ORDERS}: The horizon after the calibration end runs to 2025-01-01, past the last order date 2024-12-31: choose an earlier calibration end or a shorter horizon.`,
      ],
    ]);
  });
});

describe("churn (in-process)", () => {
  it("writes the Churn sheet with --out and prints its tables", async () => {
    const out = path.join(dir, "churn.xlsx");
    const run = await runInProcess(
      "churn",
      "--input",
      path.join(REPO_ROOT, ORDERS),
      "--calibration-end",
      "2024-09-30",
      "--out",
      out,
    );
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain("Holdout AUC, logistic regression");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Churn risk"]);
  });

  it("--json holds scikit-learn's coefficients and the at-risk members in the user's threshold", async () => {
    const run = await runInProcess(
      ...["churn", "--input", path.join(REPO_ROOT, ORDERS), "--calibration-end", "2024-09-30"],
      ...["--horizon-days", "90", "--threshold", "0.9", "--json"],
    );
    expect(run.status).toBe(0);
    const json = run.json<ChurnJson>();
    expect(Math.abs(json.model.intercept - expected.orders.intercept)).toBeLessThan(1e-4);
    expect(json.model.coefficients.couponShare).toBeCloseTo(
      expected.orders.coefficients.couponShare as number,
      4,
    );
    const probabilities = Object.values(expected.orders.probabilities ?? {});
    expect(json.scored).toHaveLength(probabilities.filter((probability) => probability >= 0.9).length);
    expect(json.holdout.threshold).toBe(0.9);
    expect(json.functionModel.coefficientsRow).toHaveLength(13);
    expect(json.skippedRows).toBe(1);
  });

  it("exits 2 with one line naming the file for bad input, in the user's language", async () => {
    const input = path.join(REPO_ROOT, ORDERS);
    const past = await runInProcess(
      "churn",
      "--input",
      input,
      "--calibration-end",
      "2024-11-01",
      "--locale",
      "zh-TW",
    );
    expect(past.status).toBe(2);
    expect(past.stderrLines).toEqual([
      `commerce-analytics: ${input}: 校準期截止後的觀察期延伸到 2025-01-30，超過最後訂單日期 2024-12-31：請選擇較早的校準期截止日或較短的觀察期。`,
    ]);
    const before = await runInProcess("churn", "--input", input, "--horizon-days", "400");
    expect(before.stderrLines).toEqual([
      `commerce-analytics: ${input}: Nobody bought on or before the calibration end 2023-11-27 (the first order is on 2024-01-02): choose a later calibration end or a shorter horizon.`,
    ]);
    const threshold = await runInProcess(
      "churn",
      "--input",
      input,
      "--threshold",
      "1.5",
      "--locale",
      "zh-CN",
    );
    expect(threshold.stderrLines).toEqual([
      `commerce-analytics: ${input}: 阈值必须是介于 0 与 1 之间的概率，例如 0.7（当前为 1.5）。`,
    ]);
    const notANumber = await runInProcess("churn", "--input", input, "--horizon-days", "ninety");
    expect([notANumber.status, notANumber.stderrLines]).toEqual([
      2,
      ["commerce-analytics: The horizon must be a whole number of days, at least 1 (got ninety)."],
    ]);
  });
});
