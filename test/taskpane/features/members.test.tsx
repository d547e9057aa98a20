/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Locale } from "../../../src/i18n/locale";
import { analysisAvailability } from "../../../taskpane/features/members/availability";
import { DEFAULT_SETTINGS, parseSettings } from "../../../taskpane/features/members/settings";
import { membersJob, type MembersRequest } from "../../../engine/jobs/members";
import { createSimulatedExcel } from "../../../playground/simulator";
import { mountPane } from "../../support/mount-pane";

/*
 * Five members, dates as Excel serials (python3: (date(2024, 1, 1) - date(1899, 12, 30)).days = 45292):
 *   A: 2024-01-01 Mon 100, 2024-01-11 Thu 100 → cycle 10 days, revenue 200
 *   B: 2024-01-01 Mon  50, 2024-01-21 Sun  50 → cycle 20 days, revenue 100
 *   C: 2024-01-05 Fri  20, 2024-02-04 Sun  30 → cycle 30 days, revenue  50
 *   D: 2024-01-03 Wed  30                     → no cycle,      revenue  30
 *   E: 2024-01-04 Thu  20                     → no cycle,      revenue  20
 * Cycles 10, 20, 30: median 20, Q1 15, Q3 25 (R type 7), lapsed after ⌈25 + 1.5 × 10⌉ = 40 days.
 * Pareto: top ⌈0.2 × 5⌉ = 1 member (A) holds 200 / 400 = 50 %.
 * Weekdays: Sun 2, Mon 2, Wed 1, Thu 2, Fri 1 → the first of the tied maxima is Sunday.
 * Cohorts: all five first ordered in 2024-01; in 2024-02 only C ordered → 1 / 5 = 20 % in the second month.
 * BG/NBD needs at least 10 customers: with 5 it must fail on its own.
 */
const fiveMembers: (string | number)[][] = [
  ["Member ID", "Order Date", "Amount"],
  ["A", 45292, 100],
  ["A", 45302, 100],
  ["B", 45292, 50],
  ["B", 45312, 50],
  ["C", 45296, 20],
  ["C", 45326, 30],
  ["D", 45294, 30],
  ["E", 45295, 20],
];

/** Twelve members who each bought once, on different days: no repeat purchase anywhere. */
const everyoneOnce: (string | number)[][] = [
  ["Member ID", "Order Date", "Amount"],
  ...Array.from({ length: 12 }, (_unused, index) => [`M${index + 1}`, 45292 + 3 * index, 10 * (index + 1)]),
];

function formatsFor(values: readonly (readonly unknown[])[]): string[][] {
  return values.map((row, index) => (index === 0 ? row.map(() => "General") : ["@", "yyyy-mm-dd", "#,##0"]));
}

function renderPane(values: (string | number)[][], locale: Locale = "en") {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  excel.addSheet("Orders", { values, numberFormats: formatsFor(values) });
  excel.select(`Orders!A1:C${values.length}`);
  mountPane(excel, locale);
  return excel;
}

async function openMembersWithInput(tab: string, useSelection: string) {
  fireEvent.click(screen.getByRole("tab", { name: tab }));
  fireEvent.click(screen.getByRole("button", { name: useSelection }));
  await waitFor(() => expect(screen.getByTestId("input-shape").textContent).toContain("A1:C"), {
    timeout: 10000,
  });
}

