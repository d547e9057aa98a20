// Issue 10, item 5: "Don't call suspendScreenUpdatingUntilNextSync repeatedly (such as in a loop). Repeated calls
// will cause the Excel window to flicker" (learn.microsoft.com/office/dev/add-ins/excel/performance). The port
// suspends screen updating in one request per write; the simulator counts a flicker for every suspended request
// after the first in one Excel.run.
import { createSimulatedExcel } from "../../../playground/simulator";
import { createWorkbookPort, planSheetWrite } from "../../../taskpane/excel/workbook-port";
import { segmentsSheet, wideSheet } from "./result-sheet-fixture";

function setUp(payloadBudgetBytes?: number) {
  const sim = createSimulatedExcel({ mode: "web" });
  return { sim, port: createWorkbookPort(sim, { requirements: sim.requirements, payloadBudgetBytes }) };
}

const suspendedRequests = (sim: ReturnType<typeof createSimulatedExcel>) =>
  sim.requestLog.filter((entry) => entry.screenUpdatingSuspended).map((entry) => entry.syncNumber);

describe("screen updating is suspended once per write", () => {
  test("a write of several row blocks suspends it in one request, the last, and the window never flickers", async () => {
    // A 120,000-byte budget splits 3,000 wide rows into several row blocks.
    const { sim, port } = setUp(120_000);
    const sheet = wideSheet(3_000);
    const plan = planSheetWrite(sheet, { budgetBytes: 120_000 });
    expect(plan.blocks.requests.length).toBeGreaterThan(3);
    await port.writeResultSheet(sheet);
    expect(sim.syncCount).toBe(plan.syncCount);
    expect(suspendedRequests(sim)).toEqual([plan.syncCount]);
    expect(sim.screenFlickers).toBe(0);
    // Calculation, which the docs do not warn about, stays suspended in every request that writes.
    expect(sim.requestLog.slice(1).every((entry) => entry.calculationSuspended)).toBe(true);
  });

  test("replacing a sheet suspends it once too, in the request that rewrites the sheet", async () => {
    const { sim, port } = setUp();
    await port.writeResultSheet(segmentsSheet());
    const before = sim.syncCount;
    await port.writeResultSheet(segmentsSheet(), { replace: "Segments" });
    expect(suspendedRequests(sim).filter((syncNumber) => syncNumber > before)).toEqual([sim.syncCount]);
    expect(sim.screenFlickers).toBe(0);
  });
});
