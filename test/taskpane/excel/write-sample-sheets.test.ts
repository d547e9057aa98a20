// "Use the sample for this tab" writes through the port: new sheets under free names, all or nothing, not recorded
// as the add-in's result sheets. Failures are injected into the simulator.
import { createSimulatedExcel } from "../../../playground/simulator";
import { createWorkbookPort } from "../../../taskpane/excel/workbook-port";
import type { SampleSheet } from "../../../taskpane/samples/sample-sheet";

/* A 3-line sample (header + 3 rows), dates as serial numbers under a date format. */
const orders: SampleSheet = {
  name: "Sample orders",
  values: [
    ["Customer ID", "Order Date", "Sales"],
    ["C1", 44927, 120],
    ["C2", 44928, 80],
    ["C1", 44930, 45],
  ],
  numberFormats: [
    ["General", "General", "General"],
    ["@", "yyyy-mm-dd", "#,##0"],
    ["@", "yyyy-mm-dd", "#,##0"],
    ["@", "yyyy-mm-dd", "#,##0"],
  ],
};
const products: SampleSheet = {
  name: "示例商品信息",
  values: [
    ["商品ID", "吊牌价"],
    ["P001", 199],
  ],
  numberFormats: [
    ["General", "General"],
    ["@", "0"],
  ],
};

function setUp() {
  const sim = createSimulatedExcel({ mode: "web", sheetNames: [] });
  sim.addSheet("Sample orders", { values: [["my own notes"]] });
  return { sim, port: createWorkbookPort(sim, { requirements: sim.requirements }) };
}

describe("writeSampleSheets", () => {
  test("writes each sample to a new sheet beside a user's sheet of that name, and returns it as an input", async () => {
    const { sim, port } = setUp();
    const [first, second] = await port.writeSampleSheets([orders, products]);
    expect(sim.workbook.sheetNames).toEqual(["Sample orders", "Sample orders (2)", "示例商品信息"]);
    expect(sim.workbook.sheet("Sample orders").values()).toEqual([["my own notes"]]);
    expect(sim.workbook.sheet("Sample orders (2)").values()).toEqual(orders.values);
    expect(sim.workbook.sheet("示例商品信息").values()).toEqual(products.values);
    // 4 rows × 3 columns from A1; the name has a blank, so the address quotes it.
    expect(first).toMatchObject({
      address: "'Sample orders (2)'!A1:C4",
      sheetName: "Sample orders (2)",
      rowCount: 4,
      columnCount: 3,
      values: orders.values,
      numberFormats: orders.numberFormats,
    });
    expect(second?.address).toBe("示例商品信息!A1:B2");
    // The header stays in view, the first sample is shown, and the sheets are the user's data, not results.
    expect(sim.workbook.sheet("Sample orders (2)").frozenRows).toBe(1);
    expect(sim.workbook.activeSheetName).toBe("Sample orders (2)");
    expect(await port.listAddInSheets()).toEqual([]);
    const reread = await port.readAddress(first?.address ?? "");
    expect(reread.values).toEqual(orders.values);
  });

  test("a failure while the second sheet's rows are written leaves neither sheet", async () => {
    const { sim, port } = setUp();
    const unsubscribe = sim.subscribe((entry) => {
      if (entry.operations.includes("WorksheetCollection.add(示例商品信息)"))
        sim.failSync(entry.syncNumber + 1);
    });
    await expect(port.writeSampleSheets([orders, products])).rejects.toMatchObject({
      code: "GeneralException",
    });
    unsubscribe();
    expect(sim.workbook.sheetNames).toEqual(["Sample orders"]);
    expect(sim.workbook.sheet("Sample orders").values()).toEqual([["my own notes"]]);
  });

  test("readAddress on a sheet deleted since says which sheet is missing", async () => {
    const { port } = setUp();
    await expect(port.readAddress("Gone!A1:B2")).rejects.toMatchObject({
      code: "SHEET_NOT_FOUND",
      details: { value: "Gone" },
    });
  });
});
