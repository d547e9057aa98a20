import { test } from "node:test";
import assert from "node:assert/strict";
import { openPlayground, workbookState } from "./browser.mjs";

test("Segment: the sample orders → elbow and recommendation → Segments, Members and Elbow sheets", async () => {
  const session = await openPlayground("?lang=en-US");
  const { page } = session;
  try {
    await page.getByRole("tab", { name: "Segment" }).click();
    await page.getByRole("button", { name: "Use current selection" }).click();
    await page.getByTestId("input-shape").filter({ hasText: "rows" }).waitFor();
    await page.getByRole("button", { name: "Find segments" }).click();
    const recommendation = await page.getByTestId("recommendation").textContent({ timeout: 60000 });
    assert.match(recommendation, /Recommended number of segments: \d+/);
    const recommendedK = Number(/segments: (\d+)/.exec(recommendation)[1]);
    assert.equal(
      await page.getByLabel("Number of segments", { exact: true }).inputValue(),
      String(recommendedK),
    );
    assert.ok(await page.getByTestId("elbow-chart").isVisible());

    await page.getByRole("button", { name: "Write segments to new sheets" }).click();
    const summary = await page.getByTestId("results-summary").textContent({ timeout: 60000 });
    assert.match(summary, new RegExp(`^${recommendedK} segments over \\d+ members`));

    const state = await workbookState(page, "Segments");
    for (const name of ["Segments", "Members", "Elbow"]) assert.ok(state.sheetNames.includes(name), name);
    assert.ok(
      state.charts.some((chart) => chart.type === "XYScatter"),
      "a scatter of amount vs orders by segment",
    );
    const members = await workbookState(page, "Members");
    const memberCount = Number(/over (\d+) members/.exec(summary)[1]);
    const memberHeader = members.values.findIndex((row) => row[0] === "Member");
    assert.ok(memberHeader >= 0, "the Members sheet has a Member header");
    const memberRows = members.values.slice(memberHeader + 1).filter((row) => row[0] !== "");
    assert.equal(memberRows.length, memberCount, "one row per member");

    await page.locator('[data-sheet-tab="Segments"]').click();
    await page.getByTestId("results-summary").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test/screenshots/segment.png" });
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});
