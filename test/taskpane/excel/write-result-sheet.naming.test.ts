// Issue 3: "writing twice creates \"X (2)\" and never touches an existing user sheet"; replace only for the add-in's sheets.
import { createSimulatedExcel } from "../../../playground/simulator";
import { createWorkbookPort, planSheetWrite } from "../../../taskpane/excel/workbook-port";
import { segmentsSheet } from "./result-sheet-fixture";

function setUp(options: { sheetNames?: readonly string[]; excelApiVersion?: string } = {}) {
  const sim = createSimulatedExcel({ mode: "web", ...options });
  return { sim, port: createWorkbookPort(sim, { requirements: sim.requirements }) };
}

describe("writeResultSheet: sheet names and replace", () => {
  test('writing twice creates "X (2)" and never touches a user\'s sheet called "X"', async () => {
    const { sim, port } = setUp({ sheetNames: ["Sheet1"] });
    sim.addSheet("Segments", { values: [["my own notes"]] });
    const first = await port.writeResultSheet(segmentsSheet());
    const second = await port.writeResultSheet(segmentsSheet());
    expect([first.sheetName, second.sheetName]).toEqual(["Segments (2)", "Segments (3)"]);
    expect(sim.workbook.sheet("Segments").values()).toEqual([["my own notes"]]);
    expect(sim.workbook.sheet("Segments").tables).toEqual([]);
    expect(sim.workbook.sheetNames).toEqual(["Sheet1", "Segments", "Segments (2)", "Segments (3)"]);
    expect(await port.listAddInSheets()).toEqual(["Segments (2)", "Segments (3)"]);
  });

  test("without a user sheet in the way, the second write is X (2)", async () => {
    const { sim, port } = setUp();
    await port.writeResultSheet(segmentsSheet());
    await port.writeResultSheet(segmentsSheet());
    expect(sim.workbook.sheetNames).toEqual(["Sheet1", "Segments", "Segments (2)"]);
  });

  test("replace is refused for a user's sheet and for a missing one, and then nothing is written", async () => {
    const { sim, port } = setUp();
    sim.addSheet("Mine");
    await expect(port.writeResultSheet(segmentsSheet(), { replace: "Mine" })).rejects.toMatchObject({
      code: "REPLACE_NOT_ADDIN_SHEET",
    });
    await expect(port.writeResultSheet(segmentsSheet(), { replace: "Gone" })).rejects.toMatchObject({
      code: "REPLACE_NOT_ADDIN_SHEET",
    });
    expect(sim.workbook.sheetNames).toEqual(["Sheet1", "Mine"]);
  });

  test("replace of an add-in sheet rewrites that same sheet in place: its id, name and place stay", async () => {
    const { sim, port } = setUp();
    await port.writeResultSheet(segmentsSheet());
    sim.addSheet("After");
    const oldId = sim.workbook.sheet("Segments").id;
    const changed = { ...segmentsSheet(), runRecord: { ...segmentsSheet().runRecord, seed: 7 } };
    const before = sim.syncCount;
    const written = await port.writeResultSheet(changed, { replace: "Segments" });
    expect(written.sheetName).toBe("Segments");
    expect(sim.workbook.sheetNames).toEqual(["Sheet1", "Segments", "After"]);
    // Issue 10, item 7: the old sheet is cleared and refilled, not deleted and replaced by a renamed new one.
    expect(sim.workbook.sheet("Segments").id).toBe(oldId);
    expect(sim.workbook.sheet("Segments").cell("G4").value).toBe(7);
    // One table and one chart, rebuilt on the sheet itself, not left over from the first write.
    expect(sim.workbook.sheet("Segments").tables.map((table) => table.address)).toEqual(["Segments!A3:D6"]);
    expect(sim.workbook.sheet("Segments").charts).toHaveLength(1);
    expect(sim.workbook.sheet("Segments").charts[0]?.series[0]?.valuesAddress).toBe("Segments!B4:B6");
    expect(sim.syncCount - before).toBe(planSheetWrite(changed, { replace: true }).syncCount);
    expect(await port.listAddInSheets()).toEqual(["Segments"]);
  });
});

describe("activateSheet and listAddInSheets", () => {
  test("activateSheet selects a sheet and reports a missing one", async () => {
    const { sim, port } = setUp({ sheetNames: ["Sheet1", "Other"] });
    await port.activateSheet("Other");
    expect(sim.workbook.activeSheetName).toBe("Other");
    await expect(port.activateSheet("Nope")).rejects.toMatchObject({ code: "SHEET_NOT_FOUND" });
  });

  test("an add-in sheet renamed by the user is still the add-in's; a deleted one is not listed", async () => {
    const { sim, port } = setUp();
    await port.writeResultSheet(segmentsSheet());
    await port.writeResultSheet(segmentsSheet());
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Segments").name = "Renamed";
      context.workbook.worksheets.getItem("Segments (2)").delete();
      await context.sync();
    });
    expect(await port.listAddInSheets()).toEqual(["Renamed"]);
  });
});
