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

/** Loads a sheet's rows into DuckDB under `table`: `dates` as DATE, `numbers` as DOUBLE, the rest as text. */
async function loadRows(connection, table, values, { dates = [], numbers = [] }) {
  const [header, ...rows] = values;
  const typeOf = (name) => (dates.includes(name) ? "DATE" : numbers.includes(name) ? "DOUBLE" : "VARCHAR");
  await connection.run(
    `CREATE TABLE "${table}" (${header.map((name) => `"${name}" ${typeOf(name)}`).join(", ")})`,
  );
  const insert = await connection.prepare(
    `INSERT INTO "${table}" VALUES (${header.map((_, index) => `$${index + 1}`).join(", ")})`,
  );
  for (const row of rows) {
    insert.bind(
      row.map((cell, index) => {
        const type = typeOf(header[index]);
        return type === "DATE" ? isoDay(cell) : type === "DOUBLE" ? Number(cell) : String(cell);
      }),
    );
    await insert.run();
  }
}

test("Copy as SQL: the Promotion tab's YoY and price bands, run on DuckDB, give the figures of its sheets", async () => {
  const session = await openPlayground("?lang=en-US");
  const { page } = session;
  try {
    await page.getByRole("tab", { name: "Promotion" }).click();
    await page.getByRole("button", { name: "Use the sample for this tab" }).click();
    await page.getByTestId("promotion-traffic-shape").filter({ hasText: "32 rows" }).waitFor();
    await page.getByTestId("promotion-products-shape").filter({ hasText: "32 rows" }).waitFor();
    await page.getByRole("button", { name: "Analyse the promotion" }).click();
    await page.getByTestId("results-summary").waitFor({ timeout: 60000 });

    await page.getByRole("button", { name: "Copy as SQL…" }).click();
    await page.getByLabel("Database", { exact: true }).selectOption("duckdb");
    const statement = page.getByLabel("SQL statement");
    await page
      .getByLabel("Analysis", { exact: true })
      .selectOption({ label: "Year over year (the years set above)" });
    const yoySql = await statement.inputValue();
    assert.equal(await statement.getAttribute("readonly"), "");
    // The run compared 2023 with 2022 (the sample's two years): the statement's periods are those.
    assert.match(yoySql, /order_day BETWEEN DATE '2023-01-01' AND DATE '2023-12-31'/);
    assert.match(yoySql, /order_day BETWEEN DATE '2022-01-01' AND DATE '2022-12-31'/);
    assert.match(yoySql, /FROM "orders"/);
    await page.getByLabel("Analysis", { exact: true }).selectOption({ label: "Price bands (sale prices)" });
    const bandsSql = await statement.inputValue();
    assert.match(bandsSql, /FROM "products"/);
    assert.match(bandsSql, /'\(200, 400\]' AS band/);
    await statement.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test/screenshots/copy-as-sql-promotion.png" });

    const lines = await workbookState(page, "Sample promotion lines");
    const products = await workbookState(page, "Sample products");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await loadRows(connection, "orders", lines.values, {
      dates: ["订单日期"],
      numbers: ["数量", "金额", "退货数量", "退货金额"],
    });
    await loadRows(connection, "products", products.values, { numbers: ["吊牌价", "销售价", "库存量"] });
    const yoyRows = (await connection.runAndReadAll(yoySql)).getRowObjectsJS();
    const bandRows = (await connection.runAndReadAll(bandsSql)).getRowObjectsJS();
    connection.closeSync();
    instance.closeSync();

    // The tab's YoY sheet: KPI in column A, current and previous in B and C.
    const yoy = (await workbookState(page, "Promotion YoY")).values;
    const written = (kpi) => yoy.find((row) => row[0] === kpi);
    for (const [metric, kpi] of [
      ["gmv", "GMV"],
      ["orders", "Orders"],
      ["customers", "Distinct buyers"],
      ["units", "Units"],
    ]) {
      const row = yoyRows.find((candidate) => candidate.metric === metric);
      assert.deepEqual(
        [Number(row.current_value), Number(row.previous_value)],
        written(kpi).slice(1, 3),
        metric,
      );
    }
    // The tab's price-band table (the first on the bands sheet): products per band in column B. Its "(blank)"
    // row also counts P099, sold but not in the product table, which a statement over that table cannot see.
    const bands = (await workbookState(page, "Promotion bands")).values;
    for (const [band, label] of [
      ["[0, 200]", "[0, 200]"],
      ["(200, 400]", "(200, 400]"],
      ["(400, 100000]", "(400, 100000]"],
      ["below", "below 0"],
      ["above", "above 100000"],
    ]) {
      const row = bandRows.find((candidate) => candidate.band === band);
      assert.equal(Number(row.row_count), bands.find((cells) => cells[0] === label)[1], band);
    }
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});
