import { test } from "node:test";
import assert from "node:assert/strict";
import { openPlayground, workbookState } from "./browser.mjs";

// Issue 12, "done when": a newcomer's walk, in each language. One sample, taken once with Data check's "Use the
// sample for this tab", is the input of Data check, Segment and Members without selecting anything again. The
// promotion study reads another table (transaction lines with product IDs, plus the product and traffic tables):
// the Promotion tab says what it lacks, takes its own sample, says plainly that it now has an input of its own, and
// the other tabs keep theirs. Each tab runs; a screenshot of each step is saved (test/screenshots/walk-*.png).
const pane = 'aside[aria-label="Task pane"]';

// The pane's strings in each language (taskpane/i18n/*, features/*/messages.ts); the sample sheets' names are
// taskpane/i18n/sample-messages.ts's.
const words = {
  en: {
    query: "en-US",
    title: "Commerce Analytics",
    tabs: ["Data check", "Segment", "Promotion", "Members"],
    useSample: "Use the sample for this tab",
    ordersSheet: "Sample orders",
    linesSheet: "Sample promotion lines",
    intakeRun: "Write the data check to a new sheet",
    sweep: "Find segments",
    writeSegments: "Write segments to new sheets",
    promotionRun: "Analyse the promotion",
    membersRun: "Run the member analyses",
    missing: "Not found yet: Product ID.",
    keep: "Data check, Segment and Members keep",
  },
  "zh-TW": {
    query: "zh-TW",
    title: "電商分析",
    tabs: ["資料檢查", "分群", "促銷", "會員"],
    useSample: "使用此分頁的範例",
    ordersSheet: "範例訂單",
    linesSheet: "範例促銷明細",
    intakeRun: "將資料檢查寫入新工作表",
    sweep: "尋找分群",
    writeSegments: "將分群寫入新工作表",
    promotionRun: "分析促銷",
    membersRun: "執行會員分析",
    missing: "尚未找到：商品編號。",
    keep: "資料檢查、分群與會員仍使用",
  },
  "zh-CN": {
    query: "zh-CN",
    title: "电商分析",
    tabs: ["数据检查", "分群", "促销", "会员"],
    useSample: "使用此页的示例",
    ordersSheet: "示例订单",
    linesSheet: "示例促销明细",
    intakeRun: "将数据检查写入新工作表",
    sweep: "寻找分群",
    writeSegments: "将分群写入新工作表",
    promotionRun: "分析促销",
    membersRun: "运行会员分析",
    missing: "尚未找到：商品编号。",
    keep: "数据检查、分群和会员仍使用",
  },
};

/** How far the pane scrolls sideways (0: everything fits its width). */
function paneProblems(selector) {
  const element = document.querySelector(selector);
  return { overflowPx: element.scrollWidth - element.clientWidth };
}

for (const [locale, w] of Object.entries(words)) {
  test(`${locale}: Data check → Segment → Promotion → Members on one input, taken once from a sample`, async () => {
    // openPlayground waits for the English title; the other languages load the page again with their ?lang=.
    const session = await openPlayground("?lang=en-US");
    const { page } = session;
    const paneLocator = page.locator(pane);
    const shape = paneLocator.getByTestId("input-shape");
    const shot = async (step) => {
      assert.equal((await page.evaluate(paneProblems, pane)).overflowPx, 0, `${step}: no sideways scroll`);
      await page.screenshot({ path: `test/screenshots/walk-${locale}-${step}.png` });
    };
    try {
      if (locale !== "en") {
        await page.goto(page.url().replace("?lang=en-US", `?lang=${w.query}`));
        await page.waitForSelector(`text=${w.title}`);
      }
      const tab = (index) => paneLocator.getByRole("tab", { name: w.tabs[index], exact: true });

      // 1. Data check: the sample, written as a new sheet named in the pane's language, is the input.
      assert.equal(await tab(0).getAttribute("aria-selected"), "true");
      await paneLocator.getByRole("button", { name: w.useSample }).click();
      await shape.filter({ hasText: w.ordersSheet }).waitFor({ timeout: 60000 });
      const sharedShape = await shape.textContent();
      const sheetNames = (await workbookState(page, null)).sheetNames;
      assert.ok(sheetNames.includes(w.ordersSheet), `${w.ordersSheet} in ${sheetNames.join(", ")}`);
      await paneLocator.getByRole("button", { name: w.intakeRun }).click();
      await paneLocator.getByTestId("results-summary").waitFor({ timeout: 60000 });
      await shot("1-data-check");

      // 2. Segment: the same input, not selected again.
      await tab(1).click();
      assert.equal(await shape.textContent(), sharedShape);
      await paneLocator.getByRole("button", { name: w.sweep }).click();
      await paneLocator.getByTestId("recommendation").waitFor({ timeout: 60000 });
      await paneLocator.getByRole("button", { name: w.writeSegments }).click();
      await paneLocator.getByTestId("results-summary").waitFor({ timeout: 60000 });
      await paneLocator.getByTestId("results-summary").scrollIntoViewIfNeeded();
      await shot("2-segment");

      // 3. Promotion: the shared input has no product column, and the tab says so; its own sample is its input.
      await tab(2).click();
      assert.equal(await shape.textContent(), sharedShape);
      assert.match(await paneLocator.getByTestId("needed-columns").textContent(), new RegExp(w.missing));
      await paneLocator.getByRole("button", { name: w.useSample }).click();
      await shape.filter({ hasText: w.linesSheet }).waitFor({ timeout: 60000 });
      const note = await paneLocator.getByTestId("own-input-note").textContent();
      assert.ok(note.includes(w.keep), note);
      assert.ok(note.includes(sharedShape.split(" · ")[0]), `${note} names the other tabs' input`);
      await paneLocator.evaluate((element) => element.scrollTo(0, 0));
      await paneLocator.screenshot({ path: `test/screenshots/walk-${locale}-3-promotion-input.png` });
      await paneLocator.getByTestId("promotion-traffic-shape").filter({ hasText: "32" }).waitFor();
      await paneLocator.getByRole("button", { name: w.promotionRun }).click();
      await paneLocator.getByTestId("results-summary").waitFor({ timeout: 60000 });
      await paneLocator.getByTestId("results-summary").scrollIntoViewIfNeeded();
      await shot("3-promotion");

      // 4. Members: still the orders sample, as Data check and Segment had it.
      await tab(3).click();
      assert.equal(await shape.textContent(), sharedShape);
      assert.equal(await paneLocator.getByTestId("own-input-note").count(), 0);
      await paneLocator.getByRole("button", { name: w.membersRun }).click();
      await paneLocator.getByTestId("results-summary").waitFor({ timeout: 60000 });
      await paneLocator.getByTestId("results-summary").scrollIntoViewIfNeeded();
      await shot("4-members");

      // And back on Data check, the input is still the one taken in step 1.
      await tab(0).click();
      assert.equal(await shape.textContent(), sharedShape);
      assert.deepEqual(session.pageErrors, []);
    } finally {
      await session.close();
    }
  });
}
