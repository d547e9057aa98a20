/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { createSimulatedExcel } from "../../../playground/simulator";
import { orderFormats, orderSheet } from "./segment-fixture";
import { mountPane } from "../../support/mount-pane";

it("Segment: select orders, find segments, choose k, write Segments / Members / Elbow", async () => {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  const values = orderSheet();
  excel.addSheet("Orders", {
    values,
    numberFormats: orderFormats(values),
  });
  excel.select(`Orders!A1:D${values.length}`);
  mountPane(excel, "en");
  fireEvent.click(screen.getByRole("tab", { name: "Segment" }));
  fireEvent.click(screen.getByRole("button", { name: "Use current selection" }));
  await waitFor(() => expect(screen.getByTestId("input-shape").textContent).toContain("rows"), {
    timeout: 10000,
  });
  expect(screen.getByTestId("input-shape").textContent).toBe("Orders!A1:D49 · 48 rows × 4 columns");
  expect((screen.getByLabelText("Role: Member ID") as HTMLSelectElement).value).toBe("memberId");

  fireEvent.click(screen.getByRole("button", { name: "Find segments" }));
  const recommendation = await screen.findByTestId("recommendation", {}, { timeout: 10000 });
  expect(recommendation.textContent).toMatch(/Recommended number of segments: \d/);
  // Only three distinct member profiles exist, so the sweep stops at k = 3.
  const kSelect = screen.getByLabelText("Number of segments") as HTMLSelectElement;
  expect([...kSelect.options].map((option) => option.value)).toEqual(["1", "2", "3"]);
  fireEvent.change(kSelect, { target: { value: "3" } });

  fireEvent.click(screen.getByRole("button", { name: "Write segments to new sheets" }));
  const summary = await screen.findByTestId("results-summary", {}, { timeout: 10000 });
  expect(summary.textContent).toContain("3 clusters over 12 members");
  await waitFor(() => expect(excel.workbook.sheetNames).toEqual(["Orders", "Segments", "Members", "Elbow"]));
  const members = excel.workbook.sheet("Members");
  expect(members.tables).toHaveLength(1);
  // The members table: a header row plus one row per member.
  const membersTable = members.tables[0];
  expect(membersTable?.hasHeaders).toBe(true);
  const [, lastRow] = /:[A-Z]+(\d+)$/.exec(membersTable?.address ?? "") ?? [];
  const [, firstRow] = /![A-Z]+(\d+):/.exec(membersTable?.address ?? "") ?? [];
  expect(Number(lastRow) - Number(firstRow)).toBe(12);
  expect(excel.workbook.sheet("Elbow").charts.map((chart) => chart.type)).toEqual(["Line"]);
  // The user's sheet is untouched.
  expect(excel.workbook.sheet("Orders").values()).toEqual(values);
}, 30000);
