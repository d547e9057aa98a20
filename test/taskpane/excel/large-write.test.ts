// Done-when of issue 3: "a 200,000-row × 8-column result writes through the port against the simulator in web
// mode without a payload error and with the number of syncs the block plan predicts".
import { createSimulatedExcel } from "../../../playground/simulator";
import { createWorkbookPort, planSheetWrite } from "../../../taskpane/excel/workbook-port";
import { wideSheet } from "./result-sheet-fixture";

test("200,000 rows × 8 columns write in web mode in the predicted number of requests, each under the cap", async () => {
  const started = Date.now();
  const sheet = wideSheet(200_000);
  const plan = planSheetWrite(sheet);
  const sim = createSimulatedExcel({ mode: "web" });
  const port = createWorkbookPort(sim, { requirements: sim.requirements });

  const written = await port.writeResultSheet(sheet);

  expect(sim.syncCount).toBe(plan.syncCount);
  // More than one block is needed (one request would be ~30 MB), and no request came near the cap.
  expect(plan.blocks.requests.length).toBeGreaterThan(5);
  expect(sim.requestLog.every((entry) => entry.outcome === "ok")).toBe(true);
  expect(Math.max(...sim.requestLog.map((entry) => entry.requestBytes))).toBeLessThan(sim.payloadLimitBytes);
  // Every request after the first (which only reads names) ran with calculation suspended.
  expect(sim.requestLog.slice(1).every((entry) => entry.calculationSuspended)).toBe(true);

  const result = sim.workbook.sheet("Members");
  expect(written.tableAddresses).toEqual({ "members.all": "Members!A2:H200002" });
  expect(result.tables.map((table) => table.address)).toEqual(["Members!A2:H200002"]);
  expect(result.values("A3:H3")).toEqual([["M100000", 0, 1, 1, 0, 45000, true, "S0"]]);
  // Row 199,999 (0-based) of the fixture: index % 5 = 4, % 365 = 344, % 17 = 11, % 997 = 599, % 700 = 499
  // (199,999 = 285 × 700 + 499).
  expect(result.values("A200002:H200002")).toEqual([["M299999", 4, 345, 12, 7487.5, 45499, false, "S4"]]);
  expect(result.numberFormats("A200002:H200002")).toEqual([
    ["@", "0", "0", "0", "#,##0.00", "yyyy-mm-dd", "General", "@"],
  ]);
  expect(result.frozenRows).toBe(2);
  console.log(
    `200k × 8 write: ${plan.blocks.requests.length} row blocks, ${sim.syncCount} requests, ${Date.now() - started} ms`,
  );
});
