// Selection, active cell and the regions around it: Workbook.getSelectedRange (1.1), getSelectedRanges (1.9),
// getActiveCell (1.7), Range.getSurroundingRegion (1.7), Range.getUsedRangeOrNullObject (1.4),
// Range.getTables (1.9) in the Excel.Workbook / Excel.Range reference.
import { createSimulatedExcel } from "../../../playground/simulator";

function withOrders() {
  const sim = createSimulatedExcel({ mode: "desktop" });
  sim.addSheet("Orders", {
    values: [
      ["Order", "Member", "Amount"],
      [1, "a", 10],
      [2, "b", 20],
      [3, "c", 30],
    ],
    startCell: "B2",
  });
  sim.addSheet("Notes", { values: [["note"]], startCell: "A1" });
  return sim;
}

describe("selection", () => {
  test("getSelectedRange gives the single selected area; several areas make it fail", async () => {
    const sim = withOrders();
    sim.select("Orders!B2:C3");
    const address = await sim.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Orders!B2:C3");
    sim.select(["Orders!B2:B5", "Orders!D2:D5"]);
    await expect(
      sim.run(async (context) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidSelection" });
  });

  test("getSelectedRanges reports every area, its address joined with ', '", async () => {
    // "address always returns the comma-delimited addresses string" (excel-add-ins-multiple-ranges).
    const sim = withOrders();
    sim.select(["Orders!B2:B5", "Orders!D2:D5"]);
    await sim.run(async (context) => {
      const areas = context.workbook.getSelectedRanges().load("areaCount,address");
      const second = areas.areas.getItemAt(1).load("address");
      await context.sync();
      expect([areas.areaCount, areas.address, second.address]).toEqual([
        2,
        "Orders!B2:B5, Orders!D2:D5",
        "Orders!D2:D5",
      ]);
    });
  });

  test("the surrounding region of the active cell is the block bounded by blank rows and columns", async () => {
    const sim = withOrders();
    sim.select("Orders!C3");
    await sim.run(async (context) => {
      const active = context.workbook.getActiveCell().load("address");
      const region = context.workbook
        .getActiveCell()
        .getSurroundingRegion()
        .load("address,rowCount,columnCount");
      await context.sync();
      expect([active.address, region.address, region.rowCount, region.columnCount]).toEqual([
        "Orders!C3",
        "Orders!B2:D5",
        4,
        3,
      ]);
    });
  });

  test("a blank isolated active cell is its own region; its used range is a null object", async () => {
    const sim = withOrders();
    sim.select("Orders!H20");
    await sim.run(async (context) => {
      const region = context.workbook.getActiveCell().getSurroundingRegion();
      region.load("address");
      const used = region.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(region.address).toBe("Orders!H20");
      expect(used.isNullObject).toBe(true);
    });
  });

  test("the used range of a selection is the used cells inside it (whole columns shrink to the data)", async () => {
    const sim = withOrders();
    sim.select("Orders!A:C");
    await sim.run(async (context) => {
      const used = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      expect(used.address).toBe("Orders!B2:C5");
    });
  });

  test("getTables lists the tables overlapping a range", async () => {
    const sim = withOrders();
    sim.addTable("Orders!B2:D5");
    sim.select("Orders!C4");
    await sim.run(async (context) => {
      const tables = context.workbook.getActiveCell().getTables(false).load("items/name");
      const none = context.workbook.worksheets.getItem("Orders").getRange("H1").getTables().load("name");
      await context.sync();
      expect(tables.items.map((table) => table.name)).toEqual(["Table1"]);
      expect(none.items).toEqual([]);
      const range = context.workbook.tables.getItem("Table1").getRange().load("address");
      await context.sync();
      expect(range.address).toBe("Orders!B2:D5");
    });
  });

  test("activate makes a sheet active", async () => {
    const sim = withOrders();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").activate();
      await context.sync();
    });
    expect(sim.workbook.activeSheetName).toBe("Notes");
  });
});

describe("ranges relative to a range", () => {
  test("getCell, getOffsetRange and getResizedRange keep to the grid", async () => {
    // Excel.Range.getCell: "The cell can be outside the bounds of its parent range, so long as it stays within
    // the worksheet grid"; getOffsetRange / getResizedRange move and resize a range.
    const sim = createSimulatedExcel({ mode: "desktop" });
    await sim.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3");
      const cell = base.getCell(3, 0).load("address");
      const moved = base.getOffsetRange(1, 2).load("address");
      const grown = base.getResizedRange(2, -1).load("address,rowCount,columnCount");
      await context.sync();
      expect([cell.address, moved.address, grown.address, grown.rowCount, grown.columnCount]).toEqual([
        "Sheet1!B5",
        "Sheet1!D3:E4",
        "Sheet1!B2:B5",
        4,
        1,
      ]);
    });
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").getOffsetRange(-1, 0).load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("calculationMode reads on any host and is set from ExcelApi 1.8", async () => {
    // Excel.Application.calculationMode: "[Api set: ExcelApi 1.1 for get, 1.8 for set]".
    const sim = createSimulatedExcel({ mode: "desktop" });
    await sim.run(async (context) => {
      const application = context.workbook.application;
      application.calculationMode = "Manual";
      application.load("calculationMode");
      await context.sync();
      expect(application.calculationMode).toBe("Manual");
    });
    const old = createSimulatedExcel({ mode: "desktop", excelApiVersion: "1.7" });
    await expect(
      old.run(async (context) => {
        context.workbook.application.calculationMode = "Manual";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
