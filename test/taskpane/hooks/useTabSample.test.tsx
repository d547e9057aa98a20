/** @jest-environment jsdom */
// "Use the sample for this tab" (issue 12, item 9): the tab's sample is written as a new sheet named in the pane's
// language and becomes the input, so the tab can run at once; Promotion's sample (the promotion study's own
// tables) is that tab's input alone, and the other tabs keep theirs.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { createSimulatedExcel } from "../../../playground/simulator";
import type { Locale } from "../../../src/i18n/locale";
import { englishOrders } from "../../../taskpane/samples/order-samples";
import { memberBehaviour } from "../../../taskpane/samples/member-sample";
import { promotionLines } from "../../../taskpane/samples/promotion-samples";
import { mountPane } from "../../support/mount-pane";

/* The user's own sheet: a 2-row order export in Orders!A1:D3. */
const userOrders = [
  ["Member ID", "Order ID", "Order Date", "Amount"],
  ["M1", "O1", 44927, 100],
  ["M2", "O2", 44928, 250],
];

function renderPane(locale: Locale) {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  excel.addSheet("Orders", {
    values: userOrders,
    numberFormats: userOrders.map((_row, index) =>
      index === 0 ? ["General", "General", "General", "General"] : ["@", "@", "yyyy-mm-dd", "General"],
    ),
  });
  excel.select("Orders!A1:D3");
  mountPane(excel, locale);
  return excel;
}

const shape = () => screen.getByTestId("input-shape").textContent;
/** The last row of a sample's block: its header plus its data rows, from A1. */
const lastRow = (values: readonly unknown[]) => values.length;

describe("Use the sample for this tab", () => {
  it("zh-TW, Segment: 「範例訂單」 is written and taken as the input; the tab can run at once", async () => {
    const excel = renderPane("zh-TW");
    fireEvent.click(screen.getByRole("tab", { name: "分群" }));
    fireEvent.click(screen.getByRole("button", { name: "使用此分頁的範例" }));
    const rows = lastRow(englishOrders().values);
    await waitFor(() => expect(shape()).toBe(`範例訂單!A1:H${rows} · ${rows - 1} 列 × 8 欄`));
    expect(excel.workbook.sheetNames).toEqual(["Orders", "範例訂單"]);
    expect(screen.getByTestId("sample-note").textContent).toBe("已將範例寫入「範例訂單」，並作為輸入。");
    // Every column Segment needs is there: no "missing" sentence after the list.
    expect(screen.getByTestId("needed-columns").textContent).toBe(
      "此分頁需要這些欄位：會員編號、訂單日期、金額。",
    );
    expect((screen.getByRole("button", { name: "尋找分群" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("zh-CN, Members: a second use never overwrites the first sheet: 「示例会员订单 (2)」", async () => {
    const excel = renderPane("zh-CN");
    fireEvent.click(screen.getByRole("tab", { name: "会员" }));
    const rows = lastRow(memberBehaviour().values);
    fireEvent.click(screen.getByRole("button", { name: "使用此页的示例" }));
    await waitFor(() => expect(shape()).toMatch(/^示例会员订单!A1:L/));
    fireEvent.click(screen.getByRole("button", { name: "使用此页的示例" }));
    await waitFor(() => expect(shape()).toBe(`'示例会员订单 (2)'!A1:L${rows} · ${rows - 1} 行 × 12 列`));
    expect(excel.workbook.sheetNames).toEqual(["Orders", "示例会员订单", "示例会员订单 (2)"]);
  });

  it("en, Promotion: its sample is that tab's own input; Data check and Members keep the shared one", async () => {
    const excel = renderPane("en");
    fireEvent.click(screen.getByRole("button", { name: "Use current selection" }));
    await waitFor(() => expect(shape()).toBe("Orders!A1:D3 · 2 rows × 4 columns"));

    fireEvent.click(screen.getByRole("tab", { name: "Promotion" }));
    fireEvent.click(screen.getByRole("button", { name: "Use the sample for this tab" }));
    const rows = lastRow(promotionLines().values);
    await waitFor(() =>
      expect(shape()).toBe(`'Sample promotion lines'!A1:H${rows} · ${rows - 1} rows × 8 columns`),
    );
    expect(excel.workbook.sheetNames).toEqual([
      "Orders",
      "Sample promotion lines",
      "Sample products",
      "Sample traffic",
    ]);
    // The promotion sample lists 32 products (6 columns) and their traffic (4 columns).
    await waitFor(() =>
      expect(screen.getByTestId("promotion-traffic-shape").textContent).toBe(
        "'Sample traffic'!A1:D33 · 32 rows × 4 columns",
      ),
    );
    expect(screen.getByTestId("promotion-products-shape").textContent).toBe(
      "'Sample products'!A1:F33 · 32 rows × 6 columns",
    );
    expect(screen.getByTestId("own-input-note").textContent).toContain(
      `This tab uses its own input, 'Sample promotion lines'!A1:H${rows}: the promotion study reads transaction lines with product IDs. Data check, Segment and Members keep Orders!A1:D3.`,
    );

    for (const tab of ["Members", "Data check"]) {
      fireEvent.click(screen.getByRole("tab", { name: tab }));
      expect(shape()).toBe("Orders!A1:D3 · 2 rows × 4 columns");
      expect(screen.queryByTestId("own-input-note")).toBeNull();
    }
    // Back on Promotion, the user returns it to the shared input.
    fireEvent.click(screen.getByRole("tab", { name: "Promotion" }));
    expect(shape()).toMatch(/^'Sample promotion lines'!/);
    fireEvent.click(screen.getByRole("button", { name: "Use the other tabs' input here" }));
    expect(shape()).toBe("Orders!A1:D3 · 2 rows × 4 columns");
  });
});
