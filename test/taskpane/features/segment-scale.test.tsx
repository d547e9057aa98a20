/** @jest-environment jsdom */
/**
 * Issue 12 item 2: the study's fixed levels (sales from under 5,000 to 150,000+) on data of another scale.
 * 40 members spend about 1,600 each (4 × 400 on average, never 5,000), so every member is in the bottom sales
 * level (100 %), and with 1 to 4 orders only 4 distinct (sales, orders) level pairs exist: the sweep can only
 * reach k = 4 of the 10 asked. The pane and the sheet must say so, and the pane offers quantile scores.
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { createSimulatedExcel } from "../../../playground/simulator";
import { segmentAnalysis } from "../../../src/analysis/segment";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import { mountPane } from "../../support/mount-pane";

function smallScaleOrders(): (string | number)[][] {
  const rows: (string | number)[][] = [["Member ID", "Order ID", "Order Date", "Amount"]];
  for (let member = 1; member <= 40; member++) {
    const orders = 1 + (member % 4);
    for (let order = 0; order < orders; order++) {
      rows.push([
        `M${member}`,
        `M${member}-${order}`,
        45000 + member * 3 + order * 20,
        200 + ((member * 37 + order * 91) % 400),
      ]);
    }
  }
  return rows;
}

it("the sheet states what the study is, that its levels misfit, and that the sweep stopped at k = 4 of 10", () => {
  const run = segmentAnalysis(
    tableFromGrid({ values: smallScaleOrders() }),
    {},
    {
      locale: "en",
      runRecord: { inputAddress: "A1", rowCount: 0, parameters: {}, engineVersion: "test", timestampIso: "" },
    },
  );
  expect(run.result.sweep.sweep.kMax).toBe(4);
  const elbow = run.sheets().find((sheet) => sheet.baseName === "Elbow")?.tables[0];
  const notes = (elbow?.notes ?? []).join("\n");
  expect(notes).toContain("The study: the member study's fixed levels: 7+ orders is the top order level");
  expect(notes).toContain("100% of members are in one sales level");
  expect(notes).toContain("The sweep stops at k = 4 instead of 10");
  expect(elbow?.notes).toContain(
    "The sweep stops at k = 4 instead of 10: the scores give only 4 different member profiles, so no more segments are possible.",
  );
});

it("the pane says so in plain words and switches to quantile scores on request", async () => {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  const values = smallScaleOrders();
  excel.addSheet("Orders", { values });
  excel.select(`Orders!A1:D${values.length}`);
  mountPane(excel, "en");
  fireEvent.click(screen.getByRole("tab", { name: "Segment" }));
  fireEvent.click(screen.getByRole("button", { name: "Use current selection" }));
  await waitFor(() => expect(screen.getByTestId("input-shape").textContent).toContain("rows"), {
    timeout: 10000,
  });
  fireEvent.click(screen.getByRole("button", { name: "Find segments" }));
  const notes = await screen.findByTestId("scale-notes", {}, { timeout: 20000 });
  expect(notes.textContent).toContain("100% of members are in one sales level");
  expect(notes.textContent).toContain("The sweep stops at k = 4 instead of 10");
  const kOptions = () =>
    [...(screen.getByLabelText("Number of segments") as HTMLSelectElement).options].map(
      (option) => option.value,
    );
  expect(kOptions()).toEqual(["1", "2", "3", "4"]);

  fireEvent.click(screen.getByRole("button", { name: "Use quantile scores and find segments again" }));
  await waitFor(() => expect(kOptions().length).toBeGreaterThan(4), { timeout: 20000 });
  expect(screen.queryByText(/100% of members are in one sales level/)).toBeNull();
  expect(screen.getByRole("button", { name: "Find segments" })).toBeTruthy();
}, 60000);
