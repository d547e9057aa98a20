// Issue 10 follow-up: "references into the add-in's sheets survive a rerun". A rerun of a pane feature rewrites the
// previous run's sheets in place when asked, so a user's =Segments!B5 reads the new result instead of the old run;
// a sheet the user renamed, deleted or made is never replaced.
import { createSimulatedExcel } from "../../../playground/simulator";
import type { ResultSheet } from "../../../src/report/types";
import { describeWorkbookError } from "../../../taskpane/excel/describe-workbook-error";
import { DEFAULT_RETRY_POLICY } from "../../../taskpane/excel/sync-retry";
import { createWorkbookPort, planSheetsWrite } from "../../../taskpane/excel/workbook-port";
import { runRecord, segmentsSheet, wideSheet } from "./result-sheet-fixture";

type Sim = ReturnType<typeof createSimulatedExcel>;

function load(sim: Sim) {
  const retry = { ...DEFAULT_RETRY_POLICY, wait: async () => {} };
  return createWorkbookPort(sim, { requirements: sim.requirements, retry });
}

/** The Segments fixture with other member counts (100, 200, 300) and, optionally, another base name. */
function newerSegments(baseName = "Segments"): ResultSheet {
  const sheet = segmentsSheet(baseName);
  const [table] = sheet.tables;
  if (table === undefined) throw new Error("fixture has a table");
  const rows = table.rows.map((row, index) => [row[0] ?? null, (index + 1) * 100, ...row.slice(2)]);
  return { ...sheet, tables: [{ ...table, rows }] };
}

const elbowSheet = (baseName = "Elbow"): ResultSheet => ({
  baseName,
  tables: [
    {
      id: "elbow",
      title: "Elbow",
      columns: [
        { key: "k", header: "k", numberFormat: "0" },
        { key: "inertia", header: "Inertia", numberFormat: "0.0" },
      ],
      rows: [
        [1, 90],
        [2, 40],
      ],
    },
  ],
  charts: [],
  runRecord,
});

const firstRun = () => [segmentsSheet(), wideSheet(3), elbowSheet()];
const secondRun = () => [newerSegments(), wideSheet(5), elbowSheet()];
const segmentRun = (replacePrevious?: boolean) => ({ run: { feature: "segment", replacePrevious } });

/** A user's sheet reading the result: B5 is the members of the second segment, B4:B6 all three. */
async function addUserReport(sim: Sim) {
  sim.addSheet("Report");
  await sim.run(async (context) => {
    context.workbook.worksheets.getItem("Report").getRange("A1:B1").values = [
      ["=Segments!B5", "=SUM(Segments!B4:B6)"],
    ];
    await context.sync();
  });
}

/** The user renames or deletes a sheet (one request of their own). */
async function userChanges(sim: Sim, change: (sheet: { name: string; delete(): void }) => void) {
  await sim.run(async (context) => {
    change(context.workbook.worksheets.getItem("Segments"));
    await context.sync();
  });
}

