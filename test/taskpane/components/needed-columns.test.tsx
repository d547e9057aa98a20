/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../../taskpane/app/App";
import { createWorkbookPort } from "../../../taskpane/excel/workbook-port";
import { createInlineEngine } from "../../../engine/inline-engine";
import { createSimulatedExcel } from "../../../playground/simulator";
import type { Locale } from "../../../src/i18n/locale";

const values = [
  ["Member ID", "Order ID", "Order Date", "Amount"],
  ["M1", "O1", 44927, 100],
  ["M2", "O2", 44928, 250],
];

function renderPane(locale: Locale) {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  excel.addSheet("Orders", {
    values,
    numberFormats: values.map((_row, index) =>
      index === 0 ? ["General", "General", "General", "General"] : ["@", "@", "yyyy-mm-dd", "General"],
    ),
  });
  excel.select("Orders!A1:D3");
  const services = {
    port: createWorkbookPort(excel, { requirements: excel.requirements }),
    engine: createInlineEngine(),
    engineVersion: "test",
    now: () => new Date("2026-11-22T00:00:00Z"),
  };
  render(<App services={services} initialLocale={locale} />);
}

// Issue 12, item 9: role names as the catalogs spell them (src/i18n/messages/table.ts), written out here.
describe("each tab says which columns it needs before it runs", () => {
  it("Segment, before any input, in English", () => {
    renderPane("en");
    fireEvent.click(screen.getByRole("tab", { name: "Segment" }));
    expect(screen.getByTestId("needed-columns").textContent).toBe(
      "This tab needs these columns: Member ID, Order date, Amount.",
    );
  });

  it("Promotion in 简体中文: what an order export lacks, once read", async () => {
    renderPane("zh-CN");
    fireEvent.click(screen.getByRole("tab", { name: "促销" }));
    expect(screen.getByTestId("needed-columns").textContent).toBe("此页需要这些列：商品编号、数量、金额。");
    fireEvent.click(screen.getByRole("button", { name: "使用当前选择区域" }));
    await waitFor(() =>
      expect(screen.getByTestId("needed-columns").textContent).toBe(
        "此页需要这些列：商品编号、数量、金额。 尚未找到：商品编号、数量。请在第 2 步（列）设置。",
      ),
    );
  });

  it("Data check needs no particular column and says nothing", () => {
    renderPane("zh-TW");
    expect(screen.queryByTestId("needed-columns")).toBeNull();
  });
});
