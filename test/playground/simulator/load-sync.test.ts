// Proxy, load and sync semantics, as described in "Application-specific API model"
// (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).
import { createSimulatedExcel } from "../../../playground/simulator";

describe("load and sync", () => {
  test("reading a property before load + sync throws PropertyNotLoaded; after sync it holds the value", async () => {
    // "Before you can read the properties of a proxy object, you must explicitly load the properties ...
    // and then call context.sync()" (section "load()").
    const sim = createSimulatedExcel({ mode: "desktop" });
    sim.addSheet("Data", {
      values: [
        ["a", 1],
        ["b", 2],
      ],
    });
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values, address");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["a", 1],
        ["b", 2],
      ]);
      expect(range.address).toBe("Data!A1:B2");
      expect(() => range.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("writes are queued and reach the workbook only at sync; a later load in the same batch sees them", async () => {
    // "The queued commands are dispatched to the Office application and run" at sync (section "Proxy objects").
    const sim = createSimulatedExcel({ mode: "desktop" });
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C2");
      range.values = [[10, "x"]];
      expect(sim.workbook.sheet("Sheet1").cell("B2").value).toBe("");
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[10, "x"]]);
    });
    expect(sim.workbook.sheet("Sheet1").values("B2:C2")).toEqual([[10, "x"]]);
  });

  test("Excel.run sends what is still queued when the batch ends; the sync counter counts it", async () => {
    // The doc's getItemOrNullObject example sets `dataSheet.position = 1` with no sync after it.
    const sim = createSimulatedExcel({ mode: "desktop" });
    await sim.run(async (context) => {
      context.workbook.worksheets.add("Added");
      await Promise.resolve();
    });
    expect(sim.syncCount).toBe(1);
    expect(sim.workbook.sheetNames).toEqual(["Sheet1", "Added"]);
  });

  test("the sync counter counts every request, and a run with nothing queued adds none", async () => {
    const sim = createSimulatedExcel({ mode: "desktop" });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.load("name");
      await context.sync();
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      await context.sync();
    });
    expect(sim.syncCount).toBe(3);
    expect(sim.requestLog.map((entry) => entry.operationCount)).toEqual([1, 1, 0]);
  });

  test("each request logs when the host started it and how long it worked on it, in order", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    const before = performance.now();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").load("values");
      await context.sync();
    });
    const after = performance.now();
    const [write, read] = sim.requestLog;
    expect(write?.hostStartMs).toBeGreaterThanOrEqual(before);
    expect(read?.hostStartMs).toBeGreaterThanOrEqual((write?.hostStartMs ?? 0) + (write?.hostMs ?? 0));
    expect((read?.hostStartMs ?? 0) + (read?.hostMs ?? 0)).toBeLessThanOrEqual(after);
    expect(sim.requestLog.every((entry) => entry.hostMs >= 0)).toBe(true);
  });

  test("getItemOrNullObject: isNullObject is filled in by the sync, true for a missing sheet", async () => {
    // "*OrNullObject methods and properties": no explicit load of isNullObject is needed.
    const sim = createSimulatedExcel({ mode: "desktop" });
    await sim.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("collection load fills items with the named properties; worksheet lookup ignores case", async () => {
    const sim = createSimulatedExcel({ mode: "desktop", sheetNames: ["Orders", "Lines"] });
    await sim.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name,items/position");
      await context.sync();
      expect(sheets.items.map((sheet) => [sheet.name, sheet.position])).toEqual([
        ["Orders", 0],
        ["Lines", 1],
      ]);
      expect(() => sheets.items[0]?.id).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("a proxy from a finished run cannot queue more work", async () => {
    const sim = createSimulatedExcel({ mode: "desktop" });
    const stale = await sim.run(async (context) => context.workbook.worksheets.getItem("Sheet1"));
    expect(() => stale.getRange("A1").load("values")).toThrow(
      expect.objectContaining({ code: "InvalidOperation" }),
    );
  });
});
