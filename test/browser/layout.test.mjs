import { test } from "node:test";
import assert from "node:assert/strict";
import { openPlayground } from "./browser.mjs";

// Issue 12, item 11: the pane fits Excel's narrow task pane (320-350 px) in every language: no sideways scroll,
// no element wider than the pane, every role dropdown shows its whole label, sheet names do not break mid-word.
const pane = 'aside[aria-label="Task pane"]';
const locales = ["en", "zh-TW", "zh-CN"];
// The playground's samples (playground/samples.ts) that fill each tab's column list; the Promotion tab also
// takes the product and traffic tables, whose role dropdowns are the compact ones.
const tabs = [
  { index: 0, sheet: "Orders", run: "Write the data check to a new sheet" },
  { index: 1, sheet: "Orders", sweep: "Find segments", run: "Write segments to new sheets" },
  { index: 2, sheet: "促销明细", products: "商品信息", traffic: "流量数据", run: "Analyse the promotion" },
  { index: 3, sheet: "Member orders", run: "Run the member analyses" },
];

async function selectSheet(page, name) {
  await page.locator(`[data-sheet-tab="${name}"]`).click();
  await page.evaluate((sheetName) => {
    window.__playground.select(window.__playground.workbook.sheet(sheetName).usedAddress());
  }, name);
}

async function setLanguage(page, locale) {
  await page.locator(`${pane} header select`).selectOption(locale);
  const title = { en: "Commerce Analytics", "zh-TW": "電商分析", "zh-CN": "电商分析" }[locale];
  await page.locator(`${pane} h1`).filter({ hasText: title }).waitFor();
}

/** Everything the test asserts, measured in the page. */
function measure(paneSelector) {
  const paneElement = document.querySelector(paneSelector);
  const paneBox = paneElement.getBoundingClientRect();
  // The pane's content box: inside its left border, without its scroll bar.
  const left = paneBox.left + paneElement.clientLeft;
  const right = left + paneElement.clientWidth;
  const describe = (element) =>
    `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}` +
    ` "${(element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40)}"`;
  const wide = [];
  for (const element of paneElement.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    // Skip what is not drawn and the 1-px visually hidden helpers that sit off screen on purpose.
    if (box.width <= 1 && box.height <= 1) continue;
    if (box.width > paneElement.clientWidth + 0.5 || box.right > right + 0.5 || box.left < left - 0.5) {
      wide.push(`${describe(element)}: ${Math.round(box.left - left)}–${Math.round(box.right - left)} px`);
    }
  }
  const canvas = document.createElement("canvas").getContext("2d");
  const textWidth = (text, font) => {
    canvas.font = font;
    return canvas.measureText(text).width;
  };
  const selects = [...paneElement.querySelectorAll("select")].map((select) => {
    const style = getComputedStyle(select);
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const options = [...select.options].map((option) => option.textContent);
    const shown = select.selectedOptions[0]?.textContent ?? "";
    const fits = options.every((option) => textWidth(option, style.font) <= room + 0.5);
    return { name: select.getAttribute("aria-label"), title: select.title, shown, options, fits, room };
  });
  const sheetNames = [...paneElement.querySelectorAll("[data-sheet-name]")].map((element) => ({
    name: element.textContent,
    lines: element.getClientRects().length,
  }));
  const documentScroll = document.scrollingElement;
  return {
    documentOverflowPx: documentScroll.scrollWidth - documentScroll.clientWidth,
    paneOverflowPx: paneElement.scrollWidth - paneElement.clientWidth,
    wide,
    selects,
    sheetNames,
  };
}

function check(result, where) {
  assert.ok(
    result.documentOverflowPx <= 0,
    `${where}: the page scrolls sideways by ${result.documentOverflowPx} px`,
  );
  assert.ok(result.paneOverflowPx <= 0, `${where}: the pane scrolls sideways by ${result.paneOverflowPx} px`);
  assert.deepEqual(result.wide, [], `${where}: elements wider than the pane`);
  for (const select of result.selects) {
    // A dropdown whose options do not all fit must name each option in full in a tooltip and show texts that
    // differ between options.
    if (select.fits) continue;
    assert.ok(
      select.title.includes(select.shown),
      `${where}: ${select.name} shows "${select.shown}" cut off`,
    );
  }
  for (const sheet of result.sheetNames) {
    assert.equal(sheet.lines, 1, `${where}: the sheet name ${sheet.name} breaks over ${sheet.lines} lines`);
  }
}

for (const widthPx of [320, 350]) {
  test(`layout at ${widthPx} px: each tab in English, 繁體中文 and 简体中文`, async () => {
    const session = await openPlayground(`?lang=en-US&pane=${widthPx}`);
    const { page } = session;
    try {
      await page.setViewportSize({ width: 1400, height: 900 });
      assert.equal(await page.locator(pane).evaluate((element) => element.offsetWidth), widthPx);
      let sheetNamesSeen = 0;
      for (const tab of tabs) {
        await setLanguage(page, "en");
        await page.locator(`${pane} [role="tab"]`).nth(tab.index).click();
        await selectSheet(page, tab.sheet);
        await page.getByRole("button", { name: "Use current selection", exact: true }).click();
        await page.getByTestId("input-shape").filter({ hasText: "rows" }).waitFor();
        if (tab.products) {
          await selectSheet(page, tab.products);
          await page.getByRole("button", { name: "Use current selection as the product table" }).click();
          await page.getByTestId("promotion-products-shape").filter({ hasText: "rows" }).waitFor();
          await selectSheet(page, tab.traffic);
          await page.getByRole("button", { name: "Use current selection as the traffic table" }).click();
          await page.getByTestId("promotion-traffic-shape").filter({ hasText: "rows" }).waitFor();
        }
        if (tab.sweep) {
          await page.getByRole("button", { name: tab.sweep }).click();
          await page.getByTestId("recommendation").waitFor({ timeout: 60000 });
        }
        if (tab.run) {
          await page.getByRole("button", { name: tab.run }).click();
          await page.getByTestId("results-summary").waitFor({ timeout: 60000 });
        }
        for (const locale of locales) {
          await setLanguage(page, locale);
          const result = await page.evaluate(measure, pane);
          check(result, `${widthPx} px, tab ${tab.index + 1}, ${locale}`);
          if (tab.index === 0) sheetNamesSeen += result.sheetNames.length;
          if (widthPx === 320 && tab.index === 0) {
            await page.locator(pane).evaluate((element) => element.scrollTo(0, 0));
            await page.locator(pane).screenshot({ path: `test/screenshots/layout-320-${locale}.png` });
          }
        }
      }
      // "Written to sheet “Intake” · Go to Intake": the name twice per language.
      assert.equal(sheetNamesSeen, 6, "the Intake sheet's name in the results, twice per language");
      assert.deepEqual(session.pageErrors, []);
    } finally {
      await session.close();
    }
  });
}
