/**
 * One engine, one answer for churn: orders.csv (test/fixtures/churn) through the command line (--json and
 * --out sheets) and through the pane's engine job (the file's cells as Excel hands them over, excel-grid.ts)
 * gives the same Churn sheet (titles, headers, values, notes, charts) and the same figures; the sheet's
 * coefficients row, given to =CHURN.PROBABILITY, scores like the four-feature model it came from.
 */
import { join } from "node:path";
import type { ChurnJson } from "../../cli/commands/churn-json";
import { churnCommand } from "../../cli/commands/churn";
import { churnJob } from "../../engine/jobs/churn";
import { churnProbability } from "../../functions/churn";
import { serialFromCivilDate } from "../../src/dates/civil-date";
import type { Locale } from "../../src/i18n/locale";
import { reference } from "../src/churn/churn-fixture";
import { excelGridFromCsv } from "./excel-grid";
import { sheetContent } from "./sheet-content";

const ORDERS = join(__dirname, "../fixtures/churn/orders.csv");

describe.each<Locale>(["en", "zh-TW"])(
  "churn: the command line and the pane give one answer (%s)",
  (locale) => {
    it("the same Churn sheet and figures", async () => {
      const output = await churnCommand.execute({
        values: { input: ORDERS, "calibration-end": "2024-09-30" },
        positionals: [],
        locale,
      });
      const fromPane = churnJob(
        {
          grid: excelGridFromCsv(ORDERS),
          roleChoices: {},
          settings: { calibrationEndSerial: serialFromCivilDate(2024, 9, 30) },
          locale,
          runRecord: {
            inputAddress: "Orders!A1:E1371",
            rowCount: 0,
            parameters: {},
            engineVersion: "test",
            timestampIso: "2026-12-05T00:00:00.000Z",
          },
        },
        { progress: () => undefined, isCancelled: () => false },
      );
      expect(fromPane.sheets.map(sheetContent)).toEqual((output.sheets() ?? []).map(sheetContent));
      const json = output.json() as ChurnJson;
      expect(json.holdout.auc).toBe(fromPane.facts.auc);
      expect(json.scored).toHaveLength(fromPane.facts.atRiskMembers);
      // The row the sheet writes, in the worksheet function: scikit-learn's four-feature predict_proba.
      const examples = reference().orders.functionModel.examples ?? [];
      const column = (pick: (example: (typeof examples)[number]) => number) => examples.map((e) => [pick(e)]);
      const spill = churnProbability(
        column((e) => e.recencyDays),
        column((e) => e.purchaseDays),
        column((e) => e.spend),
        column((e) => e.tenureDays),
        [[...json.functionModel.coefficientsRow]],
      );
      spill.forEach((row, index) =>
        expect(Math.abs((row[0] as number) - (examples[index]?.probability as number))).toBeLessThan(1e-6),
      );
    });
  },
);
