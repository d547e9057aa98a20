// Issue 10, item 8: worksheet ids change between sessions (OfficeDev/office-js-docs issue 297, office-js issue
// 1390), so the add-in's record of its sheets must survive a reopen. The simulator's reopen() gives every sheet a
// new id; a port made after it stands for the add-in loaded again in the reopened file.
import { createSimulatedExcel } from "../../../playground/simulator";
import { ADDIN_SHEETS_SETTING } from "../../../taskpane/excel/addin-sheets";
import { createWorkbookPort } from "../../../taskpane/excel/workbook-port";
import { segmentsSheet } from "./result-sheet-fixture";

type Sim = ReturnType<typeof createSimulatedExcel>;

/** The add-in as loaded in one session of the file. */
const load = (sim: Sim) => createWorkbookPort(sim, { requirements: sim.requirements });

describe("the add-in's sheets across sessions", () => {
  test("after a reopen the written sheet is still the add-in's: listed, and replaceable in place", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    await load(sim).writeResultSheet(segmentsSheet());
    const idBefore = sim.workbook.sheet("Segments").id;
    sim.reopen();
    expect(sim.workbook.sheet("Segments").id).not.toBe(idBefore);
    const port = load(sim);
    expect(await port.listAddInSheets()).toEqual(["Segments"]);
    const written = await port.writeResultSheet(segmentsSheet(), { replace: "Segments" });
    expect(written.sheetName).toBe("Segments");
    expect(sim.workbook.sheetNames).toEqual(["Sheet1", "Segments"]);
  });

  test("the record is a hidden workbook name per sheet that follows a rename; a deleted sheet's name is removed", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    const port = load(sim);
    await port.writeResultSheet(segmentsSheet());
    await port.writeResultSheet(segmentsSheet());
    expect(sim.workbook.names).toEqual([
      { name: "CommerceAnalytics.ResultSheet.1", formula: "=Segments!$1:$1048576", visible: false },
      { name: "CommerceAnalytics.ResultSheet.2", formula: "='Segments (2)'!$1:$1048576", visible: false },
    ]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Segments").name = "Kept";
      context.workbook.worksheets.getItem("Segments (2)").delete();
      await context.sync();
    });
    sim.reopen();
    const reloaded = load(sim);
    expect(await reloaded.listAddInSheets()).toEqual(["Kept"]);
    await reloaded.writeResultSheet(segmentsSheet());
    expect(sim.workbook.names.map(({ name, formula }) => [name, formula])).toEqual([
      ["CommerceAnalytics.ResultSheet.1", "=Kept!$1:$1048576"],
      ["CommerceAnalytics.ResultSheet.3", "=Segments!$1:$1048576"],
    ]);
  });

  test("an id from an earlier session never makes a user's sheet the add-in's", async () => {
    // The file was saved and reopened once already, so ids are positional: Sheet1 0000, Segments 0001, Mine 0002.
    const sim = createSimulatedExcel({ mode: "web" });
    await load(sim).writeResultSheet(segmentsSheet());
    sim.addSheet("Mine", { values: [["my numbers"]] });
    sim.reopen();
    await load(sim).writeResultSheet(segmentsSheet(), { replace: "Segments" });
    const staleId = sim.workbook.sheet("Segments").id;
    // The user moves Segments to the end and reopens: now "Mine" has the id Segments had in the last session.
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Segments").position = 2;
      await context.sync();
    });
    sim.reopen();
    expect(sim.workbook.sheet("Mine").id).toBe(staleId);
    expect(sim.workbook.settings[ADDIN_SHEETS_SETTING]).toMatchObject({ ids: [staleId] });
    const port = load(sim);
    expect(await port.listAddInSheets()).toEqual(["Segments"]);
    await expect(port.writeResultSheet(segmentsSheet(), { replace: "Mine" })).rejects.toMatchObject({
      code: "REPLACE_NOT_ADDIN_SHEET",
    });
    expect(sim.workbook.sheet("Mine").values()).toEqual([["my numbers"]]);
  });

  test("within one session the ids recognise the sheets even without the names", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    const port = load(sim);
    await port.writeResultSheet(segmentsSheet());
    await sim.run(async (context) => {
      context.workbook.names.getItem("CommerceAnalytics.ResultSheet.1").delete();
      await context.sync();
    });
    expect(await port.listAddInSheets()).toEqual(["Segments"]);
    expect(await load(sim).listAddInSheets()).toEqual([]);
  });
});
