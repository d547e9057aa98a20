// Your own file in the playground (issue 11, item 5): open a CSV through the file input, run Segment on it,
// download the workbook and read the .xlsx back with exceljs. The CSV is a Traditional Chinese export saved
// by Excel on a European-list-separator Windows: Big5 bytes, semicolons, decimal commas.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { openPlayground } from "./browser.mjs";

/** 40 members with 1 to 4 orders each; amounts written "1.234,50" style; dates day first. */
function ordersCsv() {
  const lines = ["會員編號;訂單編號;訂單日期;金額"];
  let order = 0;
  for (let member = 1; member <= 40; member++) {
    for (let index = 0; index < (member % 4) + 1; index++) {
      order++;
      const day = ((member * 7 + index * 11) % 28) + 1;
      const month = ((member + index * 3) % 12) + 1;
      const cents = (member * 137 + index * 59) % 100;
      const euros = 200 + ((member * 613 + index * 97) % 2400);
      const amount = `${euros >= 1000 ? `${Math.floor(euros / 1000)}.${String(euros % 1000).padStart(3, "0")}` : euros},${String(cents).padStart(2, "0")}`;
      lines.push(
        `M${String(member).padStart(3, "0")};O${order};${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/2024;${amount}`,
      );
    }
  }
  return { text: `${lines.join("\r\n")}\r\n`, rows: lines.length, firstAmount: lines[1].split(";")[3] };
}

test("Open a Big5 semicolon CSV, run Segment on it, download the workbook and read it back", async () => {
  const session = await openPlayground("?lang=en-US");
  const { page } = session;
  const csv = ordersCsv();
  try {
    await page.getByTestId("open-file-input").setInputFiles({
      name: "歐洲訂單.csv",
      mimeType: "text/csv",
      buffer: iconv.encode(csv.text, "big5"),
    });
    const messages = page.getByTestId("file-messages");
    await messages.filter({ hasText: "opened as sheet" }).waitFor();
    const text = await messages.textContent();
    assert.match(text, /歐洲訂單\.csv: opened as sheet "歐洲訂單" \(\d+ rows\)/);
    assert.match(text, /read as Big5, chosen from its characters/);
    assert.match(text, /Semicolon-separated file/);
    assert.match(text, /金額: numbers read with a decimal comma/);
    assert.match(text, /訂單日期: dates read day\/month\/year/);
    const opened = await page.evaluate(() => {
      const workbook = window.__playground.workbook;
      return { active: workbook.activeSheetName, values: workbook.sheet("歐洲訂單").values() };
    });
    assert.equal(opened.active, "歐洲訂單");
    assert.deepEqual(opened.values[0], ["會員編號", "訂單編號", "訂單日期", "金額"]);
    assert.equal(opened.values.length, csv.rows);
    await page.screenshot({ path: "test/screenshots/opened-file.png" });

    // The data check says the same, and the columns step offers the reading options.
    await page.getByRole("button", { name: "Use current selection" }).click();
    const notes = await page.getByTestId("reading-notes").textContent();
    assert.match(notes, /金額: numbers read with a decimal comma/);
    assert.match(notes, /訂單日期: dates read day\/month\/year/);
    const numberStyle = page.getByTestId("reading-options").getByRole("combobox").first();
    await numberStyle.selectOption("dot");
    // Read as 1,234.5: "813,37" is no number, so the amounts are reported unparseable.
    await page.getByTestId("reading-notes").filter({ hasNotText: "金額" }).waitFor();
    await page
      .locator('aside[aria-label="Task pane"]')
      .screenshot({ path: "test/screenshots/reading-options.png" });
    await numberStyle.selectOption("");
    await page.getByTestId("reading-notes").filter({ hasText: "金額" }).waitFor();

    // One input across tabs (issue 12): Segment already has the file's table; Refresh reads the same selection.
    await page.getByRole("tab", { name: "Segment" }).click();
    await page.getByRole("button", { name: "Refresh" }).click();
    await page
      .getByTestId("input-shape")
      .filter({ hasText: `${csv.rows - 1} rows` })
      .waitFor();
    await page.getByRole("button", { name: "Find segments" }).click();
    await page.getByTestId("recommendation").waitFor({ timeout: 60000 });
    await page.getByRole("button", { name: "Write segments to new sheets" }).click();
    const summary = await page.getByTestId("results-summary").textContent({ timeout: 60000 });
    assert.match(summary, / clusters over 40 members/);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download workbook (.xlsx)" }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "playground.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await readFile(await download.path()));
    const names = workbook.worksheets.map((sheet) => sheet.name);
    const expectedNames = await page.evaluate(() => [...window.__playground.workbook.sheetNames]);
    assert.deepEqual(names, [...expectedNames, "Charts"]);
    for (const name of ["歐洲訂單", "Segments", "Members"]) assert.ok(names.includes(name), name);
    const sheet = workbook.getWorksheet("歐洲訂單");
    assert.equal(sheet.getCell("A1").value, "會員編號");
    assert.equal(sheet.getCell("D2").value, csv.firstAmount);
    assert.equal(sheet.rowCount, csv.rows);
    const members = workbook.getWorksheet("Members");
    const memberIds = [];
    members.eachRow((row) => {
      const value = row.getCell(1).value;
      if (typeof value === "string" && /^M\d{3}$/.test(value)) memberIds.push(value);
    });
    assert.equal(new Set(memberIds).size, 40, "every member of the file on the Members sheet");
    const charts = workbook.getWorksheet("Charts");
    assert.equal(charts.getCell("A1").value, "Sheet");
    assert.ok(charts.rowCount > 1, "the charts are listed with their data ranges");
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});

test("A file that is no text or workbook gets a clear message in the playground", async () => {
  const session = await openPlayground("?lang=en-US");
  const { page } = session;
  try {
    await page.getByTestId("open-file-input").setInputFiles({
      name: "broken.csv",
      mimeType: "text/csv",
      buffer: Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x31, 0x2c, 0x81, 0x0a]),
    });
    const message = await page.getByTestId("file-messages").textContent();
    assert.equal(message, 'broken.csv: is not UTF-8, Big5 or GB18030 text (save it as "CSV UTF-8")');
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});