it("Members: unavailable analyses say why, the rest are written, and BG/NBD's error stays with CLV", async () => {
  const excel = renderPane(fiveMembers);
  await openMembersWithInput("Members", "Use current selection");

  const sensitivity = screen.getByRole("checkbox", {
    name: "Promotion and price sensitivity",
  }) as HTMLInputElement;
  expect(sensitivity.disabled).toBe(true);
  expect(sensitivity.checked).toBe(false);
  expect(screen.getByTestId("members-sensitivity-hint").textContent).toBe(
    "Unavailable: needs a coupon or discount column (or a unit price and a category)",
  );
  expect(screen.getByTestId("members-channel-hint").textContent).toBe("Unavailable: needs a channel column");
  expect((screen.getByRole("checkbox", { name: "Purchase cycle" }) as HTMLInputElement).checked).toBe(true);
  expect((screen.getByRole("checkbox", { name: "Customer value (CLV)" }) as HTMLInputElement).checked).toBe(
    true,
  );

  fireEvent.click(screen.getByRole("button", { name: "Run the member analyses" }));
  const summary = await screen.findByTestId("results-summary", {}, { timeout: 20000 });
  expect(summary.textContent).toBe(
    "Median purchase cycle 20 days (lapsed after 40 days); busiest on Sunday; " +
      "1 monthly cohorts, 20% order again in their second month; top 20% of members hold 50% of revenue.",
  );
  expect(excel.workbook.sheetNames).toEqual(["Orders", "Purchase cycle", "Timing", "Cohorts", "Pareto"]);
  expect(screen.getByTestId("members-written-count").textContent).toBe("4 sheets written.");
  const failures = screen.getByTestId("members-failures");
  const items = within(failures).getAllByRole("listitem");
  expect(items.map((item) => item.getAttribute("data-code"))).toEqual(["TOO_FEW_CUSTOMERS"]);
  expect(items[0]?.textContent).toContain(
    "Customer value (CLV): The BG/NBD model needs at least 10 customers (got 5)",
  );
  expect(items[0]?.textContent).toContain("choose the simple CLV model");

  // Each sheet carries its chart; the Pareto summary row holds the hand-derived share.
  expect(excel.workbook.sheet("Purchase cycle").charts).toHaveLength(1);
  expect(excel.workbook.sheet("Pareto").charts.map((chart) => chart.type)).toEqual(["Line"]);
  const paretoRow = excel.workbook
    .sheet("Pareto")
    .values()
    .find((row) => row[0] === 5 && row[1] === 0.2);
  expect(paretoRow?.slice(0, 6)).toEqual([5, 0.2, 1, 200, 400, 0.5]);
  // The retention triangle is a heat map: a colour scale over its month cells.
  expect(excel.workbook.sheet("Cohorts").conditionalFormats.map((format) => format.type)).toEqual([
    "ColorScale",
  ]);
  // A link per written sheet selects it.
  fireEvent.click(screen.getByRole("button", { name: "Go to Cohorts" }));
  await waitFor(() => expect(excel.workbook.activeSheetName).toBe("Cohorts"));
  expect(excel.workbook.sheet("Orders").values()).toEqual(fiveMembers);
}, 40000);

it("Members: everyone bought once — cycle and BG/NBD report their errors, the others are still written", async () => {
  const excel = renderPane(everyoneOnce);
  await openMembersWithInput("Members", "Use current selection");
  fireEvent.click(screen.getByRole("button", { name: "Run the member analyses" }));
  await screen.findByTestId("results-summary", {}, { timeout: 20000 });
  expect(excel.workbook.sheetNames).toEqual(["Orders", "Timing", "Cohorts", "Pareto"]);
  const items = within(screen.getByTestId("members-failures")).getAllByRole("listitem");
  expect(items.map((item) => [item.getAttribute("data-analysis"), item.getAttribute("data-code")])).toEqual([
    ["cycle", "NO_REPEAT_PURCHASES"],
    ["clv", "BGNBD_NO_REPEAT_PURCHASES"],
  ]);
  expect(items[1]?.textContent).toContain(
    "The BG/NBD model needs at least one repeat purchase (every customer bought on one day only)",
  );
  expect(items[1]?.textContent).toContain("Nobody bought twice, so the model cannot be fitted");
}, 40000);

