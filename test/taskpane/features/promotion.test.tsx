/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { Locale } from "../../../src/i18n/locale";
import { App } from "../../../taskpane/app/App";
import { createWorkbookPort } from "../../../taskpane/excel/workbook-port";
import { defaultSettingsForm, parseSettings } from "../../../taskpane/features/promotion/settings-form";
import { promotionSummaryText } from "../../../taskpane/features/promotion/summary-text";
import { createInlineEngine } from "../../../engine/inline-engine";
import type { PromotionSummary } from "../../../engine/jobs/promotion";
import { createSimulatedExcel } from "../../../playground/simulator";
import { generalFormats, linesFormats, linesValues, productValues, trafficValues } from "./promotion-fixture";

function renderPane(locale: Locale = "en") {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  excel.addSheet("Lines", { values: linesValues, numberFormats: linesFormats });
  excel.addSheet("Products", { values: productValues, numberFormats: generalFormats(productValues) });
  excel.addSheet("Traffic", { values: trafficValues, numberFormats: generalFormats(trafficValues) });
  excel.select("Lines!A1:G6");
  const services = {
    port: createWorkbookPort(excel, { requirements: excel.requirements }),
    engine: createInlineEngine(),
    engineVersion: "test",
    now: () => new Date("2026-11-22T00:00:00Z"),
  };
  render(<App services={services} initialLocale={locale} />);
  fireEvent.click(screen.getByRole("tab", { name: locale === "en" ? "Promotion" : "促销" }));
  return excel;
}

async function useSelection(name: string, shapeTestId: string, shape: RegExp) {
  fireEvent.click(screen.getByRole("button", { name }));
  await waitFor(() => expect(screen.getByTestId(shapeTestId).textContent).toMatch(shape));
}

describe("the Promotion tab", () => {
  test("lines, product and traffic tables, run: the summary and the four sheets with the band charts", async () => {
    const excel = renderPane();
    await useSelection("Use current selection", "input-shape", /^Lines!A1:G6 · 5 rows × 7 columns$/);
    expect((screen.getByLabelText("Role: Product ID") as HTMLSelectElement).value).toBe("productId");
    excel.select("Products!A1:E3");
    await useSelection(
      "Use current selection as the product table",
      "promotion-products-shape",
      /^Products!A1:E3 · 2 rows/,
    );
    expect((screen.getByLabelText("product table – role of Stock") as HTMLSelectElement).value).toBe("stock");
    excel.select("Traffic!A1:D3");
    await useSelection(
      "Use current selection as the traffic table",
      "promotion-traffic-shape",
      /^Traffic!A1:D3 · 2 rows/,
    );

    fireEvent.click(screen.getByRole("button", { name: "Analyse the promotion" }));
    const summary = await screen.findByTestId("results-summary", {}, { timeout: 10000 });
    // The job test derives these numbers by hand from the same fixture (promotion-fixture.ts).
    expect(summary.textContent).toBe(
      "GMV 600 from 3 lines in 2023. Products to keep: 1; to reconsider: 0; to clear: 1. GMV vs 2022: +100%. " +
        "The two years do not cover the same days; see the notes of the YoY sheet.",
    );
    const workbook = excel.workbook;
    expect(workbook.sheetNames).toEqual([
      "Lines",
      "Products",
      "Traffic",
      "Promotion",
      "Promotion YoY",
      "Promotion bands",
      "Promotion products",
    ]);
    expect(workbook.activeSheetName).toBe("Promotion");
    const kpis = workbook.sheet("Promotion").values();
    // The KPI table's columns as written: KPI, value, definition (the internal key column is not written).
    expect(kpis.find((row) => row[0] === "GMV")?.slice(0, 2)).toEqual(["GMV", 600]);
    const products = workbook.sheet("Promotion products").values();
    expect(products.filter((row) => row[0] === "A" || row[0] === "B").map((row) => row.slice(0, 2))).toEqual([
      ["A", "Keep"],
      ["B", "Clear"],
    ]);
    const bands = workbook.sheet("Promotion bands");
    expect(bands.charts.map((chart) => chart.type)).toEqual(Array(4).fill("ColumnClustered"));
    expect(bands.tables.length).toBe(2);

    fireEvent.click(screen.getByRole("button", { name: "Go to Promotion bands" }));
    await waitFor(() => expect(workbook.activeSheetName).toBe("Promotion bands"));
  });

  test("a setting that is not a number disables the run and says what to enter", async () => {
    renderPane();
    await useSelection("Use current selection", "input-shape", /5 rows/);
    fireEvent.change(screen.getByLabelText("Price-band edges"), { target: { value: "0, cheap" } });
    expect(await screen.findByText("Enter at least two numbers separated by commas.")).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Analyse the promotion" }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.change(screen.getByLabelText("Year over year"), { target: { value: "years" } });
    fireEvent.change(screen.getByLabelText("Current year"), { target: { value: "20x3" } });
    expect(await screen.findByText("Enter a year such as 2023.")).toBeTruthy();
  });

  test("a chosen year without lines shows the core's error and nothing is written", async () => {
    const excel = renderPane();
    await useSelection("Use current selection", "input-shape", /5 rows/);
    fireEvent.change(screen.getByLabelText("Year over year"), { target: { value: "years" } });
    fireEvent.change(screen.getByLabelText("Current year"), { target: { value: "2021" } });
    fireEvent.change(screen.getByLabelText("Previous year"), { target: { value: "2020" } });
    fireEvent.click(screen.getByRole("button", { name: "Analyse the promotion" }));
    const alert = await screen.findByRole("alert", {}, { timeout: 10000 });
    expect(alert.textContent).toContain("No line falls in the current period (2021-01-01 – 2021-12-31)");
    expect(excel.workbook.sheetNames).toEqual(["Lines", "Products", "Traffic"]);
  });

  test("Cancel stops the run before anything is written", async () => {
    const excel = renderPane();
    await useSelection("Use current selection", "input-shape", /5 rows/);
    fireEvent.click(screen.getByRole("button", { name: "Analyse the promotion" }));
    // The engine starts the job on a later task (as the worker would), so Cancel is there at once.
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await screen.findByText("The run was cancelled; nothing was written.")).toBeTruthy();
    expect(excel.workbook.sheetNames).toEqual(["Lines", "Products", "Traffic"]);
  });

  test("a failure while writing the second sheet: the error, and none of the four sheets is left", async () => {
    const excel = renderPane();
    await useSelection("Use current selection", "input-shape", /5 rows/);
    // The request after the one that creates the second sheet (its rows) fails, as a lost connection would.
    const unsubscribe = excel.subscribe((entry) => {
      if (entry.operations.includes("WorksheetCollection.add(Promotion YoY)"))
        excel.failSync(entry.syncNumber + 1);
    });
    fireEvent.click(screen.getByRole("button", { name: "Analyse the promotion" }));
    expect((await screen.findByRole("alert", {}, { timeout: 10000 })).textContent).toContain(
      "Excel reported an internal error; nothing of this result was left in the workbook.",
    );
    unsubscribe();
    expect(screen.getByTestId("write-outcome").textContent).toBe(
      "None of the 4 sheets of this run was kept.",
    );
    expect(excel.workbook.sheetNames).toEqual(["Lines", "Products", "Traffic"]);
    expect(screen.queryByTestId("results-summary")).toBeNull();
  });

  test("in Simplified Chinese: labels and the written sheet names", async () => {
    const excel = renderPane("zh-CN");
    await useSelection("使用当前选择区域", "input-shape", /5 行/);
    fireEvent.click(screen.getByRole("button", { name: "分析促销" }));
    const summary = await screen.findByTestId("results-summary", {}, { timeout: 10000 });
    expect(summary.textContent).toMatch(/^3 条明细（2023 年）的销售额 600；/);
    expect(excel.workbook.sheetNames.slice(3)).toEqual(["促销分析", "促销同比", "促销价格段", "促销商品"]);
  });
});

