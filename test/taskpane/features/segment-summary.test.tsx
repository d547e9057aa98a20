/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { createSimulatedExcel } from "../../../playground/simulator";
import { englishOrders } from "../../../playground/samples";
import { mountPane } from "../../support/mount-pane";

type Grid = readonly (readonly unknown[])[];

/** The table under the header row that starts with `first` and has a `column` header: its rows, by header. */
function tableUnder(grid: Grid, first: string, column: string): Record<string, unknown>[] {
  const headerRow = grid.findIndex((row) => row[0] === first && row.includes(column));
  expect(headerRow).toBeGreaterThanOrEqual(0);
  const header = grid[headerRow] as readonly unknown[];
  const rows: Record<string, unknown>[] = [];
  for (const row of grid.slice(headerRow + 1)) {
    if (row[0] === "" || row[0] === null || row[0] === undefined) break;
    rows.push(Object.fromEntries(header.map((name, index) => [String(name), row[index]])));
  }
  return rows;
}

it("Segment's results sentence counts what the Segments and Members sheets show, and each description is true for its row", async () => {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  const sample = englishOrders();
  excel.addSheet(sample.name, { values: sample.values, numberFormats: sample.numberFormats });
  excel.select(`${sample.name}!A1:H${sample.values.length}`);
  mountPane(excel, "en");
  fireEvent.click(screen.getByRole("tab", { name: "Segment" }));
  fireEvent.click(screen.getByRole("button", { name: "Use current selection" }));
  await waitFor(() => expect(screen.getByTestId("input-shape").textContent).toContain("rows"), {
    timeout: 10000,
  });
  fireEvent.click(screen.getByRole("button", { name: "Find segments" }));
  await screen.findByTestId("recommendation", {}, { timeout: 20000 });
  fireEvent.click(screen.getByRole("button", { name: "Write segments to new sheets" }));
  const summary = (await screen.findByTestId("results-summary", {}, { timeout: 20000 })).textContent ?? "";
  await waitFor(() => expect(excel.workbook.sheetNames).toContain("Members"));

  // Counted here, independently of the code under test: members per label on the Members sheet.
  const members = tableUnder(excel.workbook.sheet("Members").values(), "Member", "Segment");
  const perLabel = new Map<string, number>();
  for (const member of members)
    perLabel.set(String(member.Segment), (perLabel.get(String(member.Segment)) ?? 0) + 1);
  const [largestLabel, largestCount] = [...perLabel.entries()].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  const segments = tableUnder(excel.workbook.sheet("Segments").values(), "Cluster", "Description");
  const clusters = new Set(segments.map((row) => row.Cluster));
  const sheetLabels = new Set(segments.map((row) => String(row.Segment)));

  expect(summary).toContain(`${clusters.size} clusters over ${members.length} members`);
  expect(summary).toContain(`into ${segments.length} rows on the Segments sheet`);
  expect(summary).toContain(`The largest segment is “${largestLabel}” with ${largestCount} members.`);
  // Every label on the sheet is named with its Members-sheet count, and no other label.
  expect(new Set(perLabel.keys())).toEqual(sheetLabels);
  for (const [label, count] of perLabel) expect(summary).toContain(`${label} ${count}`);
  const named = /sheet: (.*?)\. The largest/.exec(summary)?.[1]?.split(", ") ?? [];
  expect(named).toHaveLength(sheetLabels.size);

  // Descriptions: "above the overall average" exactly when the row's mean is above the mean over all members.
  const meanOrders = members.reduce((sum, member) => sum + Number(member.Orders), 0) / members.length;
  for (const row of segments) {
    const description = String(row.Description);
    const above = Number(row["Average orders"]) > meanOrders;
    expect(description).toContain(above ? "orders per member, above" : "orders per member, not above");
    expect(description).not.toMatch(/first-time/);
    expect(description.startsWith(row["Recency group"] === "Recent" ? "Recent:" : "Not recent:")).toBe(true);
  }
}, 60000);
