/** @jest-environment jsdom */
// Issue 10 follow-up, in the pane: Segment writes its three sheets in one write, all or nothing, and a rerun can
// rewrite the previous run's sheets in place so a user's formula (=Segments!D6) reads the new result.
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { createSimulatedExcel } from "../../../playground/simulator";
import { orderFormats, orderSheet } from "./segment-fixture";
import { mountPane } from "../../support/mount-pane";

type Sim = ReturnType<typeof createSimulatedExcel>;

/*
 * Segments!D6 is the average amount per member of cluster 1, the heavy buyers (the table's header is row 5):
 * 8 orders × 20,000 = 160,000; after the heavy orders become 25,000 each, 8 × 25,000 = 200,000.
 */
const FIRST_D6 = 160000;
const SECOND_D6 = 200000;

function workbook(): Sim {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  const values = orderSheet();
  excel.addSheet("Orders", { values, numberFormats: orderFormats(values) });
  return excel;
}

/** The pane as loaded in one session of the file. */
function openPane(excel: Sim) {
  mountPane(excel, "en");
  fireEvent.click(screen.getByRole("tab", { name: "Segment" }));
}

/** Selects the orders, reads them, finds segments, chooses k = 3; returns the write button. */
async function prepareRun(excel: Sim) {
  excel.select("Orders!A1:D49");
  const read = screen.getByRole("button", { name: "Use current selection" });
  const hadSweep = screen.queryByTestId("recommendation") !== null;
  fireEvent.click(read);
  await waitFor(() => expect(screen.getByTestId("input-shape").textContent).toContain("48 rows"));
  // A new input discards the earlier sweep once it is read.
  if (hadSweep) await waitFor(() => expect(screen.queryByTestId("recommendation")).toBeNull());
  const find = screen.getByRole("button", { name: "Find segments" }) as HTMLButtonElement;
  await waitFor(() => expect(find.disabled).toBe(false));
  fireEvent.click(find);
  await screen.findByTestId("recommendation", {}, { timeout: 10000 });
  fireEvent.change(screen.getByLabelText("Number of segments"), { target: { value: "3" } });
  // With the option to replace the previous run on, the button says so (issue 12): see the tests below.
  return screen.getByRole("button", {
    name: /^(Write segments to new sheets|Replace the previous segments)$/,
  });
}

async function writeAndWait(excel: Sim) {
  fireEvent.click(await prepareRun(excel));
  await screen.findByTestId("results-summary", {}, { timeout: 10000 });
}

/** The user changes the heavy buyers' order amounts in their data. */
async function changeHeavyAmounts(excel: Sim) {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Orders").getRange("A1:D49").values = orderSheet(25000);
    await context.sync();
  });
}

async function addUserReport(excel: Sim) {
  excel.addSheet("Report");
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Report").getRange("A1").values = [["=Segments!D6"]];
    await context.sync();
  });
}

const replaceBox = () =>
  screen.queryByRole("checkbox", {
    name: "Replace the sheets of the previous run",
  }) as HTMLInputElement | null;

it("a rerun rewrites the previous run's sheets in place: the user's formula shows the new value, no #REF!", async () => {
  const excel = workbook();
  openPane(excel);
  expect((await prepareRun(excel)).textContent).toBe("Write segments to new sheets");
  expect(replaceBox()).toBeNull();
  await writeAndWait(excel);
  await addUserReport(excel);
  expect(excel.workbook.sheet("Report").values("A1")).toEqual([[FIRST_D6]]);
  await changeHeavyAmounts(excel);
  const write = await prepareRun(excel);
  expect(replaceBox()?.checked).toBe(true);
  expect(write.textContent).toBe("Replace the previous segments");
  expect(screen.getByTestId("replace-hint").textContent).toBe(
    "Rewrites “Segments”, “Members” and “Elbow” in place: formulas that refer to the previous results will show the new ones.",
  );
  fireEvent.click(write);
  await screen.findByTestId("results-summary", {}, { timeout: 10000 });
  expect(excel.workbook.sheet("Report").values("A1")).toEqual([[SECOND_D6]]);
  expect(excel.workbook.sheet("Report").cell("A1").formula).toBe("=Segments!D6");
  expect(excel.workbook.sheetNames).toEqual(["Orders", "Segments", "Members", "Elbow", "Report"]);
  expect(screen.getByTestId("write-outcome").textContent).toBe(
    "Rewrote “Segments”, “Members” and “Elbow” in place: formulas that referred to the previous results now show these.",
  );
}, 60000);

