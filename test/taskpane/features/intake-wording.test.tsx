/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createSimulatedExcel } from "../../../playground/simulator";
import type { Locale } from "../../../src/i18n/locale";
import { mountPane } from "../../support/mount-pane";

function renderPane(values: (string | number)[][], locale: Locale) {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  excel.addSheet("Export", {
    values,
    numberFormats: values.map((_row, index) =>
      index === 0 ? ["General", "General", "General"] : ["@", "yyyy-mm-dd", "General"],
    ),
  });
  excel.select(`Export!A1:C${values.length}`);
  mountPane(excel, locale);
}

const headings = () => screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent);

// Issue 12, item 13: the wording of Data check, checked against sentences written by hand.
describe("Data check's steps and summary", () => {
  it("clean data: steps 1-4 without a gap, and 'no problems found' rather than '0 kinds of problem'", async () => {
    renderPane(
      [
        ["Customer ID", "Order Date", "Sales"],
        ["C1", 44927, 100],
        // C1 again: with every member once, the data check asks whether this is a per-member table (issue 11).
        ["C1", 44928, 250],
      ],
      "en",
    );
    fireEvent.click(screen.getByRole("button", { name: "Use current selection" }));
    await screen.findByTestId("rows-used");
    expect(headings()).toEqual(["1. Input", "2. Columns", "3. Run"]);
    fireEvent.click(screen.getByRole("button", { name: "Write the data check to a new sheet" }));
    expect((await screen.findByTestId("results-summary")).textContent).toBe(
      "2 rows and 3 columns read; no problems found.",
    );
    expect(headings()).toEqual(["1. Input", "2. Columns", "3. Run", "4. Results"]);
  });

  it("zh-TW: a duplicate line's example names its row without a stray ', :'; one kind of problem", async () => {
    renderPane(
      [
        ["Customer ID", "Order Date", "Sales"],
        ["C1", 44927, 100],
        ["C1", 44927, 100],
      ],
      "zh-TW",
    );
    fireEvent.click(screen.getByRole("button", { name: "使用目前的選取範圍" }));
    const quality = await screen.findByRole("table", { name: "資料品質" });
    const cells = within(quality)
      .getAllByRole("cell")
      .map((cell) => cell.textContent ?? "");
    // Sheet row 3 repeats row 2; the example shows the line's cells as displayed (the date as its serial here).
    expect(cells.some((text) => text.startsWith("第 3 列：「C1, "))).toBe(true);
    expect(cells.some((text) => text.includes(",:") || text.includes(", :"))).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "將資料檢查寫入新工作表" }));
    await waitFor(() =>
      expect(screen.getByTestId("results-summary").textContent).toBe("已讀取 2 列、3 欄；發現 1 類問題。"),
    );
  });
});
