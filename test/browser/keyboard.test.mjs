import { test } from "node:test";
import assert from "node:assert/strict";
import { openPlayground, workbookState } from "./browser.mjs";

const pane = 'aside[aria-label="Task pane"]';

const controlSelector = `${pane} :is(button, select, textarea, a[href], input:not([type=hidden]), [role=tab], [role=radio], [role=checkbox], [role=switch], [role=combobox], [role=slider], [role=spinbutton], [role=link], [role=button], [tabindex]:not([tabindex='-1']))`;

/**
 * Reads the page through the Chrome DevTools Protocol so names are the ones Chromium computes for its
 * accessibility tree (what a screen reader announces: aria-labelledby, aria-label, <label for>, content).
 */
async function inspector(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Accessibility.enable");

  async function describe(objectId) {
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { objectId, fetchRelatives: false });
    const node = nodes[0];
    const { result } = await cdp.send("Runtime.callFunctionOn", {
      objectId,
      functionDeclaration: `function () {
        return {
          inPane: this.closest(${JSON.stringify(pane)}) !== null,
          tag: this.tagName.toLowerCase(),
          value: "value" in this ? String(this.value) : null,
          selected: this.getAttribute("aria-selected"),
          html: this.outerHTML.slice(0, 160),
        };
      }`,
      returnByValue: true,
    });
    return {
      ...result.value,
      role: node?.role?.value ?? "",
      name: String(node?.name?.value ?? "").trim(),
      ignored: node?.ignored ?? true,
    };
  }

  return {
    /** The focused element: in the pane or not, tag, computed role and name, value. */
    async focusInfo() {
      const { result } = await cdp.send("Runtime.evaluate", { expression: "document.activeElement" });
      return describe(result.objectId);
    },
    /** Every interactive control inside the pane that is in the accessibility tree. */
    async controls() {
      const { result } = await cdp.send("Runtime.evaluate", {
        expression: `[...document.querySelectorAll(${JSON.stringify(controlSelector)})]`,
      });
      const { result: items } = await cdp.send("Runtime.getProperties", {
        objectId: result.objectId,
        ownProperties: true,
      });
      const described = [];
      for (const item of items) {
        if (/^\d+$/.test(item.name) && item.value?.objectId !== undefined) {
          described.push(await describe(item.value.objectId));
        }
      }
      return described.filter((control) => !control.ignored);
    },
    detach: () => cdp.detach(),
  };
}

