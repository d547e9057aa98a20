import { test } from "node:test";
import assert from "node:assert/strict";
import { openPlayground, workbookState } from "./browser.mjs";

// The playground's English sample: 1 header row + the order lines generated in playground/samples.ts.
test("Data check: select the sample range, map a column, write the intake sheet", async () => {
  const session = await openPlayground("?lang=en-US");
  const { page } = session;
  try {
    await page.getByRole("button", { name: "Use current selection" }).click();
    await page.getByTestId("input-shape").filter({ hasText: "rows" }).waitFor();
    const shape = await page.getByTestId("input-shape").textContent();
    assert.match(shape, /^'?Orders'?!A1:H\d+ · \d+ rows × 8 columns$/);
    const dataRows = Number(/· (\d+) rows/.exec(shape)[1]);

    // Recognised roles, then one changed by hand: Channel → not used.
    assert.equal(await page.getByLabel("Role: Customer ID").inputValue(), "memberId");
    assert.equal(await page.getByLabel("Role: Order Date").inputValue(), "orderDate");
    assert.equal(await page.getByLabel("Role: Sales").inputValue(), "amount");
    await page.getByLabel("Role: Channel").selectOption("");
    await page.waitForFunction(() => document.querySelector('[aria-label="Role: Channel"]').value === "");
    assert.match(await page.getByTestId("rows-used").textContent(), /Rows used: [\d,]+ of [\d,]+/);

    await page.getByRole("button", { name: "Write the data check to a new sheet" }).click();
    await page.getByTestId("results-summary").waitFor();

    const state = await workbookState(page, "Intake");
    assert.ok(state.sheetNames.includes("Intake"), `sheets: ${state.sheetNames.join(", ")}`);
    const flat = state.values.flat();
    assert.ok(flat.includes("Customer ID") && flat.includes("Channel"), "the column list names every column");
    assert.ok(state.tables.length >= 1, "the written range is an Excel table");
    const rowsLabel = state.values.find((row) => row.includes("Rows"));
    assert.ok(rowsLabel, "the run record has a Rows line");
    assert.equal(rowsLabel[rowsLabel.indexOf("Rows") + 1], dataRows, "the run record states the row count");
    const header = state.values.find((row) => row[0] === "Column");
    assert.deepEqual(header.slice(0, 3), ["Column", "Role", "Type"]);
    const channel = state.values.find((row) => row[0] === "Channel");
    assert.equal(channel[1], "(none)", "the role changed in the pane is the one written");
    await page.getByTestId("results-summary").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test/screenshots/intake.png" });
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});
