// Issue 10 follow-up: a result of several sheets is one user action, so it is one Excel.run that suspends screen
// updating once ("Repeated calls will cause the Excel window to flicker", learn.microsoft.com/office/dev/add-ins/
// excel/performance), writes payload-sized row blocks, and leaves nothing behind when it fails or is cancelled.
import { createSimulatedExcel } from "../../../playground/simulator";
import type { ResultSheet } from "../../../src/report/types";
import { DEFAULT_RETRY_POLICY } from "../../../taskpane/excel/sync-retry";
import { createWorkbookPort, planSheetsWrite } from "../../../taskpane/excel/workbook-port";
import { runRecord, segmentsSheet, wideSheet } from "./result-sheet-fixture";

const BUDGET_BYTES = 30_000;

function setUp() {
  const sim = createSimulatedExcel({ mode: "web" });
  const retry = { ...DEFAULT_RETRY_POLICY, wait: async () => {} };
  const port = createWorkbookPort(sim, {
    requirements: sim.requirements,
    retry,
    payloadBudgetBytes: BUDGET_BYTES,
  });
  return { sim, port };
}

/** k = 1..rowCount with a falling inertia: 1000, 500, 333.33…, as an elbow table. */
function elbowSheet(rowCount: number): ResultSheet {
  const rows = Array.from({ length: rowCount }, (_unused, index) => [index + 1, 1000 / (index + 1)]);
  return {
    baseName: "Elbow",
    tables: [
      {
        id: "elbow",
        title: "Elbow",
        columns: [
          { key: "k", header: "k", numberFormat: "0" },
          { key: "inertia", header: "Inertia", numberFormat: "#,##0.00" },
        ],
        rows,
      },
    ],
    charts: [{ kind: "line", title: "Elbow", tableId: "elbow", xColumn: "k", yColumns: ["inertia"] }],
    runRecord,
  };
}

/** Segments, Members (400 rows: several row blocks under a 30,000-byte budget) and Elbow (2,000 rows: several). */
const threeSheets = () => [segmentsSheet(), wideSheet(400), elbowSheet(2000)];

const suspended = (sim: ReturnType<typeof setUp>["sim"]) =>
  sim.requestLog.filter((entry) => entry.screenUpdatingSuspended).map((entry) => entry.syncNumber);

describe("writeResultSheets: one user action, one Excel.run", () => {
  test("three sheets in one run, in payload-sized row blocks, with screen updating suspended once", async () => {
    const { sim, port } = setUp();
    const plan = planSheetsWrite(threeSheets(), { budgetBytes: BUDGET_BYTES });
    const [, members, elbow] = plan.sheets;
    expect(members?.blocks.requests.length).toBeGreaterThan(1);
    expect(elbow?.blocks.requests.length).toBeGreaterThan(1);
    const written = await port.writeResultSheets(threeSheets());
    expect(written.sheets.map((sheet) => sheet.sheetName)).toEqual(["Segments", "Members", "Elbow"]);
    expect(new Set(sim.requestLog.map((entry) => entry.runNumber))).toEqual(new Set([1]));
    expect(sim.syncCount).toBe(plan.syncCount);
    expect(suspended(sim)).toEqual([plan.syncCount]);
    expect(sim.screenFlickers).toBe(0);
    // Every request, row blocks included, stays within the payload budget the blocks were planned for.
    expect(Math.max(...sim.requestLog.map((entry) => entry.requestBytes))).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(sim.workbook.activeSheetName).toBe("Segments");
    expect(sim.workbook.sheet("Members").values("A402:A402")).toEqual([["M100399"]]);
    // Elbow: the table's header is row 2 (title in row 1), so k = 2,000 is on row 2,002; 1000 / 2000 = 0.5.
    expect(sim.workbook.sheet("Elbow").values("A2002:B2002")).toEqual([[2000, 0.5]]);
    expect(await port.listAddInSheets()).toEqual(["Segments", "Members", "Elbow"]);
  });

  test("the same three sheets one call each: three runs, three suspended requests (what the pane did before)", async () => {
    const { sim, port } = setUp();
    for (const sheet of threeSheets()) await port.writeResultSheet(sheet);
    expect(new Set(sim.requestLog.map((entry) => entry.runNumber)).size).toBe(3);
    expect(suspended(sim)).toHaveLength(3);
  });

  test("a failure in the third sheet's row blocks leaves none of the three", async () => {
    const { sim, port } = setUp();
    const [segments, members] = planSheetsWrite(threeSheets(), { budgetBytes: BUDGET_BYTES }).sheets;
    // Requests: 1 record; Segments create + blocks; Members create + blocks; Elbow create, then its second block.
    const elbowSecondBlock =
      1 +
      (1 + (segments?.blocks.requests.length ?? 0)) +
      (1 + (members?.blocks.requests.length ?? 0)) +
      1 +
      2;
    sim.failSync(elbowSecondBlock);
    await expect(port.writeResultSheets(threeSheets())).rejects.toMatchObject({ code: "GeneralException" });
    expect(sim.requestLog[elbowSecondBlock - 1]?.operations).toContain("Range.values");
    expect(sim.workbook.sheetNames).toEqual(["Sheet1"]);
    expect(await port.listAddInSheets()).toEqual([]);
    expect(sim.workbook.names).toEqual([]);
  });

  test("a cancel while the second sheet is written leaves none, and says so", async () => {
    const { sim, port } = setUp();
    const [segments] = planSheetsWrite(threeSheets(), { budgetBytes: BUDGET_BYTES }).sheets;
    const membersCreated = 1 + 1 + (segments?.blocks.requests.length ?? 0) + 1;
    const controller = new AbortController();
    const unsubscribe = sim.subscribe((entry) => {
      if (entry.syncNumber === membersCreated + 1) controller.abort();
    });
    await expect(port.writeResultSheets(threeSheets(), { signal: controller.signal })).rejects.toMatchObject({
      code: "WRITE_CANCELLED",
    });
    unsubscribe();
    expect(sim.requestLog[membersCreated - 1]?.operations).toContain("WorksheetCollection.add(Members)");
    expect(sim.workbook.sheetNames).toEqual(["Sheet1"]);
    expect(await port.listAddInSheets()).toEqual([]);
  });

  test("a sheet that cannot be written is refused before any request, whichever of the three it is", async () => {
    const { sim, port } = setUp();
    const broken = { ...elbowSheet(3), charts: [{ ...elbowSheet(3).charts[0]!, yColumns: ["missing"] }] };
    await expect(port.writeResultSheets([segmentsSheet(), wideSheet(3), broken])).rejects.toMatchObject({
      code: "INVALID_RESULT_SHEET",
    });
    expect(sim.syncCount).toBe(0);
  });

  test("progress rises to 1 over the three sheets and names the sheet being written", async () => {
    const { port } = setUp();
    const steps: [number, number][] = [];
    await port.writeResultSheets(threeSheets(), {
      onProgress: (fraction, sheet) => steps.push([fraction, sheet]),
    });
    const fractions = steps.map(([fraction]) => fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(steps.at(-1)).toEqual([1, 2]);
    expect(new Set(steps.map(([, sheet]) => sheet))).toEqual(new Set([0, 1, 2]));
  });
});
