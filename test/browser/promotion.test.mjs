import { test } from "node:test";
import assert from "node:assert/strict";
import { openPlayground, workbookState } from "./browser.mjs";

/** Selects the used range of a sample sheet, as a user would after clicking its tab. */
async function selectSheet(page, name) {
  await page.locator(`[data-sheet-tab="${name}"]`).click();
  return page.evaluate((sheetName) => {
    const address = window.__playground.workbook.sheet(sheetName).usedAddress();
    window.__playground.select(address);
    return address;
  }, name);
}

/** The data rows of the table whose header row starts with `firstHeader`, up to the first blank row. */
function tableRows(values, firstHeader) {
  const header = values.findIndex((row) => row[0] === firstHeader);
  assert.ok(header >= 0, `a table with the header ${firstHeader}`);
  const end = values.findIndex((row, index) => index > header && row[0] === "");
  return { header: values[header], rows: values.slice(header + 1, end < 0 ? undefined : end) };
}

// The playground's promotion sample (playground/samples.ts): lines of 2022 and 2023 for P001–P030 and P099, a
// product table and a traffic table listing P001–P032. So 33 products in all: 32 listed + P099, sold but unlisted.
test("Promotion: lines, product and traffic tables → KPIs, YoY, bands with charts, keep / reconsider / clear", async () => {
  const session = await openPlayground("?lang=en-US");
  const { page } = session;
  try {
    await page.getByRole("tab", { name: "Promotion" }).click();
    const linesAddress = await selectSheet(page, "促销明细");
    await page.getByRole("button", { name: "Use current selection" }).click();
    await page.getByTestId("input-shape").filter({ hasText: "rows" }).waitFor();
    const shape = await page.getByTestId("input-shape").textContent();
    assert.ok(shape.startsWith(`${linesAddress} · `), shape);
    assert.match(shape, / × 8 columns$/);
    assert.equal(await page.getByLabel("Role: 商品ID").inputValue(), "productId");
    assert.equal(await page.getByLabel("Role: 退货金额").inputValue(), "returnAmount");

    const productsAddress = await selectSheet(page, "商品信息");
    await page.getByRole("button", { name: "Use current selection as the product table" }).click();
    await page.getByTestId("promotion-products-shape").filter({ hasText: "32 rows × 6 columns" }).waitFor();
    assert.ok((await page.getByTestId("promotion-products-shape").textContent()).startsWith(productsAddress));
    assert.equal(await page.getByLabel("product table – role of 吊牌价").inputValue(), "tagPrice");
    await selectSheet(page, "流量数据");
    await page.getByRole("button", { name: "Use current selection as the traffic table" }).click();
    await page.getByTestId("promotion-traffic-shape").filter({ hasText: "32 rows × 4 columns" }).waitFor();

    await page.getByRole("button", { name: "Analyse the promotion" }).click();
    const summary = await page.getByTestId("results-summary").textContent({ timeout: 60000 });
    const match =
      /^GMV ([\d,]+) from \d+ lines in 2023\. Products to keep: (\d+); to reconsider: (\d+); to clear: (\d+)\. Not decided for lack of data: (\d+)\. GMV vs 2022: [+-][\d.]+%\./.exec(
        summary,
      );
    assert.ok(match, summary);
    const [gmv, keep, candidate, clear, undecided] = [match[1].replaceAll(",", ""), ...match.slice(2)].map(
      Number,
    );

    const names = (await workbookState(page, null)).sheetNames;
    for (const name of ["Promotion", "Promotion YoY", "Promotion bands", "Promotion products"]) {
      assert.ok(names.includes(name), `${name} in ${names.join(", ")}`);
    }
    const kpis = await workbookState(page, "Promotion");
    // The KPI table's row keys are not written (issue 12): the name is column A, the value column B.
    assert.equal(kpis.values.find((row) => row[0] === "GMV")[1], gmv, "the KPI sheet's GMV is the summary's");

    const products = await workbookState(page, "Promotion products");
    const decisions = tableRows(products.values, "Product");
    assert.deepEqual(decisions.header.slice(0, 3), ["Product", "Decision", "Reason"]);
    assert.equal(decisions.rows.length, 33, "one row per product: 32 listed + P099");
    const count = (label) => decisions.rows.filter((row) => row[1] === label).length;
    assert.deepEqual(
      [count("Keep"), count("Reconsider"), count("Clear"), count("Undecided")],
      [keep, candidate, clear, undecided],
      "the summary counts the written decisions",
    );
    assert.equal(
      decisions.rows.find((row) => row[0] === "P099")[1],
      "Undecided",
      "no price, stock or UV for P099",
    );

    const yoy = await workbookState(page, "Promotion YoY");
    assert.ok(
      yoy.values.some((row) => row.includes("GMV") && row.includes(gmv)),
      "2023 GMV in the YoY table",
    );

    await page.getByRole("button", { name: "Go to Promotion bands" }).click();
    const bands = await workbookState(page, "Promotion bands");
    const priceBands = tableRows(bands.values, "Band");
    assert.deepEqual(
      priceBands.rows.map((row) => row[0]),
      ["[0, 200]", "(200, 400]", "(400, 100000]", "below 0", "above 100000", "(blank)"],
    );
    assert.deepEqual(
      bands.charts.map((chart) => chart.type),
      ["ColumnClustered", "ColumnClustered", "ColumnClustered", "ColumnClustered"],
    );
    assert.equal(bands.tables.length, 2, "price and discount bands are Excel tables");
    await page.getByRole("figure").first().waitFor();
    await page.getByTestId("results-summary").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test/screenshots/promotion.png" });
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});
