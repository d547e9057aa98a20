import { test } from "node:test";
import assert from "node:assert/strict";
import { openPlayground, workbookState } from "./browser.mjs";

const pane = 'aside[aria-label="Task pane"]';
// The Traditional Chinese sample of playground/samples.ts (chineseMemberOrders): five columns, this header.
const sampleSheet = "會員訂單";
const sampleHeader = ["會員編號", "訂單編號", "訂單日期", "金額", "數量"];

test("繁體中文: pane labels, Data check on 會員訂單, the written sheet in zh-TW, then 简体中文", async () => {
  // openPlayground waits for the English title, so open in English, then reload the page with ?lang=zh-TW.
  const session = await openPlayground("?lang=en-US");
  const { page } = session;
  const paneLocator = page.locator(pane);
  try {
    await page.goto(page.url().replace("?lang=en-US", "?lang=zh-TW"));
    await page.waitForSelector("text=電商分析");
    // Pane strings (taskpane/i18n/pane-messages.ts, zh-TW).
    assert.equal(await paneLocator.getByRole("heading", { level: 1 }).textContent(), "電商分析");
    assert.ok(await paneLocator.getByRole("tab", { name: "資料檢查", selected: true }).isVisible());
    for (const tab of ["分群", "促銷", "會員"]) {
      assert.ok(await paneLocator.getByRole("tab", { name: tab }).isVisible(), `tab ${tab}`);
    }
    assert.equal(await paneLocator.getByRole("combobox", { name: "語言" }).inputValue(), "zh-TW");

    // Select the whole Traditional Chinese sample; its length comes from the seeded generator.
    await page.locator(`[data-sheet-tab="${sampleSheet}"]`).click();
    const sample = await page.evaluate((name) => {
      const values = window.__playground.workbook.sheet(name).values();
      return { header: values[0], rowCount: values.length, columnCount: values[0].length };
    }, sampleSheet);
    assert.deepEqual(sample.header, sampleHeader);
    const address = `'${sampleSheet}'!A1:E${sample.rowCount}`;
    await page.evaluate((range) => window.__playground.select(range), address);

    await paneLocator.getByRole("button", { name: "使用目前的選取範圍" }).click();
    const shape = paneLocator.getByTestId("input-shape");
    await shape.filter({ hasText: "列" }).waitFor();
    const dataRows = sample.rowCount - 1;
    assert.match(await shape.textContent(), new RegExp(` · ${dataRows} 列 × 5 欄$`));

    // Roles recognised from the Chinese headers; the dropdowns are named "角色：<column>".
    const roleOf = (column) => paneLocator.getByRole("combobox", { name: `角色：${column}` }).inputValue();
    assert.equal(await roleOf("會員編號"), "memberId");
    assert.equal(await roleOf("訂單編號"), "orderId");
    assert.equal(await roleOf("訂單日期"), "orderDate");
    assert.equal(await roleOf("金額"), "amount");
    assert.equal(await roleOf("數量"), "quantity");
    // The option shown is the zh-TW role name.
    const shownRole = await paneLocator
      .getByRole("combobox", { name: "角色：金額" })
      .evaluate((select) => select.selectedOptions[0]?.textContent);
    assert.equal(shownRole, "金額");
    assert.match(await paneLocator.getByTestId("rows-used").textContent(), /^使用的列數/);

    await paneLocator.getByRole("button", { name: "將資料檢查寫入新工作表" }).click();
    await paneLocator.getByTestId("results-summary").waitFor();
    assert.match(
      await paneLocator.getByTestId("results-summary").textContent(),
      new RegExp(`^已讀取 ${dataRows} 列、5 欄`),
    );

    // The written sheet: zh-TW name and headers (src/i18n/messages/table.ts, intake.*).
    const state = await workbookState(page, "資料檢查");
    assert.ok(state.sheetNames.includes("資料檢查"), `sheets: ${state.sheetNames.join(", ")}`);
    // "欄位" is both the section title (intake.columnsTitle) and the first header (intake.header.column).
    const header = state.values.find((row) => row[0] === "欄位" && row[1] !== "");
    assert.ok(header, `a header row starting with 欄位 in ${JSON.stringify(state.values.slice(0, 8))}`);
    assert.deepEqual(header.slice(0, 3), ["欄位", "角色", "類型"]);
    const roleCell = (column) => state.values.find((row) => row[0] === column)?.[1];
    assert.equal(roleCell("會員編號"), "會員編號", "role.memberId in zh-TW");
    assert.equal(roleCell("訂單日期"), "訂單日期", "role.orderDate in zh-TW");
    assert.equal(roleCell("金額"), "金額", "role.amount in zh-TW");
    assert.equal(state.values.find((row) => row[0] === "金額")?.[2], "數值", "type.number in zh-TW");
    assert.ok(
      state.values.flat().includes("資料品質") || state.values.flat().includes("沒有發現資料品質問題。"),
      "the quality part is in zh-TW",
    );
    assert.ok(state.tables.length >= 1, "the written range is an Excel table");

    await page.locator('[data-sheet-tab="資料檢查"]').click();
    // The pane from its top (heading, language, tabs, input, roles), beside the written sheet.
    await paneLocator.evaluate((element) => element.scrollTo(0, 0));
    await page.screenshot({ path: "test/screenshots/zh-TW.png" });

    // Switch the pane to Simplified Chinese with its own selector.
    await paneLocator.getByRole("combobox", { name: "語言" }).selectOption("zh-CN");
    await paneLocator.getByRole("heading", { level: 1, name: "电商分析" }).waitFor();
    assert.ok(await paneLocator.getByRole("combobox", { name: "语言" }).isVisible());
    assert.ok(await paneLocator.getByRole("tab", { name: "数据检查", selected: true }).isVisible());
    // The input read before the switch stays; its labels follow the language (the data stays as it is).
    assert.ok(await paneLocator.getByRole("button", { name: "刷新" }).isVisible());
    const simplifiedRole = await paneLocator
      .getByRole("combobox", { name: "角色：金額" })
      .evaluate((select) => select.selectedOptions[0]?.textContent);
    assert.equal(simplifiedRole, "金额", "role.amount in zh-CN");
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});
