/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createSimulatedExcel } from "../../../playground/simulator";
import { mountPane } from "../../support/mount-pane";

/*
 * Five data rows; row 3 (sheet row 4) has the text "abc" in Sales and row 5 (sheet row 6) has no Customer ID.
 * Rows with a value in every recognised column (Customer ID, Order Date, Sales): 5 − 2 = 3.
 */
const values = [
  ["Customer ID", "Order Date", "Sales"],
  ["C1", 44927, 100],
  ["C2", 44928, 250],
  ["C3", 44929, "abc"],
  ["C1", 44930, 80],
  ["", 44931, 60],
];

it("Data check: recognised roles, a quality report with examples, rows used, and a role change", async () => {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  excel.addSheet("Export", {
    values,
    numberFormats: values.map((_row, index) => [
      "General",
      index === 0 ? "General" : "yyyy-mm-dd",
      "General",
    ]),
  });
  excel.select("Export!A1:C6");
  mountPane(excel, "en");
  fireEvent.click(screen.getByRole("button", { name: "Use current selection" }));
  await waitFor(() => expect(screen.getByTestId("rows-used").textContent).toBe("Rows used: 3 of 5"));
  expect(screen.getByTestId("input-shape").textContent).toBe("Export!A1:C6 · 5 rows × 3 columns");
  const quality = screen.getByRole("table", { name: "Data quality" });
  const rows = within(quality)
    .getAllByRole("row")
    .map((row) => row.textContent ?? "");
  expect(rows.some((text) => text.includes("1") && text.includes("row 4, Sales: “abc”"))).toBe(true);
  expect(rows.some((text) => text.includes("row 6, Customer ID"))).toBe(true);

  // Taking the role away from Sales leaves two recognised columns; only the blank id row lacks one.
  fireEvent.change(screen.getByLabelText("Role: Sales"), { target: { value: "" } });
  await waitFor(() => expect(screen.getByTestId("rows-used").textContent).toBe("Rows used: 4 of 5"));
  expect((screen.getByLabelText("Role: Sales") as HTMLSelectElement).value).toBe("");

  fireEvent.click(screen.getByRole("button", { name: "Write the data check to a new sheet" }));
  await screen.findByTestId("results-summary");
  expect(excel.workbook.sheetNames).toEqual(["Export", "Intake"]);
  expect(excel.workbook.sheet("Export").values()).toEqual(values);
});

it("Data check, run again: the option to replace the previous run's sheet, on by default, rewrites it in place", async () => {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  excel.addSheet("Export", { values, numberFormats: values.map(() => ["General", "yyyy-mm-dd", "General"]) });
  excel.select("Export!A1:C6");
  mountPane(excel, "zh-TW");
  fireEvent.click(screen.getByRole("button", { name: "使用目前的選取範圍" }));
  await screen.findByTestId("rows-used");
  expect(screen.queryByRole("checkbox")).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "將資料檢查寫入新工作表" }));
  await screen.findByTestId("results-summary");
  const [sheetName] = excel.workbook.sheetNames.slice(1);
  const id = excel.workbook.sheet(sheetName ?? "").id;
  const option = (await screen.findByRole("checkbox", { name: "取代上次執行的工作表" })) as HTMLInputElement;
  expect(option.checked).toBe(true);
  // With the option on, the button says it replaces (issue 12); off, it writes a new sheet again.
  expect(screen.queryByRole("button", { name: "將資料檢查寫入新工作表" })).toBeNull();
  fireEvent.click(option);
  expect(screen.getByRole("button", { name: "將資料檢查寫入新工作表" })).toBeTruthy();
  fireEvent.click(option);
  fireEvent.click(screen.getByRole("button", { name: "取代上次的資料檢查" }));
  await waitFor(() =>
    expect(screen.getByTestId("write-outcome").textContent).toBe(
      `已直接改寫「${sheetName}」：參照上次結果的公式現在顯示這次的結果。`,
    ),
  );
  expect(excel.workbook.sheetNames).toEqual(["Export", sheetName]);
  expect(excel.workbook.sheet(sheetName ?? "").id).toBe(id);
});
