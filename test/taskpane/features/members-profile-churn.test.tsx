/** @jest-environment jsdom */
/*
 * The Members tab's Profile and Churn risk flows in the pane, over the simulated workbook. Expected values come
 * from outside the pane: the profile's by hand from test/fixtures/profile/orders-zh-TW.csv (worked in
 * test/src/member/profile.test.ts, repeated below where used), the churn's from scikit-learn
 * (test/fixtures/churn/reference.json, made by sklearn_reference.py there).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fireEvent, screen, within } from "@testing-library/react";
import type { Locale } from "../../../src/i18n/locale";
import { analysisName } from "../../../taskpane/features/members/analysis-text";
import { MEMBER_ANALYSES } from "../../../engine/jobs/members/types";
import { createSimulatedExcel } from "../../../playground/simulator";
import { excelGridFromCsv } from "../../parity/excel-grid";
import { mountPane } from "../../support/mount-pane";

const fixtures = join(__dirname, "../../fixtures");
const profileGrid = excelGridFromCsv(join(fixtures, "profile/orders-zh-TW.csv"));
const churnGrid = excelGridFromCsv(join(fixtures, "churn/orders.csv"));
const sklearn = JSON.parse(readFileSync(join(fixtures, "churn/reference.json"), "utf8")) as {
  orders: { auc: number; precision: number; recall: number; probabilities: Record<string, number> };
};

function renderPane(grid: typeof profileGrid, address: string, locale: Locale) {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  excel.addSheet("Orders", {
    values: grid.values as (string | number)[][],
    numberFormats: grid.numberFormats as string[][],
  });
  excel.select(`Orders!${address}`);
  mountPane(excel, locale, "2026-12-07T00:00:00Z");
  return excel;
}

/** Opens the Members tab on the selection and leaves only `keep` of the analyses ticked. */
async function membersWith(locale: Locale, tab: string, useSelection: string, keep: ("profile" | "churn")[]) {
  fireEvent.click(screen.getByRole("tab", { name: tab }));
  fireEvent.click(screen.getByRole("button", { name: useSelection }));
  await screen.findByTestId("input-shape", {}, { timeout: 10000 });
  await screen.findByRole("checkbox", { name: analysisName(locale, "churn") }, { timeout: 10000 });
  for (const analysis of MEMBER_ANALYSES) {
    const box = screen.getByRole("checkbox", { name: analysisName(locale, analysis) }) as HTMLInputElement;
    if (box.checked) fireEvent.click(box);
  }
  for (const analysis of keep)
    fireEvent.click(screen.getByRole("checkbox", { name: analysisName(locale, analysis) }));
}

function checked(name: string): boolean {
  return (screen.getByRole("checkbox", { name }) as HTMLInputElement).checked;
}