/** Presses `key` until the focused element is the pane control `wanted` (tag or role, and name). */
async function pressUntil(page, look, wanted, key = "Tab", maxPresses = 80) {
  const trail = [];
  for (let press = 0; press <= maxPresses; press++) {
    const info = await look.focusInfo();
    const kindMatches = wanted.tag === undefined || info.tag === wanted.tag;
    const roleMatches = wanted.role === undefined || info.role === wanted.role;
    if (info.inPane && kindMatches && roleMatches && info.name === wanted.name) return info;
    trail.push(`${info.inPane ? "pane" : "page"}:${info.tag}:${info.name.slice(0, 30)}`);
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${JSON.stringify(wanted)}; visited ${trail.join(" | ")}`);
}

async function assertEveryControlNamed(look, where) {
  const controls = await look.controls();
  assert.ok(controls.length > 0, `${where}: found no controls at all`);
  const unnamed = controls.filter((control) => control.name === "");
  assert.deepEqual(
    unnamed.map((control) => `${control.role}: ${control.html}`),
    [],
    `${where}: controls without an accessible name`,
  );
  return controls;
}

test("keyboard only: Segment tab, input, a role change, Find segments, write the sheets", async () => {
  const session = await openPlayground("?lang=en-US");
  const { page } = session;
  const look = await inspector(page);
  try {
    // From the top of the page, Tab alone reaches the pane's tab list (the selected tab is its stop).
    await pressUntil(page, look, { role: "tab", name: "Data check" });
    await page.keyboard.press("ArrowRight");
    assert.deepEqual(
      (({ role, name }) => ({ role, name }))(await look.focusInfo()),
      { role: "tab", name: "Segment" },
      "ArrowRight moves along the tab list",
    );
    await page.keyboard.press("Enter");
    assert.equal((await look.focusInfo()).selected, "true", "Enter selects the focused tab");

    await pressUntil(page, look, { tag: "button", name: "Use current selection" });
    await page.keyboard.press("Enter");
    await page.getByTestId("input-shape").filter({ hasText: "rows" }).waitFor();
    const afterRead = await look.focusInfo();
    assert.equal(afterRead.name, "Refresh", "focus stays on the button while it reads (it becomes Refresh)");

    // Change a role with the arrow keys: Channel → the next role in the list (not needed by Segment).
    const channel = await pressUntil(page, look, { tag: "select", name: "Role: Channel" });
    assert.equal(channel.value, "channel", "the sample's Channel column is recognised as channel");
    const options = await page
      .locator(pane)
      .getByLabel("Role: Channel")
      .evaluate((select) => {
        return [...select.options].map((option) => option.value);
      });
    const nextRole = options[options.indexOf("channel") + 1];
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(
      ([selector, role]) => {
        const select = document.querySelector(`${selector} [aria-label="Role: Channel"]`);
        return select?.value === role && select.getAttribute("aria-disabled") === null;
      },
      [pane, nextRole],
    );
    const afterRole = await look.focusInfo();
    assert.deepEqual(
      [afterRole.name, afterRole.value],
      ["Role: Channel", nextRole],
      "focus stays on the role",
    );

    await pressUntil(page, look, { tag: "button", name: "Find segments" });
    await page.keyboard.press("Enter");
    const recommendation = await page.getByTestId("recommendation").textContent({ timeout: 60000 });
    assert.match(recommendation, /Recommended number of segments: \d+/);
    await page.locator(pane).getByRole("button", { name: "Find segments" }).waitFor();
    const afterRun = await look.focusInfo();
    assert.deepEqual([afterRun.tag, afterRun.name], ["button", "Find segments"], "focus returns to Run");

    // Past the k chooser to the write button; Space presses a button too.
    await pressUntil(page, look, { tag: "select", name: "Number of segments" });
    await pressUntil(page, look, { tag: "button", name: "Write segments to new sheets" });
    await page.keyboard.press("Space");
    await page.getByTestId("results-summary").waitFor({ timeout: 60000 });
    const state = await workbookState(page, "Segments");
    for (const name of ["Segments", "Members", "Elbow"]) {
      assert.ok(state.sheetNames.includes(name), `${name} in ${state.sheetNames.join(", ")}`);
    }

    // The result links are reachable and work from the keyboard.
    await pressUntil(page, look, { tag: "button", name: "Go to Members" });
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.__playground.workbook.activeSheetName === "Members");

    // Shift+Tab walks back up the pane to the tab list.
    await pressUntil(page, look, { role: "tab", name: "Segment" }, "Shift+Tab");
    await assertEveryControlNamed(look, "Segment tab after a run");
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await look.detach();
    await session.close();
  }
});

test("every control in every feature tab has an accessible name, before and after reading the sample", async () => {
  const session = await openPlayground("?lang=en-US");
  const { page } = session;
  const look = await inspector(page);
  try {
    for (const tab of ["Data check", "Segment", "Promotion", "Members"]) {
      await page.locator(pane).getByRole("tab", { name: tab }).click();
      // The input read on the first tab is every tab's input (issue 12, item 8): only Data check reads it.
      if (tab === "Data check") {
        await assertEveryControlNamed(look, `${tab}, no input`);
        await page.locator(pane).getByRole("button", { name: "Use current selection" }).first().click();
      }
      await page.getByTestId("input-shape").first().filter({ hasText: "rows" }).waitFor();
      const controls = await assertEveryControlNamed(look, `${tab}, sample read`);
      assert.ok(
        controls.some((control) => control.role === "combobox" && control.name === "Role: Customer ID"),
        `${tab}: the role dropdowns are among the audited controls`,
      );
    }
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await look.detach();
    await session.close();
  }
});

test("every pane tab is a Tab stop, and Enter or Space selects it (issue 12, item 13)", async () => {
  const session = await openPlayground("?lang=en-US");
  const { page } = session;
  const look = await inspector(page);
  try {
    await pressUntil(page, look, { role: "tab", name: "Data check" });
    // Tab alone, no arrow keys: from one tab to the next.
    await page.keyboard.press("Tab");
    assert.deepEqual(
      (({ role, name }) => ({ role, name }))(await look.focusInfo()),
      { role: "tab", name: "Segment" },
      "Tab moves from Data check to Segment",
    );
    await page.keyboard.press("Enter");
    assert.equal((await look.focusInfo()).selected, "true", "Enter selects Segment");
    await page.keyboard.press("Tab");
    assert.equal((await look.focusInfo()).name, "Promotion", "Tab moves on to Promotion");
    await page.keyboard.press("Space");
    assert.equal((await look.focusInfo()).selected, "true", "Space selects Promotion");
    await pressUntil(page, look, { role: "tab", name: "Segment" }, "Shift+Tab", 3);
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await look.detach();
    await session.close();
  }
});