describe("a rerun that replaces the previous run's sheets", () => {
  test("a user's formula reads the new result, with no #REF!, in one run that suspends the screen once", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    const port = load(sim);
    await port.writeResultSheets(firstRun(), segmentRun());
    await addUserReport(sim);
    // Before: 2,400 in B5 and 1,200 + 2,400 + 1,200 = 4,800 (result-sheet-fixture.ts).
    expect(sim.workbook.sheet("Report").values("A1:B1")).toEqual([[2400, 4800]]);
    const before = sim.syncCount;
    const ids = ["Segments", "Members", "Elbow"].map((name) => sim.workbook.sheet(name).id);
    const written = await port.writeResultSheets(secondRun(), segmentRun(true));
    // After: 200 in B5 and 100 + 200 + 300 = 600.
    const report = sim.workbook.sheet("Report");
    expect(report.values("A1:B1")).toEqual([[200, 600]]);
    expect(report.cell("A1").formula).toBe("=Segments!B5");
    expect(written.sheets.map(({ sheetName, replaced }) => [sheetName, replaced])).toEqual([
      ["Segments", true],
      ["Members", true],
      ["Elbow", true],
    ]);
    expect(sim.workbook.sheetNames).toEqual(["Sheet1", "Segments", "Members", "Elbow", "Report"]);
    // The same sheets, rewritten: a reference holds the sheet, so this is what keeps =Segments!B5 alive.
    expect(["Segments", "Members", "Elbow"].map((name) => sim.workbook.sheet(name).id)).toEqual(ids);
    expect(sim.workbook.sheet("Members").values("A7:A7")).toEqual([["M100004"]]);
    const rerun = sim.requestLog.filter((entry) => entry.syncNumber > before);
    expect(new Set(rerun.map((entry) => entry.runNumber)).size).toBe(1);
    expect(rerun.filter((entry) => entry.screenUpdatingSuspended)).toHaveLength(1);
    expect(rerun).toHaveLength(planSheetsWrite(secondRun(), { replacing: true }).syncCount);
    expect(sim.screenFlickers).toBe(0);
  });

  test("with the option off, new sheets are written beside the old ones, which stay as they were", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    const port = load(sim);
    await port.writeResultSheets(firstRun(), segmentRun());
    await addUserReport(sim);
    const written = await port.writeResultSheets(secondRun(), segmentRun(false));
    expect(written.sheets.map((sheet) => sheet.sheetName)).toEqual([
      "Segments (2)",
      "Members (2)",
      "Elbow (2)",
    ]);
    expect(sim.workbook.sheet("Segments").values("B4:B6")).toEqual([[1200], [2400], [1200]]);
    expect(sim.workbook.sheet("Segments (2)").values("B4:B6")).toEqual([[100], [200], [300]]);
    expect(sim.workbook.sheet("Report").values("A1:B1")).toEqual([[2400, 4800]]);
    // The choice is remembered with the workbook, and the new sheets are now the previous run.
    expect(await port.readPreviousRun("segment")).toEqual({
      replace: false,
      sheets: ["Segments (2)", "Members (2)", "Elbow (2)"].map((name) => ({ name, state: "present" })),
    });
  });

  test("a user's sheet named like ours is never replaced: the result goes to a new sheet and says why", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    const port = load(sim);
    await port.writeResultSheets(firstRun(), segmentRun());
    await userChanges(sim, (sheet) => sheet.delete());
    sim.addSheet("Segments", { values: [["my own numbers"]] });
    const written = await port.writeResultSheets(secondRun(), segmentRun(true));
    expect(sim.workbook.sheet("Segments").values()).toEqual([["my own numbers"]]);
    expect(written.sheets[0]).toMatchObject({
      sheetName: "Segments (2)",
      replaced: false,
      notReplaced: { name: "Segments", state: "deleted" },
    });
    expect(written.sheets.slice(1).map((sheet) => [sheet.sheetName, sheet.replaced])).toEqual([
      ["Members", true],
      ["Elbow", true],
    ]);
  });

  test("a user's sheet named like ours, with no run before it, is not replaced either", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    sim.addSheet("Segments", { values: [["mine"]] });
    const written = await load(sim).writeResultSheets(firstRun(), segmentRun(true));
    expect(written.sheets.map((sheet) => sheet.sheetName)).toEqual(["Segments (2)", "Members", "Elbow"]);
    expect(sim.workbook.sheet("Segments").values()).toEqual([["mine"]]);
  });

  test("a sheet the user renamed is kept as it is, and the new result goes to a new sheet", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    const port = load(sim);
    await port.writeResultSheets(firstRun(), segmentRun());
    await userChanges(sim, (sheet) => {
      sheet.name = "Segments March";
    });
    const previous = await port.readPreviousRun("segment");
    expect(previous?.sheets[0]).toEqual({
      name: "Segments",
      state: "renamed",
      currentName: "Segments March",
    });
    const written = await port.writeResultSheets(secondRun(), segmentRun(true));
    expect(written.sheets[0]).toMatchObject({
      sheetName: "Segments",
      replaced: false,
      notReplaced: { name: "Segments", state: "renamed", currentName: "Segments March" },
    });
    expect(sim.workbook.sheet("Segments March").values("B4:B6")).toEqual([[1200], [2400], [1200]]);
  });

  test("after the file is reopened (new sheet ids) and in another language, the same sheets are replaced", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    await load(sim).writeResultSheets(firstRun(), segmentRun());
    sim.reopen();
    // The sheets of the same kind hold the same table ids; the base names are those of the pane's language.
    const inChinese = [newerSegments("分群"), wideSheet(5), elbowSheet("手肘法")];
    const written = await load(sim).writeResultSheets(inChinese, segmentRun(true));
    expect(written.sheets.map((sheet) => sheet.sheetName)).toEqual(["Segments", "Members", "Elbow"]);
    expect(sim.workbook.sheet("Segments").values("B4:B6")).toEqual([[100], [200], [300]]);
  });

  test("a remembered run the add-in cannot read (another version's, or edited) counts as none", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    const port = load(sim);
    await port.writeResultSheets(firstRun(), segmentRun());
    await sim.run(async (context) => {
      context.workbook.settings.add("commerceAnalytics.previousRun.segment", {
        sheets: [{ name: "Segments" }],
      });
      await context.sync();
    });
    expect(await port.readPreviousRun("segment")).toBeNull();
    const written = await port.writeResultSheets(secondRun(), segmentRun(true));
    expect(written.sheets.map((sheet) => sheet.sheetName)).toEqual([
      "Segments (2)",
      "Members (2)",
      "Elbow (2)",
    ]);
  });

  test("another feature's run never replaces this one's sheets", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    const port = load(sim);
    await port.writeResultSheets(firstRun(), segmentRun());
    const written = await port.writeResultSheets([newerSegments()], {
      run: { feature: "intake", replacePrevious: true },
    });
    expect(written.sheets[0]?.sheetName).toBe("Segments (2)");
    expect(await port.readPreviousRun("intake")).toEqual({
      replace: null,
      sheets: [{ name: "Segments (2)", state: "present" }],
    });
  });

  test("a failure in the third sheet's rows leaves the previous run's sheets as they were and no staging sheet", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    const port = load(sim);
    await port.writeResultSheets(firstRun(), segmentRun());
    await addUserReport(sim);
    // Requests: 1 read; 2-3, 4-5, 6-7 create and rows of Segments, Members, Elbow (one block each).
    const elbowRows = sim.syncCount + 7;
    sim.failSync(elbowRows);
    await expect(port.writeResultSheets(secondRun(), segmentRun(true))).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(sim.requestLog[elbowRows - 2]?.operations).toContain("WorksheetCollection.add(Elbow (2))");
    expect(sim.workbook.sheetNames).toEqual(["Sheet1", "Segments", "Members", "Elbow", "Report"]);
    expect(sim.workbook.sheet("Segments").values("B4:B6")).toEqual([[1200], [2400], [1200]]);
    expect(sim.workbook.sheet("Report").values("A1:B1")).toEqual([[2400, 4800]]);
    expect(await port.readPreviousRun("segment")).toEqual({
      replace: null,
      sheets: ["Segments", "Members", "Elbow"].map((name) => ({ name, state: "present" })),
    });
  });

  test("a rewrite Excel refuses outright is REPLACE_INCOMPLETE naming every sheet, with no staging sheet left", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    const port = load(sim);
    await port.writeResultSheets(firstRun(), segmentRun());
    // Requests: 1 read, 2-7 three staging sheets, 8 read the targets, 9 the rewrite.
    sim.failSync(sim.syncCount + 9);
    await expect(port.writeResultSheets(secondRun(), segmentRun(true))).rejects.toMatchObject({
      code: "REPLACE_INCOMPLETE",
      details: { value: "Segments/Members/Elbow", argument: "GeneralException" },
    });
    expect(sim.workbook.sheetNames).toEqual(["Sheet1", "Segments", "Members", "Elbow"]);
    expect(
      describeWorkbookError("en", {
        code: "REPLACE_INCOMPLETE",
        details: { value: "Segments/Members/Elbow" },
      })?.what,
    ).toBe("Rewriting in place failed, so “Segments”, “Members” and “Elbow” may be incomplete.");
  });
});
