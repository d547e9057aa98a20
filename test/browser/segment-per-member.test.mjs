import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openPlayground, workbookState } from "./browser.mjs";

// The member study's export shape, one row per member (test/fixtures/member-table/members-en.csv): 20 members
// with 1-10 orders. Order_count is read as the frequency, so the clusters' average orders are not all 1.00.
const rows = readFileSync("test/fixtures/member-table/members-en.csv", "utf8")
  .trim()
  .split("\n")
  .map((line, index) =>
    line.split(",").map((cell) => (index === 0 || cell.startsWith("M") ? cell : Number(cell))),
  );

test("Segment on a per-member table: the quality report says so and average orders come from Order_count", async () => {
  const session = await openPlayground("?lang=en-US");
  const { page } = session;
  try {
    await page.evaluate((values) => {
      const excel = window.__playground;
      excel.addSheet("MemberTable", { values });
      excel.select(`MemberTable!A1:E${values.length}`);
    }, rows);
    await page.getByRole("tab", { name: "Segment" }).click();
    await page.getByRole("button", { name: "Use current selection" }).click();
    await page.getByTestId("input-shape").filter({ hasText: "20 rows" }).waitFor();
    await page.getByText("One row per member").first().waitFor();
    await page.getByRole("button", { name: "Find segments" }).click();
    await page.getByTestId("recommendation").waitFor({ timeout: 60000 });
    await page.getByRole("button", { name: "Write segments to new sheets" }).click();
    const summary = await page.getByTestId("results-summary").textContent({ timeout: 60000 });
    assert.match(summary, /over 20 members/);

    const segments = await workbookState(page, "Segments");
    const headerRow = segments.values.findIndex((row) => row.includes("Average orders"));
    assert.ok(headerRow >= 0, "the Segments sheet has an Average orders column");
    const column = segments.values[headerRow].indexOf("Average orders");
    const averages = segments.values
      .slice(headerRow + 1)
      .map((row) => row[column])
      .filter((value) => typeof value === "number");
    assert.ok(averages.length > 0, "average orders per segment");
    assert.ok(
      averages.some((value) => value > 1),
      `average orders are not all 1.00: ${averages.join(", ")}`,
    );

    await page.locator('[data-sheet-tab="Segments"]').click();
    await page.getByTestId("results-summary").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test/screenshots/segment-per-member.png" });
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});
