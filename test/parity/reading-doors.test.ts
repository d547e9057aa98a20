/**
 * One answer for a European export (issue 11, item 3): the CLI reading a semicolon file and the pane's engine
 * reading the same cells pasted as text find the same columns, types and quality issues, and the same
 * per-column reading notes (the CLI adds one for the semicolon file itself, which the pane never sees).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { intakeCommand, type IntakeJson } from "../../cli/commands/intake";
import { intakeJob } from "../../engine/jobs/intake";

const context = { progress: () => undefined, isCancelled: () => false };
const ROWS = [
  ["Member ID", "Order date", "Amount"],
  ["M1", "13/04/2021", "1.234,50"],
  ["M2", "03/04/2021", "10,25"],
  ["M1", "05/05/2021", "7"],
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "reading-doors-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("a semicolon, decimal-comma, day-first file: the same table from the CLI and the pane", async () => {
  const file = path.join(dir, "eu.csv");
  writeFileSync(file, `${ROWS.map((row) => row.join(";")).join("\n")}\n`);
  const output = await intakeCommand.execute({ values: { input: file }, positionals: [], locale: "en" });
  const json = output.json() as IntakeJson;
  const job = intakeJob(
    {
      grid: { values: ROWS },
      roleChoices: {},
      locale: "en",
      runRecord: {
        inputAddress: "Sheet1!A1:C4",
        rowCount: 3,
        parameters: {},
        engineVersion: "test",
        timestampIso: "2026-12-07T00:00:00.000Z",
      },
    },
    context,
  );
  expect({ rows: job.rowCount, columns: job.columns, issues: job.issues }).toEqual({
    rows: json.rows,
    columns: json.columns,
    issues: json.issues,
  });
  expect(json.shape).toBe("orderLines");
  const cliNotes = output.sheets()?.[0]?.tables[0]?.notes ?? [];
  const semicolonNote =
    "Semicolon-separated file: numbers are read with a decimal comma (1.234,5) unless a column's values say otherwise.";
  expect(cliNotes.filter((note) => note !== semicolonNote).slice(-2)).toEqual(job.readingNotes);
  expect(cliNotes).toContain(semicolonNote);
  expect(job.readingNotes).toEqual([
    "Order date: dates read day/month/year.",
    "Amount: numbers read with a decimal comma (1.234,5 = 1234.5).",
  ]);
});
