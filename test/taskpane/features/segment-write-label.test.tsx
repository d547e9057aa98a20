/** @jest-environment jsdom */
// Issue 12: Segment's write button says what it will do. With "replace the sheets of the previous run" on, it
// replaces the previous segments (it does not write new sheets); with the option off, or before any run, it writes
// new sheets. In the pane's language, switched between runs.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { createSimulatedExcel } from "../../../playground/simulator";
import { orderFormats, orderSheet } from "./segment-fixture";
import { mountPane } from "../../support/mount-pane";

function openPane() {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  const values = orderSheet();
  excel.addSheet("Orders", { values, numberFormats: orderFormats(values) });
  excel.select("Orders!A1:D49");
  mountPane(excel, "zh-TW");
}

/** Finds segments on the read input and chooses k = 3. */
async function sweep(findLabel: string, kLabel: string): Promise<void> {
  const find = screen.getByRole("button", { name: findLabel }) as HTMLButtonElement;
  await waitFor(() => expect(find.disabled).toBe(false));
  fireEvent.click(find);
  await screen.findByTestId("recommendation", {}, { timeout: 10000 });
  fireEvent.change(screen.getByLabelText(kLabel), { target: { value: "3" } });
}

it("zh-TW then zh-CN: 將分群寫入新工作表 before a run; 取代上次的分群 / 替换上次的分群 with the option on", async () => {
  openPane();
  fireEvent.click(screen.getByRole("tab", { name: "分群" }));
  fireEvent.click(screen.getByRole("button", { name: "使用目前的選取範圍" }));
  await waitFor(() => expect(screen.getByTestId("input-shape").textContent).toContain("48 列"));
  await sweep("尋找分群", "分群數");
  fireEvent.click(screen.getByRole("button", { name: "將分群寫入新工作表" }));
  await screen.findByTestId("results-summary", {}, { timeout: 10000 });

  // Run again: the option is on by default, and the button says it replaces.
  await sweep("尋找分群", "分群數");
  expect(screen.queryByRole("button", { name: "將分群寫入新工作表" })).toBeNull();
  expect(screen.getByRole("button", { name: "取代上次的分群" })).toBeTruthy();
  fireEvent.click(screen.getByRole("checkbox", { name: "取代上次執行的工作表" }));
  expect(screen.getByRole("button", { name: "將分群寫入新工作表" })).toBeTruthy();
  fireEvent.click(screen.getByRole("checkbox", { name: "取代上次執行的工作表" }));

  fireEvent.change(screen.getByRole("combobox", { name: "語言" }), { target: { value: "zh-CN" } });
  expect(screen.getByRole("button", { name: "替换上次的分群" })).toBeTruthy();
  fireEvent.click(screen.getByRole("checkbox", { name: "替换上次运行的工作表" }));
  expect(screen.getByRole("button", { name: "将分群写入新工作表" })).toBeTruthy();
}, 60000);
