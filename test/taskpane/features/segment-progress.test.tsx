/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../../taskpane/app/App";
import { createWorkbookPort } from "../../../taskpane/excel/workbook-port";
import { createInlineEngine } from "../../../engine/inline-engine";
import { EngineError } from "../../../engine/engine-error";
import { CANCELLED, type Engine } from "../../../engine/protocol";
import { createSimulatedExcel } from "../../../playground/simulator";
import { orderFormats, orderSheet } from "./segment-fixture";

/**
 * The real engine for the data check; the sweep reports k = 6 of 10 at 55 % and then waits until it is
 * cancelled, as a long sweep over 200,000 rows would.
 */
function slowSweepEngine(): Engine {
  const inline = createInlineEngine();
  return {
    run(kind, request, options = {}) {
      if (kind !== "segmentSweep") return inline.run(kind, request, options);
      return new Promise((_resolve, reject) => {
        options.onProgress?.({ fraction: 0.55, stage: "k", count: 6, total: 10 });
        options.signal?.addEventListener("abort", () => reject(new EngineError(CANCELLED)), { once: true });
      });
    },
  };
}

it("Segment: progress names the step (k = 6 of 10), and Cancel says nothing was written (issue 12, item 10)", async () => {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  const values = orderSheet();
  excel.addSheet("Orders", { values, numberFormats: orderFormats(values) });
  excel.select("Orders!A1:D49");
  const services = {
    port: createWorkbookPort(excel, { requirements: excel.requirements }),
    engine: slowSweepEngine(),
    engineVersion: "test",
    now: () => new Date("2026-11-22T00:00:00Z"),
  };
  render(<App services={services} initialLocale="en" />);
  fireEvent.click(screen.getByRole("tab", { name: "Segment" }));
  fireEvent.click(screen.getByRole("button", { name: "Use current selection" }));
  fireEvent.click(await screen.findByRole("button", { name: "Find segments" }));
  await waitFor(() =>
    expect(screen.getByTestId("run-progress").textContent).toBe("Clustering: k = 6 of 10… 55 %"),
  );
  expect(screen.queryByText("Running…")).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
  expect((await screen.findByTestId("write-outcome")).textContent).toBe(
    "The run was cancelled; nothing was written.",
  );
  expect(excel.workbook.sheetNames).toEqual(["Orders"]);
});
