import { createSimulatedExcel } from "../../../playground/simulator";
import { FIRST_READ_CELLS } from "../../../taskpane/excel/read-rows";
import { createWorkbookPort } from "../../../taskpane/excel/workbook-port";

const orders = [
  ["Order", "Member", "Date", "Amount"],
  ["A-1", "m1", 45292, 120.5],
  ["A-2", "m2", 45293, 80],
  ["A-3", "m1", 45300, 42.25],
];
const orderFormats = [
  ["General", "General", "General", "General"],
  ["@", "@", "yyyy-mm-dd", "#,##0.00"],
  ["@", "@", "yyyy-mm-dd", "#,##0.00"],
  ["@", "@", "yyyy-mm-dd", "#,##0.00"],
];

function setUp(excelApiVersion = "1.12") {
  const sim = createSimulatedExcel({ mode: "web", excelApiVersion });
  sim.addSheet("My Orders", { values: orders, numberFormats: orderFormats, startCell: "B2" });
  return { sim, port: createWorkbookPort(sim, { requirements: sim.requirements }) };
}

describe("readInput('selection')", () => {
  test("reads the selected block's values and number formats together, with its sheet-qualified address", async () => {
    const { sim, port } = setUp();
    sim.select("'My Orders'!B2:E5");
    const input = await port.readInput("selection");
    expect(input).toEqual({
      address: "'My Orders'!B2:E5",
      sheetName: "My Orders",
      values: orders,
      numberFormats: orderFormats,
      rowCount: 4,
      columnCount: 4,
      onAddInSheet: false,
    });
    // One request to find the block, one for its cells, one for which sheets are the add-in's.
    expect(sim.syncCount).toBe(3);
  });

  test("a whole-column selection shrinks to the cells in use", async () => {
    const { sim, port } = setUp();
    sim.select("'My Orders'!A:D");
    const input = await port.readInput("selection");
    expect(input.address).toBe("'My Orders'!B2:D5");
    expect(input.values[0]).toEqual(["Order", "Member", "Date"]);
  });

  test.each(["1.12", "1.7"])(
    "a multi-area selection is refused with MULTI_AREA_SELECTION (ExcelApi %s)",
    async (version) => {
      const { sim, port } = setUp(version);
      sim.select(["'My Orders'!B2:B5", "'My Orders'!D2:D5"]);
      const failure = port.readInput("selection");
      await expect(failure).rejects.toMatchObject({ code: "MULTI_AREA_SELECTION" });
      await expect(failure).rejects.toThrow(/select one block of cells/);
    },
  );

  test("an empty selection is refused with EMPTY_SELECTION", async () => {
    const { sim, port } = setUp();
    sim.select("'My Orders'!H10:J12");
    await expect(port.readInput("selection")).rejects.toMatchObject({ code: "EMPTY_SELECTION" });
  });
});

describe("readInput('region')", () => {
  test("reads the region around the active cell", async () => {
    const { sim, port } = setUp();
    sim.select("'My Orders'!C4");
    const input = await port.readInput("region");
    expect([input.address, input.rowCount, input.columnCount]).toEqual(["'My Orders'!B2:E5", 4, 4]);
  });

  test("inside an Excel table it reads the table, not the data next to it (ExcelApi 1.9)", async () => {
    const { sim, port } = setUp();
    sim.addTable("'My Orders'!B2:D5");
    sim.select("'My Orders'!C3");
    const input = await port.readInput("region");
    expect(input.address).toBe("'My Orders'!B2:D5");
    // Request 1 finds the table, request 2 its range, request 3 reads it, request 4 the add-in's sheets.
    expect(sim.syncCount).toBe(4);
  });

  test("on an ExcelApi 1.7 host it falls back to the surrounding region", async () => {
    const { sim, port } = setUp("1.7");
    sim.addTable("'My Orders'!B2:D5");
    sim.select("'My Orders'!C3");
    expect((await port.readInput("region")).address).toBe("'My Orders'!B2:E5");
  });

  test("with no data around the active cell it is refused with EMPTY_SELECTION", async () => {
    const { sim, port } = setUp();
    sim.select("'My Orders'!K40");
    await expect(port.readInput("region")).rejects.toMatchObject({ code: "EMPTY_SELECTION" });
  });
});

test("a 100,000 × 8 block reads in web mode in row blocks, every response under the cap", async () => {
  const sim = createSimulatedExcel({ mode: "web" });
  const rows = Array.from({ length: 100_000 }, (_, index) => [
    `m${index}`,
    index,
    index * 0.5,
    "segment",
    45000 + (index % 365),
    true,
    "x",
    index % 7,
  ]);
  sim.addSheet("Big", { values: rows });
  sim.select("Big!A1");
  const port = createWorkbookPort(sim, { requirements: sim.requirements });
  const input = await port.readInput("region");
  expect([input.rowCount, input.columnCount]).toEqual([100_000, 8]);
  expect(input.values[99_999]).toEqual(rows[99_999]);
  expect(input.numberFormats[50_000]).toEqual(Array.from({ length: 8 }, () => "General"));
  const reads = sim.requestLog.slice(1);
  // The first read holds FIRST_READ_CELLS / 8 = 1,250 rows; the rest need several more blocks.
  expect(reads.length).toBeGreaterThan(2);
  expect(reads.every((entry) => entry.outcome === "ok" && entry.responseBytes < sim.payloadLimitBytes)).toBe(
    true,
  );
  expect(FIRST_READ_CELLS / 8).toBe(1250);
});
