import { test } from "node:test";
import assert from "node:assert/strict";
import { openPlayground, workbookState } from "./browser.mjs";

// The playground's "Member orders" sample (playground/samples.ts memberBehaviour): 160 members, a year of order
// lines with a time of day, coupon, unit price, category, channel, registration date, region, gender and birthday.
const SHEETS = [
  "Purchase cycle",
  "Sensitivity",
  "Timing",
  "Channel mix",
  "Cohorts",
  "Pareto",
  "Customer value",
];

/** Data rows of a written Excel table (its address spans the header row and the data rows). */
function tableRowCount(table) {
  const [, first, last] = /![A-Z]+(\d+):[A-Z]+(\d+)$/.exec(table.address) ?? [];
  return Number(last) - Number(first);
}

test("Members: run every analysis on the member sample, one sheet with a chart each", async () => {
  const session = await openPlayground("?lang=en-US");
  const { page } = session;
  try {
    await page.locator('[data-sheet-tab="Member orders"]').click();
    const rowCount = await page.evaluate(() => {
      const values = window.__playground.workbook.sheet("Member orders").values();
      window.__playground.select(`'Member orders'!A1:L${values.length}`);
      return values.length;
    });
    await page.getByRole("tab", { name: "Members", exact: true }).click();
    await page.getByRole("button", { name: "Use current selection" }).click();
    await page.getByTestId("input-shape").filter({ hasText: "Member orders" }).waitFor();
    assert.match(
      await page.getByTestId("input-shape").textContent(),
      new RegExp(`^'Member orders'!A1:L${rowCount} · ${rowCount - 1} rows × 12 columns$`),
    );
    assert.equal(await page.getByLabel("Role: Order Time").inputValue(), "orderDate");
    assert.equal(await page.getByLabel("Role: Coupon").inputValue(), "couponAmount");
    assert.equal(await page.getByLabel("Role: Registration Date").inputValue(), "registrationDate");

    // Every analysis is allowed and ticked by default; the CLV settings state horizon, unit and rate.
    for (const name of [
      "Purchase cycle",
      "Promotion and price sensitivity",
      "Channel mix",
      "Customer value (CLV)",
    ]) {
      assert.equal(await page.getByRole("checkbox", { name }).isChecked(), true, name);
    }
    assert.equal(
      await page.getByTestId("clv-statement").textContent(),
      "CLV over 12 months, discounted at 10% a year (0.797% per month).",
    );

    await page.getByRole("button", { name: "Run the member analyses" }).click();
    const summary = page.getByTestId("results-summary");
    await summary.waitFor({ timeout: 60000 });
    const text = await summary.textContent();
    assert.match(text, /^Median purchase cycle [\d.,]+ days \(lapsed after \d+ days\); /);
    assert.match(text, /top 20% of members hold [\d.]+% of revenue; /);
    assert.match(text, /mean CLV [\d.,]+ over 12 months; BG\/NBD and Gamma-Gamma converged\.$/);
    assert.equal(await page.getByTestId("members-written-count").textContent(), "7 sheets written.");
    assert.equal(await page.getByTestId("members-failures").count(), 0);

    const names = (await workbookState(page)).sheetNames;
    assert.deepEqual(names.slice(-SHEETS.length), SHEETS);
    for (const name of SHEETS) {
      const state = await workbookState(page, name);
      assert.ok(state.charts.length >= 1, `${name} has a chart`);
      assert.ok(state.tables.length >= 1, `${name} has its tables`);
    }

    // Timing: the 7 × 24 heat table with a colour scale over its hour cells.
    const timing = await workbookState(page, "Timing");
    const heatHeader = timing.values.find((row) => row[0] === "Weekday" && String(row[1]) === "0");
    assert.deepEqual(
      heatHeader?.slice(1, 25).map(String),
      Array.from({ length: 24 }, (_unused, hour) => String(hour)),
    );
    const colourScales = await page.evaluate(() =>
      window.__playground.workbook.sheet("Timing").conditionalFormats.map((format) => format.type),
    );
    assert.deepEqual(colourScales, ["ColorScale"]);
    // Customer value: one row per member in the per-member table, the CLV distribution as a column chart.
    const value = await workbookState(page, "Customer value");
    assert.ok(
      value.tables.some((table) => tableRowCount(table) === 160),
      "160 members in the CLV table",
    );
    assert.ok(
      value.values.flat().includes("Expected purchases, next 12 months"),
      "the horizon is in the header",
    );
    const pareto = await workbookState(page, "Pareto");
    assert.deepEqual(
      pareto.charts.map((chart) => chart.type),
      ["Line"],
    );

    await page.getByRole("button", { name: "Go to Timing" }).click();
    await page.waitForFunction(() => window.__playground.workbook.activeSheetName === "Timing");
    await summary.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test/screenshots/members.png" });
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});