it("with the option off, new sheets go beside the old ones, and the choice is remembered with the workbook", async () => {
  const excel = workbook();
  openPane(excel);
  await writeAndWait(excel);
  await addUserReport(excel);
  await changeHeavyAmounts(excel);
  const write = await prepareRun(excel);
  expect(write.textContent).toBe("Replace the previous segments");
  fireEvent.click(replaceBox() as HTMLInputElement);
  expect(write.textContent).toBe("Write segments to new sheets");
  expect(screen.getByTestId("replace-hint").textContent).toBe(
    "Writes the results to new sheets beside “Segments”, “Members” and “Elbow”; the previous results stay as they are.",
  );
  fireEvent.click(write);
  await screen.findByTestId("results-summary", {}, { timeout: 10000 });
  expect(excel.workbook.sheetNames).toEqual([
    "Orders",
    "Segments",
    "Members",
    "Elbow",
    "Report",
    "Segments (2)",
    "Members (2)",
    "Elbow (2)",
  ]);
  expect(excel.workbook.sheet("Report").values("A1")).toEqual([[FIRST_D6]]);
  expect(excel.workbook.sheet("Segments (2)").values("D6")).toEqual([[SECOND_D6]]);
  // The file is closed and opened again: a new session of the add-in finds the choice in the workbook.
  cleanup();
  excel.reopen();
  openPane(excel);
  await prepareRun(excel);
  expect(replaceBox()?.checked).toBe(false);
  expect(screen.getByTestId("replace-hint").textContent).toContain(
    "“Segments (2)”, “Members (2)” and “Elbow (2)”",
  );
}, 60000);

it("a user's sheet named like ours is never replaced: the result goes to a new sheet and the pane says so", async () => {
  const excel = workbook();
  openPane(excel);
  await writeAndWait(excel);
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Segments").delete();
    await context.sync();
  });
  excel.addSheet("Segments", { values: [["my own segments"]] });
  const write = await prepareRun(excel);
  expect(screen.getByTestId("replace-hint").textContent).toContain("“Members” and “Elbow”");
  fireEvent.click(write);
  await screen.findByTestId("results-summary", {}, { timeout: 10000 });
  expect(excel.workbook.sheet("Segments").values()).toEqual([["my own segments"]]);
  expect(excel.workbook.sheetNames).toEqual(["Orders", "Members", "Elbow", "Segments", "Segments (2)"]);
  expect(screen.getByTestId("write-outcome").textContent).toBe(
    "Rewrote “Members” and “Elbow” in place: formulas that referred to the previous results now show these." +
      "“Segments” of the previous run is no longer in the workbook; this result is in the new sheet “Segments (2)”.",
  );
}, 60000);

it("a failure while the third sheet's rows are written leaves none of the three, and the pane says so", async () => {
  const excel = workbook();
  openPane(excel);
  const write = await prepareRun(excel);
  const unsubscribe = excel.subscribe((entry) => {
    if (entry.operations.includes("WorksheetCollection.add(Elbow)")) excel.failSync(entry.syncNumber + 1);
  });
  fireEvent.click(write);
  const alert = await screen.findByRole("alert", {}, { timeout: 10000 });
  unsubscribe();
  expect(alert.textContent).toContain(
    "Excel reported an internal error; nothing of this result was left in the workbook.",
  );
  expect(screen.getByTestId("write-outcome").textContent).toBe("None of the 3 sheets of this run was kept.");
  expect(excel.workbook.sheetNames).toEqual(["Orders"]);
}, 60000);

it("a cancel while the second sheet is written leaves none, and the previous run's sheets as they were", async () => {
  const excel = workbook();
  openPane(excel);
  await writeAndWait(excel);
  await addUserReport(excel);
  await changeHeavyAmounts(excel);
  const write = await prepareRun(excel);
  // Members exists, so its staging sheet is "Members (2)"; Cancel is pressed once that request is through.
  const unsubscribe = excel.subscribe((entry) => {
    if (entry.operations.includes("WorksheetCollection.add(Members (2))")) {
      fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    }
  });
  fireEvent.click(write);
  const note = await screen.findByText("The run was cancelled; nothing was written.", {}, { timeout: 10000 });
  unsubscribe();
  expect(note.parentElement?.textContent).toBe(
    "The run was cancelled; nothing was written.“Segments”, “Members” and “Elbow” still hold the previous run.",
  );
  expect(excel.workbook.sheetNames).toEqual(["Orders", "Segments", "Members", "Elbow", "Report"]);
  expect(excel.workbook.sheet("Report").values("A1")).toEqual([[FIRST_D6]]);
  expect(screen.queryByRole("alert")).toBeNull();
}, 60000);
