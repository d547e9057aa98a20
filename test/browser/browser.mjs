// Shared set-up for the browser tests: serve the built dist/ on loopback and drive Debian's Chromium with
// playwright-core (never a downloaded browser). Flags: --headless --no-sandbox (root in CI)
// --disable-gpu --disable-background-networking (no network here); playwright-core gives each
// launch a new empty profile directory itself.
import { chromium } from "playwright-core";
import { serveDist } from "../../scripts/serve-dist.mjs";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function openPlayground(query = "") {
  const server = await serveDist("dist");
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}index.html${query}`);
  await page.waitForSelector("text=Commerce Analytics");
  return {
    page,
    pageErrors,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Reads the simulated workbook through the page (window.__playground). */
export function workbookState(page, sheetName) {
  return page.evaluate((name) => {
    const workbook = window.__playground.workbook;
    const sheet = name && workbook.hasSheet(name) ? workbook.sheet(name) : null;
    return {
      sheetNames: [...workbook.sheetNames],
      values: sheet ? sheet.values() : null,
      tables: sheet ? sheet.tables.map((table) => ({ ...table })) : [],
      charts: sheet ? sheet.charts.map((chart) => ({ type: chart.type, title: chart.title })) : [],
      frozenRows: sheet ? sheet.frozenRows : 0,
    };
  }, sheetName);
}