it("用戶畫像 (zh-TW): one sheet per column and one for the cross-tab pair, the summary with the top group's numbers", async () => {
  const excel = renderPane(profileGrid, "A1:I14", "zh-TW");
  await membersWith("zh-TW", "會員", "使用目前的選取範圍", ["profile"]);
  // Profile and churn are opt-in; the recognised descriptive columns are ticked, others may be.
  expect(checked("流失預測")).toBe(false);
  const settings = screen.getByTestId("profile-settings");
  expect(["地區", "性別", "生日", "類別", "會員等級"].map((name) => checked(name))).toEqual([
    true,
    true,
    true,
    false,
    true,
  ]);
  for (const name of ["性別", "生日", "會員等級"])
    fireEvent.click(within(settings).getByRole("checkbox", { name }));
  fireEvent.change(within(settings).getByLabelText("列"), { target: { value: "性別" } });
  fireEvent.change(within(settings).getByLabelText("欄"), { target: { value: "類別" } });

  fireEvent.click(screen.getByRole("button", { name: "執行會員分析" }));
  const summary = await screen.findByTestId("results-summary", {}, { timeout: 20000 });
  // 地區: 台中市 is M1's latest region, 350 of GMV 1200 (29.2 %), 1 of 6 members; the four known regions
  // hold 350 + 340 + 300 + 150 = 1140 (95 %). 性別: 女 = M1 350 + M3 300 + M6 100 = 750 (62.5 %), 3 of 6
  // members; 女 and 男 (300) hold 1050 (87.5 %).
  expect(summary.textContent).toBe(
    "依地區，台中市的 GMV 最高（占 GMV 29.2%，1 位會員，占會員 16.7%），前 5 大群組占 GMV 95%；" +
      "依性別，女的 GMV 最高（占 GMV 62.5%，3 位會員，占會員 50%），前 5 大群組占 GMV 87.5%。",
  );
  expect(excel.workbook.sheetNames).toEqual(["Orders", "用戶畫像（地區）", "用戶畫像（性別 × 類別）"]);
  const region = excel.workbook.sheet("用戶畫像（地區）");
  expect(region.charts.map((chart) => chart.type)).toEqual(["ColumnClustered", "ColumnClustered"]);
  // Blank regions are their own group: M4 (60 of GMV, orders O7 and O8).
  const unknown = region.values().find((row) => row[0] === "未知");
  expect([unknown?.[1], unknown?.[4], unknown?.[5]]).toEqual([1, 2, 60]);
  // The cross-tab in GMV: 女 350 | 400 | 0; 男 0 | 0 | 300; 未知 150 | 0 | 0 (鞋, 包, 玩具 of the first order).
  const cross = excel.workbook.sheet("用戶畫像（性別 × 類別）").values();
  const inGmv = (label: string) =>
    cross
      .find((row) => row[0] === label && row.length > 4 && typeof row[4] === "number" && row[5] === "")
      ?.slice(1, 5)
      .map((share) => Math.round((share as number) * 1200));
  expect(inGmv("女")).toEqual([350, 400, 0, 750]);
  expect(inGmv("未知")).toEqual([150, 0, 0, 150]);
}, 60000);

it("Profile (en): edited age bands and as-of date; bad bands and a half-chosen pair block the run", async () => {
  const excel = renderPane(excelGridFromCsv(join(fixtures, "profile/orders-en.csv")), "A1:I14", "en");
  await membersWith("en", "Members", "Use current selection", ["profile"]);
  const settings = screen.getByTestId("profile-settings");
  for (const name of ["Region", "Gender", "Level"])
    fireEvent.click(within(settings).getByRole("checkbox", { name }));
  const run = screen.getByRole("button", { name: "Run the member analyses" }) as HTMLButtonElement;
  expect(screen.getByTestId("age-bands-statement").textContent).toBe(
    "Bands: 18-24, 25-34, 35-44, 45-54, 55+; younger members: under 18.",
  );
  fireEvent.change(screen.getByLabelText(/Age bands/), { target: { value: "20, 40, 30" } });
  expect(within(settings).getByText(/Enter whole years from 0 to 150, ascending/)).toBeTruthy();
  expect(run.disabled).toBe(true);
  fireEvent.change(screen.getByLabelText(/Age bands/), { target: { value: "20, 40, 60" } });
  fireEvent.change(within(settings).getByLabelText("Rows"), { target: { value: "Gender" } });
  expect(within(settings).getByText("Choose two different columns, or none.")).toBeTruthy();
  expect(run.disabled).toBe(true);
  fireEvent.change(within(settings).getByLabelText("Rows"), { target: { value: "" } });
  fireEvent.change(screen.getByLabelText(/Ages as of/), { target: { value: "2024-02-30" } });
  expect(within(settings).getByText("Enter a date as yyyy-mm-dd, or leave the field empty.")).toBeTruthy();
  fireEvent.change(screen.getByLabelText(/Ages as of/), { target: { value: "2024-12-31" } });
  expect(screen.getByTestId("age-bands-statement").textContent).toBe(
    "Bands: 20-39, 40-59, 60+; younger members: under 20.",
  );
  expect(run.disabled).toBe(false);
  fireEvent.click(run);
  await screen.findByTestId("results-summary", {}, { timeout: 20000 });
  // Ages on 2024-12-31: M1 34, M5 25 → 20-39 (350 + 150); M2 16 → under 20 (240); M3 49 → 40-59 (300);
  // M6 64 → 60+ (100); M4 has no birthday → Unknown (60).
  const rows = excel.workbook.sheet("Profile - Birthday").values();
  const byBand = ["Under 20", "20-39", "40-59", "60+", "Unknown"].map((band) => {
    const row = rows.find((each) => each[0] === band);
    return [row?.[1], row?.[5]];
  });
  expect(byBand).toEqual([
    [1, 240],
    [2, 500],
    [1, 300],
    [1, 100],
    [1, 60],
  ]);
}, 60000);

