// "A failed or cancelled write deletes the half-written sheet": failures are injected into the simulator.
import { createSimulatedExcel } from "../../../playground/simulator";
import { createWorkbookPort, planSheetWrite } from "../../../taskpane/excel/workbook-port";
import { segmentsSheet } from "./result-sheet-fixture";

function setUp(options: { sheetNames?: readonly string[]; excelApiVersion?: string } = {}) {
  const sim = createSimulatedExcel({ mode: "web", ...options });
  return { sim, port: createWorkbookPort(sim, { requirements: sim.requirements }) };
}

describe("writeResultSheet: failures and cancellation", () => {
  test("a failure in the middle of the write leaves no sheet behind", async () => {
    const { sim, port } = setUp();
    const plan = planSheetWrite(segmentsSheet());
    // Requests: 1 read names, 2 create, 3 rows, 4 finish. Fail the rows.
    sim.failSync(3);
    await expect(port.writeResultSheet(segmentsSheet())).rejects.toMatchObject({ code: "GeneralException" });
    expect(plan.syncCount).toBe(4);
    expect(sim.workbook.sheetNames).toEqual(["Sheet1"]);
    expect(await port.listAddInSheets()).toEqual([]);
  });

  test("a failure in the final request (tables, charts) also removes the sheet", async () => {
    const { sim, port } = setUp();
    sim.failSync(4);
    await expect(port.writeResultSheet(segmentsSheet())).rejects.toMatchObject({ code: "GeneralException" });
    expect(sim.workbook.sheetNames).toEqual(["Sheet1"]);
  });

  test("cancelling before the first request writes nothing and sends nothing", async () => {
    const { sim, port } = setUp();
    const controller = new AbortController();
    controller.abort();
    await expect(port.writeResultSheet(segmentsSheet(), { signal: controller.signal })).rejects.toMatchObject(
      { code: "WRITE_CANCELLED" },
    );
    expect(sim.syncCount).toBe(0);
  });

  test("cancelling during the rows deletes the unfinished sheet", async () => {
    const { sim, port } = setUp();
    const controller = new AbortController();
    const unsubscribe = sim.subscribe((entry) => {
      if (entry.syncNumber === 2) controller.abort();
    });
    await expect(port.writeResultSheet(segmentsSheet(), { signal: controller.signal })).rejects.toMatchObject(
      { code: "WRITE_CANCELLED" },
    );
    unsubscribe();
    expect(sim.workbook.sheetNames).toEqual(["Sheet1"]);
  });

  test("an invalid result sheet is refused before any request", async () => {
    const { sim, port } = setUp();
    const [table] = segmentsSheet().tables;
    if (table === undefined) throw new Error("fixture has a table");
    const bad = { ...segmentsSheet(), tables: [{ ...table, rows: [["x", 1, 2]] }] };
    await expect(port.writeResultSheet(bad)).rejects.toMatchObject({ code: "INVALID_RESULT_SHEET" });
    expect(sim.syncCount).toBe(0);
  });
});

test("if a user's sheet takes the chosen name before the sheet is created, the next free name is used", async () => {
  const { sim, port } = setUp();
  // Between request 1 (names read: "Segments" is free) and request 2 (add "Segments"), a user adds it. Excel
  // refuses the add with ItemAlreadyExists, which applies nothing, and the port tries "Segments (2)".
  // (Before issue 10 the write failed here; taking the next name is also what a chart sheet's name needs.)
  const unsubscribe = sim.subscribe((entry) => {
    if (entry.syncNumber === 1) sim.addSheet("Segments", { values: [["theirs"]] });
  });
  const written = await port.writeResultSheet(segmentsSheet());
  unsubscribe();
  expect(written.sheetName).toBe("Segments (2)");
  expect(sim.workbook.sheet("Segments").values()).toEqual([["theirs"]]);
  expect(sim.requestLog[1]?.outcome).toBe("ItemAlreadyExists");
});
