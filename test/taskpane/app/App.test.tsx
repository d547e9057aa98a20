/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { App } from "../../../taskpane/app/App";
import { createWorkbookPort } from "../../../taskpane/excel/workbook-port";
import { createInlineEngine } from "../../../engine/inline-engine";
import { createSimulatedExcel } from "../../../playground/simulator";
import type { Locale } from "../../../src/i18n/locale";

function renderPane(locale: Locale) {
  const excel = createSimulatedExcel({ mode: "web" });
  const services = {
    port: createWorkbookPort(excel, { requirements: excel.requirements }),
    engine: createInlineEngine(),
    engineVersion: "test",
    now: () => new Date("2026-11-22T00:00:00Z"),
  };
  return render(<App services={services} initialLocale={locale} />);
}

// Known labels, as written in taskpane/i18n/pane-messages.ts by a translator (not computed).
describe("the pane renders in each UI language", () => {
  it("English", () => {
    renderPane("en");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Commerce Analytics");
    expect(screen.getByRole("button", { name: "Use current selection" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Data check" })).toBeTruthy();
  });

  it("繁體中文", () => {
    renderPane("zh-TW");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("電商分析");
    expect(screen.getByRole("button", { name: "使用目前的選取範圍" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "資料檢查" })).toBeTruthy();
  });

  it("简体中文", () => {
    renderPane("zh-CN");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("电商分析");
    expect(screen.getByRole("button", { name: "使用当前选择区域" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "数据检查" })).toBeTruthy();
  });

  it("the language selector has an accessible name and switches every label", async () => {
    const { getByLabelText, findByRole } = renderPane("en");
    const select = getByLabelText("Language") as HTMLSelectElement;
    const { fireEvent } = await import("@testing-library/react");
    fireEvent.change(select, { target: { value: "zh-TW" } });
    expect((await findByRole("heading", { level: 1 })).textContent).toBe("電商分析");
    expect(screen.getByLabelText("語言")).toBeTruthy();
  });
});
