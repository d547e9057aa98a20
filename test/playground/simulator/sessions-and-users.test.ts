// What happens around the add-in's requests: a reopened file, chart sheets, the active sheet, a user typing in a
// cell or deleting a sheet, and the screen-updating switch. Sources are cited in the simulator and its README.
import { createSimulatedExcel } from "../../../playground/simulator";

describe("sessions", () => {
  test("reopening gives every worksheet a new, positional id; settings and names stay", async () => {
    const sim = createSimulatedExcel({ mode: "web", sheetNames: ["Sheet1", "Data", "Notes"] });
    await sim.run(async (context) => {
      context.workbook.settings.add("ids", ["x"]);
      context.workbook.names.add("Mark", context.workbook.worksheets.getItem("Data").getRange("A1"));
      await context.sync();
    });
    const before = sim.workbook.sheetNames.map((name) => sim.workbook.sheet(name).id);
    sim.reopen();
    const after = sim.workbook.sheetNames.map((name) => sim.workbook.sheet(name).id);
    // Ids of reopened files as OfficeDev/office-js-docs issue 297 and office-js issue 1390 show them.
    expect(after).toEqual([
      "{00000000-0001-0000-0000-000000000000}",
      "{00000000-0001-0000-0001-000000000000}",
      "{00000000-0001-0000-0002-000000000000}",
    ]);
    expect(after.some((id) => before.includes(id))).toBe(false);
    expect(sim.workbook.settings).toEqual({ ids: ["x"] });
    expect(sim.workbook.names).toEqual([{ name: "Mark", formula: "=Data!$A$1", visible: true }]);
  });

  test("after a second reopen a sheet can get the id another sheet had in the previous session", async () => {
    const sim = createSimulatedExcel({ mode: "web", sheetNames: ["Sheet1", "Result", "Mine"] });
    sim.reopen();
    const resultId = sim.workbook.sheet("Result").id;
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Result").position = 2;
      await context.sync();
    });
    sim.reopen();
    expect(sim.workbook.sheet("Mine").id).toBe(resultId);
  });
});

describe("chart sheets", () => {
  test("a chart sheet is not a worksheet, but its name is taken: add and rename fail with ItemAlreadyExists", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    sim.addChartSheet("Segments");
    const names = await sim.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
    expect(names).toEqual(["Sheet1"]);
    expect(sim.workbook.chartSheetNames).toEqual(["Segments"]);
    for (const change of [
      (context: Parameters<Parameters<typeof sim.run>[0]>[0]) => context.workbook.worksheets.add("SEGMENTS"),
      (context: Parameters<Parameters<typeof sim.run>[0]>[0]) =>
        (context.workbook.worksheets.getItem("Sheet1").name = "segments"),
    ]) {
      await expect(
        sim.run(async (context) => {
          change(context);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    }
  });
});

describe("tables.add with an address", () => {
  test("a bare address goes to the active sheet, whichever sheet's collection is used; a Range stays where it is", async () => {
    // TableCollection.add: "If the address does not contain a sheet name, the currently-active sheet is used."
    const sim = createSimulatedExcel({ mode: "desktop", sheetNames: ["Active", "Other"] });
    await sim.run(async (context) => {
      const other = context.workbook.worksheets.getItem("Other");
      other.tables.add("A1:B2", true);
      other.tables.add(other.getRange("D1:E2"), true);
      await context.sync();
    });
    expect(sim.workbook.sheet("Active").tables.map((table) => table.address)).toEqual(["Active!A1:B2"]);
    expect(sim.workbook.sheet("Other").tables.map((table) => table.address)).toEqual(["Other!D1:E2"]);
  });
});

describe("users during a request", () => {
  test("while a cell is being edited every request fails with InvalidOperationInCellEditMode and applies nothing", async () => {
    const sim = createSimulatedExcel({ mode: "desktop" });
    const write = () =>
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
        await context.sync();
      });
    sim.setCellEditMode(true);
    await expect(write()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(sim.workbook.sheet("Sheet1").values()).toEqual([]);
    sim.setCellEditMode(false);
    await write();
    expect(sim.workbook.sheet("Sheet1").values()).toEqual([["x"]]);
  });

  test("on the web, deleting any sheet during a request fails it with InvalidRequestContext; the desktop runs it", async () => {
    for (const mode of ["web", "desktop"] as const) {
      const sim = createSimulatedExcel({ mode, sheetNames: ["Sheet1", "Unrelated"] });
      sim.deleteSheetDuringSync(1, "Unrelated");
      const run = sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        await context.sync();
      });
      if (mode === "web") await expect(run).rejects.toMatchObject({ code: "InvalidRequestContext" });
      else await run;
      expect(sim.workbook.sheetNames).toEqual(["Sheet1"]);
      expect(sim.workbook.sheet("Sheet1").values()).toEqual(mode === "web" ? [] : [[1]]);
    }
  });
});

describe("screen updating", () => {
  test("each suspended request after the first in one run counts as a flicker; separate runs do not", async () => {
    const sim = createSimulatedExcel({ mode: "desktop" });
    const suspendedRequests = (count: number) =>
      sim.run(async (context) => {
        for (let request = 0; request < count; request++) {
          context.workbook.application.suspendScreenUpdatingUntilNextSync();
          await context.sync();
        }
      });
    await suspendedRequests(1);
    await suspendedRequests(1);
    expect(sim.screenFlickers).toBe(0);
    await suspendedRequests(3);
    expect(sim.screenFlickers).toBe(2);
    expect(sim.requestLog.map((entry) => entry.runNumber)).toEqual([1, 2, 3, 3, 3]);
  });
});

describe("autofit", () => {
  test("autofitColumns on one cell fits the whole column (office-js issue 5999's steps)", async () => {
    const sim = createSimulatedExcel({ mode: "desktop" });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A2").values = [["aaaaaaaaaaaaaaaaaaaa"], ["aa"]];
      sheet.getRange("A2").format.autofitColumns();
      await context.sync();
    });
    // Fitted to A1's 20 characters + 1 of margin: (21 × 7 + 5) × 0.75 = 114 pt, not to A2's "aa".
    expect(sim.workbook.sheet("Sheet1").columnWidth("A")).toBe(114);
  });
});