it("會員 (zh-TW): only the simple CLV with a CPA; the summary compares CLV with the CPA", async () => {
  const excel = renderPane(fiveMembers, "zh-TW");
  await openMembersWithInput("會員", "使用目前的選取範圍");
  for (const name of ["購買週期", "下單時段", "同期群", "帕累托（營收集中度）"]) {
    fireEvent.click(screen.getByRole("checkbox", { name }));
  }
  fireEvent.click(screen.getByRole("radio", { name: "簡易：預期存續天數 × 每日價值" }));
  fireEvent.change(screen.getByLabelText("每位會員的獲客成本（CPA，選填）"), { target: { value: "35" } });
  fireEvent.click(screen.getByRole("button", { name: "執行會員分析" }));
  const summary = await screen.findByTestId("results-summary", {}, { timeout: 20000 });
  // Lifetimes 10, 20, 30, 0, 0 → 12 days; value per day 350 / 60; 12 × 350 / 60 = 70; 70 / 35 = 2 → marginal.
  expect(summary.textContent).toMatch(/^12 天的平均 CLV 為 70（為 CPA 的 2 倍：/);
  expect(excel.workbook.sheetNames).toEqual(["Orders", "簡易 CLV"]);
  expect(excel.workbook.sheet("簡易 CLV").charts).toHaveLength(1);
}, 40000);

it("Members settings: a bad top share blocks the run; the CLV statement gives the rate per period", async () => {
  renderPane(fiveMembers);
  await openMembersWithInput("Members", "Use current selection");
  expect(screen.getByTestId("clv-statement").textContent).toBe(
    "CLV over 12 months, discounted at 10% a year (0.797% per month).", // 1.1^(1/12) − 1 = 0.007974
  );
  fireEvent.change(screen.getByLabelText("Time unit"), { target: { value: "weeks" } });
  expect(screen.getByTestId("clv-statement").textContent).toBe(
    "CLV over 12 weeks, discounted at 10% a year (0.183% per week).", // 1.1^(7/365.25) − 1 = 0.001828
  );
  fireEvent.change(screen.getByLabelText(/Pareto: top members/), { target: { value: "0" } });
  expect(screen.getByText("Enter a percentage above 0 and at most 100.")).toBeTruthy();
  expect(
    (screen.getByRole("button", { name: "Run the member analyses" }) as HTMLButtonElement).disabled,
  ).toBe(true);
});

it("Members: Cancel while running stops the run and says that nothing was written", async () => {
  const excel = renderPane(fiveMembers);
  await openMembersWithInput("Members", "Use current selection");
  fireEvent.click(screen.getByRole("button", { name: "Run the member analyses" }));
  fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
  const note = await screen.findByTestId("write-outcome", {}, { timeout: 10000 });
  expect(note.textContent).toBe("The run was cancelled; nothing was written.");
  expect(screen.queryByTestId("members-written-count")).toBeNull();
  expect(excel.workbook.sheetNames).toEqual(["Orders"]);
  expect(screen.queryByRole("alert")).toBeNull();
});

