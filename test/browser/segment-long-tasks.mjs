// Issue 14: the Segment flow in the playground (Use current selection → Find segments → Write) on N pasted order
// lines, with a long-task observer (PerformanceObserver "longtask", w3c.github.io/longtasks) recording every
// main-thread task over 50 ms. Shared by the browser test (small N, functional checks only) and the pane benchmark
// (bench/pane/segment-long-tasks.bench.ts, 200,000 lines, figures printed, never asserted).
import { openPlayground } from "./browser.mjs";

/** A task longer than this blocks the UI thread (the Long Tasks API's own threshold). */
export const LONG_TASK_MS = 50;

/**
 * Runs the flow on `rows` order lines and returns, per phase, its time and the long tasks that started in it.
 * The lines are the playground's own "Orders" sample (840 lines over 120 members) repeated with new member and
 * order ids per copy, so the data grow like a real export (more members, same mix) and the CLI can be given the
 * very same cells (`values`).
 *
 * Per phase: `longestTaskMs` and `longTasks` (> 50 ms) as the observer saw them; `longestPaneMs` and `paneLongTasks`
 * the same without the simulated host's time inside each task (its requests' `hostMs`) and without the playground's
 * grid renders (`window.__playgroundGridRenders`); `hostMs` the host's total.
 *
 * @returns {Promise<{ phases: { name: string, ms: number, longestTaskMs: number, longTasks: number,
 *   longestPaneMs: number, paneLongTasks: number, hostMs: number }[],
 *   longTaskSupported: boolean, values: unknown[][], recommendation: string, summary: string, pageErrors: string[] }>}
 */
export async function measureSegmentFlow({ rows, keepValues = false, timeoutMs = 600_000 }) {
  const session = await openPlayground("?lang=en-US");
  const { page } = session;
  try {
    const longTaskSupported = await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          window.__longTasks.push({ startMs: entry.startTime, durationMs: entry.duration });
      }).observe({ type: "longtask", buffered: true });
      return PerformanceObserver.supportedEntryTypes.includes("longtask");
    });
    const address = await page.evaluate(pasteOrderLines, rows);
    // A paste shows the sheet: one request (reading a cell) makes the playground draw it now, not in the first phase.
    await page.evaluate(
      (sheet) =>
        window.__playground.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange("A1").load("values");
          await context.sync();
        }),
      address.sheet,
    );
    await page.waitForTimeout(500);
    await page.getByRole("tab", { name: "Segment" }).click();

    const phases = [];
    const phase = async (name, action) => {
      const startMs = await page.evaluate(() => performance.now());
      await action();
      const endMs = await page.evaluate(() => performance.now());
      phases.push({ name, startMs, endMs });
    };
    // "· 5000 rows" or "· 5,000 rows", whichever way the pane groups digits.
    const rowsText = new RegExp(`· ${rows.toLocaleString("en-US").replace(/,/g, ",?")} rows`);
    await phase("Use current selection", async () => {
      await page.getByRole("button", { name: /^(Use current selection|Refresh)$/ }).click();
      await page.getByTestId("input-shape").filter({ hasText: rowsText }).waitFor({ timeout: timeoutMs });
    });
    let recommendation = "";
    await phase("Find segments → elbow", async () => {
      await page.getByRole("button", { name: "Find segments" }).click();
      recommendation = await page.getByTestId("recommendation").textContent({ timeout: timeoutMs });
    });
    let summary = "";
    await phase("Write three sheets", async () => {
      await page.getByRole("button", { name: "Write segments to new sheets" }).click();
      summary = await page.getByTestId("results-summary").textContent({ timeout: timeoutMs });
    });
    // Entries are delivered after their task ends: one more task lets the last ones arrive.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const tasks = await page.evaluate(() => window.__longTasks);
    // The simulated Excel works on the page's thread where a real one works in its own process: its share of each
    // long task is reported apart, so the pane's own work can be told from the host's.
    const requests = await page.evaluate(() =>
      window.__playground.requestLog.map(({ hostStartMs, hostMs }) => ({ hostStartMs, hostMs })),
    );
    const renders = await page.evaluate(() => window.__playgroundGridRenders);
    const within = (task, startMs) => startMs >= task.startMs && startMs < task.startMs + task.durationMs;
    const paneMs = (task) =>
      task.durationMs -
      requests
        .filter((request) => within(task, request.hostStartMs))
        .reduce((sum, request) => sum + request.hostMs, 0) -
      renders.filter((render) => within(task, render.startMs)).reduce((sum, render) => sum + render.ms, 0);
    const values = keepValues
      ? await page.evaluate((sheet) => window.__playground.workbook.sheet(sheet).values(), address.sheet)
      : [];
    return {
      phases: phases.map(({ name, startMs, endMs }) => {
        const inPhase = tasks.filter((task) => task.startMs >= startMs && task.startMs < endMs);
        return {
          name,
          ms: endMs - startMs,
          longestTaskMs: Math.max(0, ...inPhase.map((task) => task.durationMs)),
          longTasks: inPhase.filter((task) => task.durationMs > LONG_TASK_MS).length,
          longestPaneMs: Math.max(0, ...inPhase.map(paneMs)),
          paneLongTasks: inPhase.filter((task) => paneMs(task) > LONG_TASK_MS).length,
          hostMs: requests
            .filter((request) => request.hostStartMs >= startMs && request.hostStartMs < endMs)
            .reduce((sum, request) => sum + request.hostMs, 0),
        };
      }),
      longTaskSupported,
      values,
      recommendation,
      summary,
      pageErrors: session.pageErrors,
    };
  } finally {
    await session.close();
  }
}

/** In the page: "pastes" `rows` order lines on a new sheet OrdersN and selects them. */
function pasteOrderLines(rows) {
  const excel = window.__playground;
  const sample = excel.workbook.sheet("Orders").values();
  const [header, ...lines] = sample;
  const members = new Set(lines.map((line) => line[0])).size;
  const orders = new Set(lines.map((line) => line[1])).size;
  const values = [header];
  const formats = [header.map(() => "General")];
  const lineFormats = ["@", "@", "yyyy-mm-dd", "#,##0", "0", "0%", "@", "@"];
  for (let index = 0; index < rows; index++) {
    const copy = Math.floor(index / lines.length);
    const line = lines[index % lines.length];
    const member = Number(String(line[0]).slice(1)) + copy * members;
    const order = Number(String(line[1]).slice(3)) + copy * orders;
    values.push([
      `C${String(member).padStart(6, "0")}`,
      `SO-${String(order).padStart(8, "0")}`,
      ...line.slice(2),
    ]);
    formats.push(lineFormats);
  }
  const sheet = `Orders${rows}`;
  excel.addSheet(sheet, { values, numberFormats: formats });
  excel.select(`${sheet}!A1:H${rows + 1}`);
  return { sheet };
}