it("Churn risk (en): the settings' defaults, then the holdout figures scikit-learn gives on the same split", async () => {
  const excel = renderPane(churnGrid, "A1:E1371", "en");
  await membersWith("en", "Members", "Use current selection", ["churn"]);
  const settings = screen.getByTestId("churn-settings");
  const value = (label: RegExp) => (within(settings).getByLabelText(label) as HTMLInputElement).value;
  expect([/Horizon/, /Calibration date/, /Held-out/, /Seed/, /Risk threshold/].map(value)).toEqual([
    "90",
    "",
    "30",
    "0",
    "0.7",
  ]);
  fireEvent.change(within(settings).getByLabelText(/Risk threshold/), { target: { value: "1" } });
  expect(within(settings).getByText("Enter a probability between 0 and 1, e.g. 0.7.")).toBeTruthy();
  fireEvent.change(within(settings).getByLabelText(/Risk threshold/), { target: { value: "0.7" } });
  fireEvent.change(within(settings).getByLabelText(/Calibration date/), { target: { value: "2024-09-30" } });
  fireEvent.click(screen.getByRole("button", { name: "Run the member analyses" }));
  const summary = await screen.findByTestId("results-summary", {}, { timeout: 30000 });
  const { auc, precision, recall, probabilities } = sklearn.orders;
  const atRisk = Object.values(probabilities).filter((probability) => probability >= 0.7).length;
  const percent = (share: number) => `${Number((share * 100).toFixed(1))}%`;
  expect(summary.textContent).toBe(
    `Churn within 90 days after 2024-09-30: holdout AUC ${auc.toFixed(3)}, precision ${percent(precision)} ` +
      `and recall ${percent(recall)} at 0.70; ${atRisk} of 120 members at or above it.`,
  );
  expect(excel.workbook.sheetNames).toEqual(["Orders", "Churn risk"]);
  const sheet = excel.workbook.sheet("Churn risk");
  expect(sheet.charts.map((chart) => chart.title)).toEqual([
    "Calibration: predicted vs observed churn",
    "What raises churn risk (standardised coefficients)",
    "Members by churn probability",
  ]);
}, 60000);

it("流失預測 (zh-TW): a horizon past the data is listed with the core's reason in the user's language", async () => {
  const excel = renderPane(churnGrid, "A1:E1371", "zh-TW");
  await membersWith("zh-TW", "會員", "使用目前的選取範圍", ["churn"]);
  const settings = screen.getByTestId("churn-settings");
  fireEvent.change(within(settings).getByLabelText(/校準日/), { target: { value: "2024-12-01" } });
  fireEvent.click(screen.getByRole("button", { name: "執行會員分析" }));
  const failures = await screen.findByTestId("members-failures", {}, { timeout: 30000 });
  const [item] = within(failures).getAllByRole("listitem");
  expect(item?.getAttribute("data-code")).toBe("CHURN_HORIZON_PAST_DATA");
  // 2024-12-01 + 90 days = 2025-03-01; the last order is on 2024-12-31.
  expect(item?.textContent).toBe(
    "流失預測：校準期截止後的觀察期延伸到 2025-03-01，超過最後訂單日期 2024-12-31：請選擇較早的校準期截止日或較短的觀察期。" +
      "處理方式：請調整上方的觀察期或校準日，或使用時間更長、會員更多的資料。",
  );
  expect(excel.workbook.sheetNames).toEqual(["Orders"]);
}, 60000);