describe("membersJob", () => {
  // a: order o1 (app, coupon 10, tea 100) and o2 (web, tea 50); b: order o3 (app, cups 200).
  const request: MembersRequest = {
    grid: {
      values: [
        ["Member ID", "Order ID", "Order Date", "Amount", "Coupon", "Channel", "Unit Price", "Category"],
        ["a", "o1", 45292, 100, 10, "app", 100, "tea"],
        ["a", "o2", 45300, 50, 0, "web", 50, "tea"],
        ["b", "o3", 45301, 200, 0, "app", 200, "cups"],
      ],
      numberFormats: [
        ["General", "General", "General", "General", "General", "General", "General", "General"],
        ...Array.from({ length: 3 }, () => ["@", "@", "yyyy-mm-dd", "0", "0", "@", "0", "@"]),
      ],
    },
    roleChoices: {},
    locale: "en",
    runRecord: {
      inputAddress: "Orders!A1:H4",
      rowCount: 3,
      parameters: {},
      engineVersion: "t",
      timestampIso: "x",
    },
    analyses: ["channel", "sensitivity", "pareto"],
    topShare: 0.5,
    discountConvention: "paidRatio",
    clv: { model: "simple", horizonPeriods: 12, timeUnit: "months", annualDiscountRate: 0.1 },
  };
  const context = { progress: () => undefined, isCancelled: () => false };

  it("runs the chosen analyses in the tab's order with hand-derived facts", () => {
    const result = membersJob(request, context);
    expect(result.outcomes.map((outcome) => outcome.analysis)).toEqual(["sensitivity", "channel", "pareto"]);
    const facts = result.outcomes.map((outcome) => (outcome.ok ? outcome.facts : outcome.error));
    // Promoted shares a 1/2, b 0/1; Q1 = 0.125, Q3 = 0.375 (R type 7 over [0, 0.5]) → a high: 1 of 2.
    // Price index: tea median 75 → a (100/75 + 50/75) / 2 = 1; cups median 200 → b 1; median 1.
    expect(facts[0]).toEqual({ analysis: "sensitivity", highShare: 0.5, medianPriceIndex: 1 });
    // app: o1 and o3 = 2 of 3 orders.
    expect(facts[1]).toEqual({ analysis: "channel", topChannel: "app", topOrderShare: 2 / 3 });
    // Top ⌈0.5 × 2⌉ = 1 member: b 200 of 350.
    expect(facts[2]).toEqual({ analysis: "pareto", top: 0.5, revenueShare: 200 / 350 });
    const pareto = result.outcomes[2];
    expect(pareto?.ok && pareto.sheet.runRecord.parameters).toEqual({ analysis: "pareto", topShare: 0.5 });
  });

  it("keeps a failing analysis's error in its outcome", () => {
    const result = membersJob({ ...request, analyses: ["pareto", "clv"], topShare: 2 }, context);
    expect(result.outcomes.map((outcome) => (outcome.ok ? "ok" : outcome.error.code))).toEqual([
      "TOP_SHARE_OUT_OF_RANGE",
      "ok",
    ]);
  });

  it("stops with CANCELLED between analyses, and refuses an empty choice", () => {
    expect(() => membersJob(request, { ...context, isCancelled: () => true })).toThrow(
      expect.objectContaining({ code: "CANCELLED" }),
    );
    expect(() => membersJob({ ...request, analyses: [] }, context)).toThrow(
      expect.objectContaining({ code: "NO_ANALYSIS" }),
    );
  });
});

describe("settings and availability", () => {
  it("names the first missing role, and sensitivity's either-or", () => {
    const availability = analysisAvailability(new Set(["memberId", "amount"]));
    expect(availability).toEqual({
      cycle: "orderDate",
      sensitivity: "promotionOrPrice",
      timing: "orderDate",
      channel: "channel",
      cohorts: "orderDate",
      pareto: null,
      clv: "orderDate",
    });
    expect(analysisAvailability(new Set(["memberId", "unitPrice", "category"])).sensitivity).toBeNull();
    expect(analysisAvailability(new Set(["memberId", "discount"])).sensitivity).toBeNull();
  });

  it("offers Pareto on a per-member table (a total amount, no order-line amount)", () => {
    const perMember = analysisAvailability(
      new Set(["memberId", "totalAmount", "orderCount", "lastOrderDate"]),
    );
    expect(perMember.pareto).toBeNull();
    expect(analysisAvailability(new Set(["memberId", "orderCount"])).pareto).toBe("amount");
  });

  it("checks only the fields of the chosen analyses", () => {
    const draft = { ...DEFAULT_SETTINGS, topSharePercent: "150", horizonPeriods: "1.5" };
    expect(parseSettings(draft, new Set(["cycle"])).problems).toEqual({});
    expect(parseSettings(draft, new Set(["pareto", "clv"])).problems).toEqual({
      topShare: "topShareInvalid",
      horizon: "horizonInvalid",
    });
    const simple = parseSettings(
      { ...DEFAULT_SETTINGS, clvModel: "simple", acquisitionCost: "12,5" },
      new Set(["clv"]),
    );
    expect(simple.settings?.clv).toEqual({
      model: "simple",
      horizonPeriods: 12,
      timeUnit: "months",
      annualDiscountRate: 0.1,
      acquisitionCost: 12.5,
    });
  });
});