describe("parseSettings", () => {
  test("the defaults are the study's: 0.8 % conversion, 30 % sell-through, 0-200-400-100000", () => {
    const parsed = parseSettings(defaultSettingsForm(new Date("2026-11-22T00:00:00Z")));
    expect(parsed).toEqual({
      ok: true,
      settings: {
        yoy: { mode: "auto" },
        priceEdges: [0, 200, 400, 100000],
        discountBands: { from: 0.15, to: 1, step: 0.05 },
        thresholds: { keepConversionAbove: 0.008, candidateSellThroughAbove: 0.3 },
      },
    });
  });

  test("full-width commas separate edges; chosen years are whole numbers", () => {
    const form = {
      ...defaultSettingsForm(new Date("2026-11-22T00:00:00Z")),
      priceEdges: "0，100、300",
      yoyMode: "years" as const,
    };
    const parsed = parseSettings({ ...form, currentYear: "2017", previousYear: "2016" });
    expect(parsed.ok && parsed.settings.priceEdges).toEqual([0, 100, 300]);
    expect(parsed.ok && parsed.settings.yoy).toEqual({
      mode: "years",
      currentYear: 2017,
      previousYear: 2016,
    });
    expect(parseSettings({ ...form, currentYear: "2017.5", keepConversionPercent: "-1" })).toEqual({
      ok: false,
      problems: { currentYear: "yearInvalid", keepConversionPercent: "percentInvalid" },
    });
  });
});

describe("promotionSummaryText", () => {
  const summary: PromotionSummary = {
    gmv: 1234567,
    analysedLineCount: 2500,
    productCount: 18,
    decisions: { keep: 12, candidate: 3, clear: 2, undecided: 1 },
    years: { kind: "skip", reason: "noPreviousYear" },
    gmvChangeRatio: null,
    partialPeriodWarningCount: 0,
    qualityLineCount: 2,
  };

  test("English, with grouping, the undecided count and why there is no YoY", () => {
    expect(promotionSummaryText("en", summary)).toBe(
      "GMV 1,234,567 from 2,500 lines. Products to keep: 12; to reconsider: 3; to clear: 2. " +
        "Not decided for lack of data: 1. No year-over-year table: there are no lines in the year before the latest. " +
        "Data-quality notes on matching the tables: 2 (see the products sheet).",
    );
  });

  test("Traditional Chinese, with a YoY change", () => {
    const compared: PromotionSummary = {
      ...summary,
      decisions: { keep: 1, candidate: 0, clear: 1, undecided: 0 },
      years: { kind: "compare", currentYear: 2017, previousYear: 2016 },
      gmvChangeRatio: -0.125,
      qualityLineCount: 0,
    };
    expect(promotionSummaryText("zh-TW", compared)).toBe(
      "2,500 筆明細（2017 年）的銷售額 1,234,567；保留 1 個商品、待定 0 個、清倉 1 個。銷售額較 2016 年：-12.5%。",
    );
  });
});
