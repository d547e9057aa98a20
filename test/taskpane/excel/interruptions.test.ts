// Issue 10, item 9: a user typing in a cell during a write makes Excel refuse requests with
// InvalidOperationInCellEditMode; deleting a sheet during a request makes Excel on the web refuse it with
// InvalidRequestContext (OfficeDev/office-js issue 6964). The port sends such a request again after a short wait,
// a bounded number of times (sync-retry.ts), and otherwise stops without leaving a half-written sheet.
import { createSimulatedExcel } from "../../../playground/simulator";
import { CLEANUP_DELAYS_MS, DEFAULT_RETRY_POLICY, RETRY_DELAYS_MS } from "../../../taskpane/excel/sync-retry";
import { createWorkbookPort } from "../../../taskpane/excel/workbook-port";
import { segmentsSheet, wideSheet } from "./result-sheet-fixture";

/** A port whose waits are recorded and call `onWait` instead of sleeping. */
function setUp(
  onWait: (waitNumber: number) => void = () => {},
  options: { sheetNames?: readonly string[]; payloadBudgetBytes?: number } = {},
) {
  const sim = createSimulatedExcel({ mode: "web", sheetNames: options.sheetNames });
  const waits: number[] = [];
  const retry = {
    ...DEFAULT_RETRY_POLICY,
    wait: async (milliseconds: number) => {
      waits.push(milliseconds);
      onWait(waits.length);
    },
  };
  const { payloadBudgetBytes } = options;
  return {
    sim,
    waits,
    port: createWorkbookPort(sim, { requirements: sim.requirements, retry, payloadBudgetBytes }),
  };
}

/** The user starts typing in a cell once request `syncNumber` is done. */
function editCellAfter(sim: ReturnType<typeof createSimulatedExcel>, syncNumber: number) {
  return sim.subscribe((entry) => {
    if (entry.syncNumber === syncNumber) sim.setCellEditMode(true);
  });
}

describe("a user editing a cell during a write", () => {
  test("the refused request is sent again after a short wait and the write completes", async () => {
    const { sim, waits, port } = setUp((waitNumber) => {
      if (waitNumber === 2) sim.setCellEditMode(false);
    });
    editCellAfter(sim, 2);
    const written = await port.writeResultSheet(segmentsSheet());
    expect(written.sheetName).toBe("Segments");
    expect(waits).toEqual([250, 500]);
    expect(sim.requestLog.map((entry) => entry.outcome)).toEqual([
      "ok",
      "ok",
      "InvalidOperationInCellEditMode",
      "InvalidOperationInCellEditMode",
      "ok",
      "ok",
    ]);
    expect(sim.workbook.sheet("Segments").values("B4:B6")).toEqual([[1200], [2400], [1200]]);
    expect(sim.workbook.sheet("Segments").tables).toHaveLength(1);
  });

  test("when the user keeps editing, the write stops after the last retry and removes its sheet once it can", async () => {
    // The write's 4 retries are refused; the user leaves the cell during the cleanup's second wait.
    const { sim, waits, port } = setUp((waitNumber) => {
      if (waitNumber === RETRY_DELAYS_MS.length + 2) sim.setCellEditMode(false);
    });
    editCellAfter(sim, 2);
    await expect(port.writeResultSheet(segmentsSheet())).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    expect(waits).toEqual([...RETRY_DELAYS_MS, ...CLEANUP_DELAYS_MS.slice(0, 2)]);
    expect(sim.workbook.sheetNames).toEqual(["Sheet1"]);
  });

  test("when the sheet cannot be removed either, the error says so and names the sheet", async () => {
    const { sim, port } = setUp();
    editCellAfter(sim, 2);
    await expect(port.writeResultSheet(segmentsSheet())).rejects.toMatchObject({
      code: "WRITE_NOT_CLEANED_UP",
      details: { value: "Segments" },
      cause: { code: "InvalidOperationInCellEditMode" },
    });
    sim.setCellEditMode(false);
  });

  test("reading the selection is retried the same way", async () => {
    const { sim, port } = setUp((waitNumber) => {
      if (waitNumber === 1) sim.setCellEditMode(false);
    });
    sim.addSheet("Orders", {
      values: [
        ["Member", "Amount"],
        ["m1", 3],
      ],
    });
    sim.select("Orders!A1:B2");
    sim.setCellEditMode(true);
    const input = await port.readInput("selection");
    expect(input.values).toEqual([
      ["Member", "Amount"],
      ["m1", 3],
    ]);
  });
});

describe("a user deleting a sheet during a write (Excel on the web)", () => {
  test("deleting an unrelated sheet: the refused request is sent again and the write completes", async () => {
    // 400 rows under a 30,000-byte budget take several row blocks; the user deletes Scratch during the first.
    const { sim, port } = setUp(() => {}, { sheetNames: ["Sheet1", "Scratch"], payloadBudgetBytes: 30_000 });
    sim.deleteSheetDuringSync(3, "Scratch");
    await port.writeResultSheet(wideSheet(400));
    expect(sim.requestLog[2]?.outcome).toBe("InvalidRequestContext");
    expect(
      sim.requestLog.filter((entry) => entry.operations.includes("Range.values")).length,
    ).toBeGreaterThan(3);
    expect(sim.workbook.sheetNames).toEqual(["Sheet1", "Members"]);
    expect(sim.workbook.sheet("Members").values("A402:A402")).toEqual([["M100399"]]);
  });

  test("deleting the sheet being written stops the write with nothing of it left", async () => {
    const { sim, port } = setUp();
    sim.deleteSheetDuringSync(3, "Segments");
    await expect(port.writeResultSheet(segmentsSheet())).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(sim.workbook.sheetNames).toEqual(["Sheet1"]);
  });
});
