/**
 * One engine, one answer (issue 9) for the data check: `intake` and the pane's intake job read the same file
 * to the same rows, column names, roles and types, the same quality issues, and the same Intake sheet.
 */
import { join } from "node:path";
import { intakeCommand, type IntakeJson } from "../../cli/commands/intake";
import { intakeJob } from "../../engine/jobs/intake";
import { excelGridFromCsv } from "./excel-grid";
import { sheetContent } from "./sheet-content";

const INTAKE = join(__dirname, "../fixtures/intake");
const context = { progress: () => undefined, isCancelled: () => false };

describe("intake from the command line and from the pane", () => {
  it.each([
    "english-orders.csv",
    "chinese-tw-orders.csv",
    "quality-blank-key.csv",
    "quality-negative-amount.csv",
  ])("%s: the same columns, issues and Intake sheet", async (name) => {
    const file = join(INTAKE, name);
    const output = await intakeCommand.execute({ values: { input: file }, positionals: [], locale: "zh-TW" });
    const json = output.json() as IntakeJson;
    const job = intakeJob(
      {
        grid: excelGridFromCsv(file),
        roleChoices: {},
        locale: "zh-TW",
        runRecord: {
          inputAddress: "Sheet1!A1",
          rowCount: 0,
          parameters: {},
          engineVersion: "test",
          timestampIso: "2026-12-05T00:00:00.000Z",
        },
      },
      context,
    );
    expect({ rows: job.rowCount, columns: job.columns, issues: job.issues, shape: job.shape }).toEqual(json);
    expect([sheetContent(job.sheet)]).toEqual((output.sheets() ?? []).map(sheetContent));
  });
});
