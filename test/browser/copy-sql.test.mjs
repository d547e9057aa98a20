import { test } from "node:test";
import assert from "node:assert/strict";
import { DuckDBInstance } from "@duckdb/node-api";
import { openPlayground, workbookState } from "./browser.mjs";

/** Excel serial day → "YYYY-MM-DD" (1900 date system; serial 25569 = 1970-01-01). */
const isoDay = (serial) => new Date((Math.floor(serial) - 25569) * 86_400_000).toISOString().slice(0, 10);

test("Copy as SQL: the Segment tab's R/F/M as DuckDB SQL, copied, runs on DuckDB over the same rows", async () => {
  const session = await openPlayground("?lang=en-US");
  const { page } = session;
  try {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("tab", { name: "Segment" }).click();
    await page.getByRole("button", { name: "Use current selection" }).click();
    const shape = await page.getByTestId("input-shape").filter({ hasText: "rows" }).textContent();
    const sheetName = /^(.+)!/.exec(shape)[1];

    await page.getByRole("button", { name: "Copy as SQL…" }).click();
    await page.getByLabel("Database", { exact: true }).selectOption("duckdb");
    await page.getByLabel("Table name in your database").fill("sample orders");
    const statement = page.getByLabel("SQL statement");
    const sql = await statement.inputValue();
    // The chooser's longest option must not widen it past the pane (the pane is about 340 px wide).
    const pane = await page.locator('aside[aria-label="Task pane"]').boundingBox();
    for (const control of [page.getByLabel("Database", { exact: true }), statement]) {
      const box = await control.boundingBox();
      assert.ok(box.x + box.width <= pane.x + pane.width + 0.5, "inside the pane");
    }
    assert.match(sql, /^-- Commerce Analytics, generated for DuckDB/);
    assert.match(sql, /FROM "sample orders"/);
    await page.getByRole("button", { name: "Copy", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Copied to the clipboard." }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), sql);
    await statement.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test/screenshots/copy-as-sql.png" });

    // The statement names the columns by the roles the pane recognised: load the sheet's rows under those names
    // (the date column as DATE) and run it on a real DuckDB.
    const { values } = await workbookState(page, sheetName);
    const [header, ...rows] = values;
    const column = (pattern) => header[header.indexOf(pattern.exec(sql)[1])];
    const memberColumn = column(/CAST\("([^"]+)" AS VARCHAR\)\), ''\), '0'\) AS member_key/);
    const dateColumn = column(/CAST\("([^"]+)" AS DATE\) AS order_day/);
    const amountColumn = column(/"([^"]+)" AS amount/);
    const at = (name) => header.indexOf(name);
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run(
      `CREATE TABLE "sample orders" (${header.map((name) => `"${name}" ${name === dateColumn ? "DATE" : name === amountColumn ? "DOUBLE" : "VARCHAR"}`).join(", ")})`,
    );
    const insert = await connection.prepare(
      `INSERT INTO "sample orders" VALUES (${header.map((_, index) => `$${index + 1}`).join(", ")})`,
    );
    for (const row of rows) {
      insert.bind(
        row.map((cell, index) =>
          index === at(dateColumn) ? isoDay(cell) : index === at(amountColumn) ? Number(cell) : String(cell),
        ),
      );
      await insert.run();
    }
    const result = (await connection.runAndReadAll(sql)).getRowObjectsJS();
    connection.closeSync();
    instance.closeSync();

    // Expected from the sheet's rows, counted here: each member's total and the members there are.
    const totals = new Map();
    for (const row of rows) {
      const member = String(row[at(memberColumn)]);
      totals.set(member, (totals.get(member) ?? 0) + Number(row[at(amountColumn)]));
    }
    assert.equal(result.length, totals.size);
    for (const member of result) {
      assert.ok(Math.abs(Number(member.monetary) - totals.get(member.member_id)) < 1e-6, member.member_id);
    }
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});
