/** @jest-environment jsdom */
// Issue 10, item 9: when Excel keeps refusing the pane's requests because the user is typing in a cell, the pane
// says so in the user's language, with what to do, instead of Excel's own message.
import { fireEvent, render, screen } from "@testing-library/react";
import { createInlineEngine } from "../../../engine/inline-engine";
import { createSimulatedExcel } from "../../../playground/simulator";
import { App } from "../../../taskpane/app/App";
import { DEFAULT_RETRY_POLICY } from "../../../taskpane/excel/sync-retry";
import { createWorkbookPort } from "../../../taskpane/excel/workbook-port";

it("a selection read refused in cell edit mode is reported in Traditional Chinese with the next step", async () => {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  excel.addSheet("Export", {
    values: [
      ["Customer ID", "Sales"],
      ["C1", 100],
    ],
  });
  excel.select("Export!A1:B2");
  const retry = { ...DEFAULT_RETRY_POLICY, wait: async () => {} };
  render(
    <App
      services={{
        port: createWorkbookPort(excel, { requirements: excel.requirements, retry }),
        engine: createInlineEngine(),
        engineVersion: "test",
        now: () => new Date("2026-11-22T00:00:00Z"),
      }}
      initialLocale="zh-TW"
    />,
  );
  excel.setCellEditMode(true);
  fireEvent.click(screen.getByRole("button", { name: "使用目前的選取範圍" }));
  const alert = await screen.findByRole("alert");
  // The sentences of taskpane/excel/error-messages.ts, as a translator wrote them.
  expect(alert.textContent).toContain(
    "有儲存格正在編輯，期間 Excel 不讓增益集作業；增益集重試數次後已停止，活頁簿沒有變更。",
  );
  expect(alert.textContent).toContain("請按 Enter 或 Esc 結束儲存格編輯，然後再執行一次。");
  // 1 + 4 retries (sync-retry.ts, RETRY_DELAYS_MS), all refused.
  expect(excel.requestLog.map((entry) => entry.outcome)).toEqual(
    Array(5).fill("InvalidOperationInCellEditMode"),
  );
});
