import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPlayground, workbookState } from "./browser.mjs";

// The Members tab's Profile and Churn risk on the playground's "Member orders" sample (playground/samples.ts
// memberBehaviour: 160 members, with region, gender and birthday). The written sheets' key numbers must be
// the command line's (`profile --json`, `churn --json`) on the same cells written to a CSV file: another door.

/** An Excel serial as the text a CSV export holds: "yyyy-mm-dd", with " hh:mm" when it has a time of day. */
function serialText(serial, withTime) {
  const date = new Date(Math.round((serial - 25569) * 86400000));
  const iso = date.toISOString();
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
}

/** The sample's cells as a CSV file, dates written the way its number formats show them. */
function writeCsv(values, numberFormats) {
  const lines = values.map((row, rowIndex) =>
    row
      .map((cell, column) => {
        const format = numberFormats[rowIndex]?.[column] ?? "General";
        if (rowIndex > 0 && typeof cell === "number" && format.startsWith("yyyy")) {
          return serialText(cell, format.includes("hh"));
        }
        const text = String(cell ?? "");
        return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      })
      .join(","),
  );
  const file = join(mkdtempSync(join(tmpdir(), "members-")), "member-orders.csv");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

function cli(...args) {
  return JSON.parse(execFileSync("node", ["bin/commerce-analytics.cjs", ...args], { encoding: "utf8" }));
}

/** The value beside a measure's label in a sheet's two-column table. */
function measure(values, label) {
  const row = values.find((each) => each[0] === label);
  assert.ok(row !== undefined, `the sheet has "${label}"`);
  return row[1];
}

test("Members: Profile and Churn risk on the member sample, their numbers equal the command line's", async () => {
  const session = await openPlayground("?lang=en-US");
  const { page } = session;
  try {
    await page.locator('[data-sheet-tab="Member orders"]').click();
    const sample = await page.evaluate(() => {
      const sheet = window.__playground.workbook.sheet("Member orders");
      const values = sheet.values();
      window.__playground.select(`'Member orders'!A1:L${values.length}`);
      return { values, numberFormats: sheet.numberFormats() };
    });
    await page.getByRole("tab", { name: "Members", exact: true }).click();
    await page.getByRole("button", { name: "Use current selection" }).click();
    await page.getByTestId("input-shape").filter({ hasText: "Member orders" }).waitFor();
    assert.equal(await page.getByLabel("Role: Region").inputValue(), "region");
    assert.equal(await page.getByLabel("Role: Birthday").inputValue(), "birthday");

    // Only Profile and Churn risk: they are opt-in, the member analyses are ticked by default.
    for (const name of [
      "Purchase cycle",
      "Promotion and price sensitivity",
      "Order timing",
      "Channel mix",
      "Cohorts",
      "Pareto (revenue concentration)",
      "Customer value (CLV)",
    ]) {
      await page.getByRole("checkbox", { name, exact: true }).uncheck();
    }
    await page.getByRole("checkbox", { name: "Profile", exact: true }).check();
    await page.getByRole("checkbox", { name: "Churn risk", exact: true }).check();
    const profile = page.getByTestId("profile-settings");
    assert.equal(await profile.getByRole("checkbox", { name: "Region", exact: true }).isChecked(), true);
    assert.equal(await profile.getByRole("checkbox", { name: "Channel", exact: true }).isChecked(), false);
    await profile.getByRole("checkbox", { name: "Gender", exact: true }).uncheck();
    assert.equal(
      await page.getByTestId("age-bands-statement").textContent(),
      "Bands: 18-24, 25-34, 35-44, 45-54, 55+; younger members: under 18.",
    );

    await page.getByRole("button", { name: "Run the member analyses" }).click();
    const summary = page.getByTestId("results-summary");
    await summary.waitFor({ timeout: 120000 });
    const text = await summary.textContent();
    assert.match(
      text,
      /^By Region, \w+ has the most GMV \([\d.]+% of GMV, \d+ members, [\d.]+% of members\)/,
    );
    assert.match(text, /churn within 90 days after \d{4}-\d\d-\d\d: holdout AUC 0\.\d{3}, precision/);
    assert.equal(await page.getByTestId("members-written-count").textContent(), "3 sheets written.");
    assert.equal(await page.getByTestId("members-failures").count(), 0);
    const names = (await workbookState(page)).sheetNames;
    assert.deepEqual(names.slice(-3), ["Profile - Region", "Profile - Birthday", "Churn risk"]);

    const file = writeCsv(sample.values, sample.numberFormats);
    // Profile by Region: every group's members and GMV, blank regions as Unknown, and the top-5 share.
    const region = await workbookState(page, "Profile - Region");
    assert.deepEqual(
      region.charts.map((chart) => chart.type),
      ["ColumnClustered", "ColumnClustered"],
    );
    const fromCli = cli("profile", "--input", file, "--by", "Region", "--json");
    const header = region.values.findIndex((row) => row[0] === "Region" && row[1] === "Members");
    const rows = region.values.slice(header + 1, header + 1 + fromCli.groups.length);
    assert.deepEqual(
      rows.map((row) => [row[0], row[1], row[5]]),
      fromCli.groups.map((group) => [group.value ?? "Unknown", group.members, group.gmv]),
    );
    assert.ok(
      fromCli.groups.some((group) => group.value === null),
      "blank regions are a group",
    );
    assert.equal(
      fromCli.groups.reduce((sum, group) => sum + group.members, 0),
      160,
    );
    assert.ok(
      region.values.some((row) => row.includes(fromCli.top5GmvShare)),
      "the top-5 share is written",
    );

    // Churn risk with the defaults: the calibration end is the last date − 90 days, as on the command line.
    const churn = await workbookState(page, "Churn risk");
    assert.equal(churn.charts.length, 3);
    const json = cli("churn", "--input", file, "--json");
    assert.equal(measure(churn.values, "Calibration end"), json.calibrationEnd);
    assert.equal(measure(churn.values, "Holdout AUC, logistic regression"), json.holdout.auc);
    assert.equal(measure(churn.values, "Precision at the threshold (holdout)"), json.holdout.precision);
    assert.equal(measure(churn.values, "Recall at the threshold (holdout)"), json.holdout.recall);
    assert.equal(measure(churn.values, "Members at or above the threshold"), json.scored.length);
    assert.ok(text.includes(`holdout AUC ${json.holdout.auc.toFixed(3)}`), "the summary states the AUC");

    await page.getByRole("button", { name: "Go to Profile - Region" }).click();
    await page.waitForFunction(() => window.__playground.workbook.activeSheetName === "Profile - Region");
    await summary.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test/screenshots/members-profile.png" });
    await page.getByRole("button", { name: "Go to Churn risk" }).click();
    await page.waitForFunction(() => window.__playground.workbook.activeSheetName === "Churn risk");
    await page.screenshot({ path: "test/screenshots/members-churn.png" });
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});
