/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../../taskpane/app/App";
import { createWorkbookPort } from "../../../taskpane/excel/workbook-port";
import { createInlineEngine } from "../../../engine/inline-engine";
import { createSimulatedExcel } from "../../../playground/simulator";
import type { Locale } from "../../../src/i18n/locale";

/* A 5-row order export in Orders!A1:D6 (header + 5 data rows), nothing else on the sheet. */
const values = [
  ["Member ID", "Order ID", "Order Date", "Amount"],
  ["M1", "O1", 44927, 100],
  ["M2", "O2", 44928, 250],
  ["M1", "O3", 44929, 80],
  ["M3", "O4", 44930, 60],
  ["M2", "O5", 44931, 90],
];

function renderPane(select: string, locale: Locale = "en") {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  excel.addSheet("Orders", {
    values,
    numberFormats: values.map((_row, index) =>
      index === 0 ? ["General", "General", "General", "General"] : ["@", "@", "yyyy-mm-dd", "General"],
    ),
  });
  excel.select(select);
  const services = {
    port: createWorkbookPort(excel, { requirements: excel.requirements }),
    engine: createInlineEngine(),
    engineVersion: "test",
    now: () => new Date("2026-11-22T00:00:00Z"),
  };
  render(<App services={services} initialLocale={locale} />);
  return excel;
}

const shape = () => screen.getByTestId("input-shape").textContent;

describe("one input across the tabs (issue 12, item 8)", () => {
  it("what Data check read, with the user's role change, is Segment's and Members' input too", async () => {
    renderPane("Orders!A1:D6");
    fireEvent.click(screen.getByRole("button", { name: "Use current selection" }));
    await waitFor(() => expect(shape()).toBe("Orders!A1:D6 · 5 rows × 4 columns"));
    // Order ID is recognised as the order role; the user takes it away.
    fireEvent.change(screen.getByLabelText("Role: Order ID"), { target: { value: "" } });
    await waitFor(() =>
      expect((screen.getByLabelText("Role: Order ID") as HTMLSelectElement).value).toBe(""),
    );

    for (const tab of ["Segment", "Members", "Promotion"]) {
      fireEvent.click(screen.getByRole("tab", { name: tab }));
      await waitFor(() => expect(shape()).toBe("Orders!A1:D6 · 5 rows × 4 columns"));
      expect((screen.getByLabelText("Role: Order ID") as HTMLSelectElement).value).toBe("");
    }
  });

  it("after Data check writes and shows its sheet, reading the selection there asks before using it", async () => {
    const excel = renderPane("Orders!A1:D6");
    fireEvent.click(screen.getByRole("button", { name: "Use current selection" }));
    await waitFor(() => expect(shape()).toBe("Orders!A1:D6 · 5 rows × 4 columns"));
    fireEvent.click(screen.getByRole("button", { name: "Write the data check to a new sheet" }));
    await screen.findByTestId("results-summary");
    excel.select("Intake!A1");

    fireEvent.click(screen.getByRole("tab", { name: "Segment" }));
    expect(shape()).toBe("Orders!A1:D6 · 5 rows × 4 columns");
    fireEvent.click(screen.getByRole("button", { name: "Use current selection" }));
    const note = await screen.findByTestId("addin-sheet-note");
    expect(note.textContent).toContain("“Intake” is a sheet this add-in wrote, not your data.");
    expect(note.textContent).toContain("Keep the current input (Orders!A1:D6)?");
    fireEvent.click(screen.getByRole("button", { name: "Keep the current input" }));
    expect(screen.queryByTestId("addin-sheet-note")).toBeNull();
    expect(shape()).toBe("Orders!A1:D6 · 5 rows × 4 columns");

    // Asked again, the user may still take the sheet.
    fireEvent.click(screen.getByRole("button", { name: "Use current selection" }));
    fireEvent.click(await screen.findByRole("button", { name: "Use “Intake” anyway" }));
    await waitFor(() => expect(shape()).toMatch(/^Intake!A1:/));
  });

  it("zh-CN: the question is asked in the pane's language", async () => {
    const excel = renderPane("Orders!A1:D6", "zh-CN");
    fireEvent.click(screen.getByRole("button", { name: "使用当前选择区域" }));
    await waitFor(() => expect(shape()).toMatch(/^Orders!A1:D6/));
    fireEvent.click(screen.getByRole("button", { name: "将数据检查写入新工作表" }));
    await screen.findByTestId("results-summary");
    const [intakeSheet] = excel.workbook.sheetNames.filter((name) => name !== "Orders");
    excel.select(`'${intakeSheet}'!A1`);
    fireEvent.click(screen.getByRole("button", { name: "使用当前选择区域" }));
    const note = await screen.findByTestId("addin-sheet-note");
    expect(note.textContent).toContain(`“${intakeSheet}”是本加载项写入的工作表，不是您的数据。`);
    expect(note.textContent).toContain("保留当前的输入（Orders!A1:D6）吗？");
  });

  it("a single selected cell grows to the table around it", async () => {
    renderPane("Orders!B3");
    fireEvent.click(screen.getByRole("button", { name: "Use current selection" }));
    await waitFor(() => expect(shape()).toBe("Orders!A1:D6 · 5 rows × 4 columns"));
  });

  it("Refresh on a later tab reads the input's address again, not the selection (issue 12, item 2)", async () => {
    const excel = renderPane("Orders!A1:D6");
    fireEvent.click(screen.getByRole("button", { name: "Use current selection" }));
    await waitFor(() => expect(shape()).toBe("Orders!A1:D6 · 5 rows × 4 columns"));
    // The user changes an amount in the input and clicks elsewhere, on a sheet of their own.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Orders").getRange("D2").values = [["not a number"]];
      await context.sync();
    });
    excel.addSheet("Notes", {
      values: [
        ["a", "b"],
        ["c", "d"],
      ],
    });
    excel.select("Notes!A1:B2");

    fireEvent.click(screen.getByRole("tab", { name: "Members" }));
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    // Still Orders!A1:D6, now with the changed cell: 4 of the 5 rows have a usable amount.
    await waitFor(() => expect(screen.getByText("Rows used: 4 of 5")).toBeTruthy());
    expect(shape()).toBe("Orders!A1:D6 · 5 rows × 4 columns");
    fireEvent.click(screen.getByRole("tab", { name: "Segment" }));
    expect(shape()).toBe("Orders!A1:D6 · 5 rows × 4 columns");
  });

  it("zh-TW: Refresh keeps the user's role choice and re-reads the same cells", async () => {
    const excel = renderPane("Orders!A1:D6", "zh-TW");
    fireEvent.click(screen.getByRole("button", { name: "使用目前的選取範圍" }));
    await waitFor(() => expect(shape()).toBe("Orders!A1:D6 · 5 列 × 4 欄"));
    fireEvent.change(screen.getByLabelText("角色：Order ID"), { target: { value: "" } });
    await waitFor(() =>
      expect((screen.getByLabelText("角色：Order ID") as HTMLSelectElement).value).toBe(""),
    );
    excel.select("Orders!A1:B3");
    fireEvent.click(screen.getByRole("button", { name: "重新整理" }));
    await waitFor(() => expect(shape()).toBe("Orders!A1:D6 · 5 列 × 4 欄"));
    expect((screen.getByLabelText("角色：Order ID") as HTMLSelectElement).value).toBe("");
  });
});
