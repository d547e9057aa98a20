/** @jest-environment jsdom */
// Copy as SQL on the Promotion tab (issue 15, item 3): year over year and price bands with the tab's own settings
// (its two years, its price-band edges, its role mapping). The statement the pane shows is compared with the
// core's generator called here with those settings written out, and the DuckDB statement is run on a real DuckDB
// over the tab's sample tables: its figures must be the ones the tab wrote in "Promotion YoY" and
// "Promotion bands".
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createSimulatedExcel } from "../../../../playground/simulator";
import type { Locale } from "../../../../src/i18n/locale";
import { bandsSql } from "../../../../src/sql/bands-sql";
import type { SqlDialect } from "../../../../src/sql/dialect";
import { yoySql } from "../../../../src/sql/yoy-sql";
import { tableFromGrid } from "../../../../src/table/table-from-grid";
import { yearPeriod } from "../../../../src/yoy/period";
import { promotionLines, promotionProducts } from "../../../../taskpane/samples/promotion-samples";
import { mountPane } from "../../../support/mount-pane";
import { openDuckDb } from "../../../support/sql/duckdb-engine";

jest.setTimeout(60_000);

/** The sample's lines as the pane recognises them (its header, promotion-samples.ts). */
const LINE_COLUMNS = {
  orderId: "订单编号",
  memberId: "会员编号",
  orderDate: "订单日期",
  quantity: "数量",
  amount: "金额",
} as const;

async function promotionWithSample(locale: Locale = "en") {
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  mountPane(excel, locale);
  fireEvent.click(screen.getByRole("tab", { name: locale === "en" ? "Promotion" : "促銷" }));
  fireEvent.click(
    screen.getByRole("button", {
      name: locale === "en" ? "Use the sample for this tab" : "使用此分頁的範例",
    }),
  );
  await waitFor(() => expect(screen.getByTestId("promotion-traffic-shape").textContent).toMatch(/32/));
  return excel;
}

function openCopyAsSql(analysis: "yoy" | "bands", dialect: SqlDialect) {
  if (screen.queryByLabelText("Analysis") === null)
    fireEvent.click(screen.getByRole("button", { name: "Copy as SQL…" }));
  fireEvent.change(screen.getByLabelText("Analysis"), { target: { value: analysis } });
  fireEvent.change(screen.getByLabelText("Database"), { target: { value: dialect } });
}

const statement = () => (screen.getByLabelText("SQL statement") as HTMLTextAreaElement).value;
/** What stops the statement, in the Copy as SQL box (the settings' own field messages are alerts too). */
const problem = () => {
  const box = screen
    .getAllByRole("region")
    .find((region) => /SQL/.test(region.getAttribute("aria-label") ?? ""));
  return within(box as HTMLElement).getByRole("alert").textContent;
};

/** A row of a written sheet by its first cell (the first such row: the price bands come before the discount bands). */
function sheetRow(values: readonly (readonly unknown[])[], label: string): readonly unknown[] {
  const row = values.find((candidate) => candidate[0] === label);
  if (row === undefined) throw new Error(`no row "${label}"`);
  return row;
}

describe("Copy as SQL on the Promotion tab", () => {
  it("year over year: the years of the run, the same figures as the YoY sheet on DuckDB", async () => {
    const excel = await promotionWithSample();
    openCopyAsSql("yoy", "duckdb");
    // "Latest year vs the one before" (the default) is resolved by the run: before it, the pane says so.
    expect(problem()).toBe(
      "The latest year in the data is known after a run: analyse the promotion first, or choose the years in the settings above.",
    );
    fireEvent.click(screen.getByRole("button", { name: "Analyse the promotion" }));
    await screen.findByTestId("results-summary", {}, { timeout: 20_000 });
    // The sample's lines are dated 2022 and 2023 (promotion-samples.ts): the run compared 2023 with 2022.
    const source = { table: "orders", columns: LINE_COLUMNS };
    const periods = { current: yearPeriod(2023), previous: yearPeriod(2022) };
    expect(statement()).toBe(yoySql("duckdb", source, periods).sql);
    const duckDbSql = statement();
    fireEvent.change(screen.getByLabelText("Database"), { target: { value: "postgres" } });
    expect(statement()).toBe(yoySql("postgres", source, periods).sql);

    const engine = await openDuckDb();
    try {
      const lines = promotionLines();
      await engine.load(
        "orders",
        tableFromGrid({ values: lines.values, numberFormats: lines.numberFormats }),
      );
      const rows = await engine.query(duckDbSql);
      const yoy = excel.workbook.sheet("Promotion YoY").values();
      // The sheet's KPI for each metric of the statement: current and previous columns (B, C).
      const kpiOf = { gmv: "GMV", orders: "Orders", customers: "Distinct buyers", units: "Units" } as const;
      for (const [metric, kpi] of Object.entries(kpiOf)) {
        const row = rows.find((candidate) => candidate.metric === metric);
        const written = sheetRow(yoy, kpi);
        expect([metric, row?.current_value, row?.previous_value]).toEqual([metric, written[1], written[2]]);
      }
      // aov = GMV / customers: the sheet's spend per distinct buyer, to the last bits of a double.
      const aov = rows.find((candidate) => candidate.metric === "aov");
      const spend = sheetRow(yoy, "Spend per distinct buyer");
      expect(aov?.current_value).toBeCloseTo(spend[1] as number, 9);
      expect(aov?.previous_value).toBeCloseTo(spend[2] as number, 9);
    } finally {
      await engine.close();
    }
  });

  it("year over year: the years chosen in the settings, and a plain message while they are not set", async () => {
    await promotionWithSample();
    fireEvent.change(screen.getByLabelText("Year over year"), { target: { value: "years" } });
    fireEvent.change(screen.getByLabelText("Current year"), { target: { value: "2023" } });
    fireEvent.change(screen.getByLabelText("Previous year"), { target: { value: "2021" } });
    openCopyAsSql("yoy", "postgres");
    const source = { table: "orders", columns: LINE_COLUMNS };
    expect(statement()).toBe(
      yoySql("postgres", source, { current: yearPeriod(2023), previous: yearPeriod(2021) }).sql,
    );
    // The table name typed flows through, as for the other analyses.
    fireEvent.change(screen.getByLabelText("Table name in your database"), { target: { value: "sales" } });
    expect(statement()).toBe(
      yoySql(
        "postgres",
        { ...source, table: "sales" },
        { current: yearPeriod(2023), previous: yearPeriod(2021) },
      ).sql,
    );
    fireEvent.change(screen.getByLabelText("Previous year"), { target: { value: "20x1" } });
    expect(problem()).toBe("Enter the current and the previous year in the settings above first.");
    fireEvent.change(screen.getByLabelText("Year over year"), { target: { value: "none" } });
    expect(problem()).toBe("Year over year is off: choose the years to compare in the settings above first.");
  });

  it("price bands: the tab's edges on the product table's sale prices, the bands sheet's product counts", async () => {
    const excel = await promotionWithSample();
    fireEvent.click(screen.getByRole("button", { name: "Analyse the promotion" }));
    await screen.findByTestId("results-summary", {}, { timeout: 20_000 });
    openCopyAsSql("bands", "duckdb");
    // Only the product table is read: its name is the one asked for.
    expect(screen.queryByLabelText("Table name in your database")).toBeNull();
    const source = { table: "products", columns: {} };
    const settings = {
      by: "销售价",
      edges: [0, 200, 400, 100000],
      sum: ["库存量"],
      closed: "right",
    } as const;
    expect(statement()).toBe(bandsSql("duckdb", source, settings).sql);
    const duckDbSql = statement();
    fireEvent.change(screen.getByLabelText("Database"), { target: { value: "postgres" } });
    expect(statement()).toBe(bandsSql("postgres", source, settings).sql);

    const engine = await openDuckDb();
    try {
      const products = promotionProducts();
      await engine.load(
        "products",
        tableFromGrid({ values: products.values, numberFormats: products.numberFormats }),
      );
      const rows = await engine.query(duckDbSql);
      const bands = excel.workbook.sheet("Promotion bands").values();
      // Products per band as the sheet counts them (column B). The sheet's "(blank)" row also counts P099,
      // sold but not in the product table (promotion-samples.ts), which a statement over that table cannot see.
      for (const [band, label] of [
        ["[0, 200]", "[0, 200]"],
        ["(200, 400]", "(200, 400]"],
        ["(400, 100000]", "(400, 100000]"],
        ["below", "below 0"],
        ["above", "above 100000"],
      ] as const) {
        const row = rows.find((candidate) => candidate.band === band);
        expect([band, row?.row_count]).toEqual([band, sheetRow(bands, label)[1]]);
      }
      expect(rows.find((candidate) => candidate.band === "missing")?.row_count).toBe(0);
      // Stock per band, summed here from the sample's product rows (销售价 in column E, 库存量 in F).
      const stockIn = (low: number, high: number) =>
        products.values
          .slice(1)
          .filter((row) => (low === 0 ? (row[4] as number) >= 0 : (row[4] as number) > low))
          .filter((row) => (row[4] as number) <= high)
          .reduce((sum, row) => sum + (row[5] as number), 0);
      expect(rows.slice(0, 3).map((row) => row["库存量"])).toEqual([
        stockIn(0, 200),
        stockIn(200, 400),
        stockIn(400, 100000),
      ]);
    } finally {
      await engine.close();
    }
  });

  it("price bands: the edges typed flow through; without a product table the pane says what to add", async () => {
    await promotionWithSample();
    fireEvent.change(screen.getByLabelText("Price-band edges"), { target: { value: "0，150、300 1000" } });
    openCopyAsSql("bands", "postgres");
    expect(statement()).toBe(
      bandsSql(
        "postgres",
        { table: "products", columns: {} },
        { by: "销售价", edges: [0, 150, 300, 1000], sum: ["库存量"], closed: "right" },
      ).sql,
    );
    fireEvent.change(screen.getByLabelText("Product table name"), { target: { value: "商品 信息" } });
    expect(statement()).toContain('FROM "商品 信息"');
    fireEvent.change(screen.getByLabelText("Price-band edges"), { target: { value: "0" } });
    expect(problem()).toBe("Enter the price-band edges in the settings above first.");
    // Edges out of order are the core's to refuse, worded in the user's language.
    fireEvent.change(screen.getByLabelText("Price-band edges"), { target: { value: "300, 100" } });
    expect(problem()).toBe("Band edges must ascend (edge 2, 100, is below 300)");
    fireEvent.change(screen.getByLabelText("Price-band edges"), { target: { value: "0, 100" } });
    fireEvent.click(screen.getByRole("button", { name: "Remove the product table" }));
    expect(problem()).toBe(
      "Price bands cut the product table's sale prices: add the product table above first.",
    );
  });

  it("in Traditional Chinese: the analyses' names and what to set first", async () => {
    await promotionWithSample("zh-TW");
    fireEvent.click(screen.getByRole("button", { name: "複製為 SQL…" }));
    const options = [...(screen.getByLabelText("分析") as HTMLSelectElement).options].map(
      (option) => option.text,
    );
    expect(options).toEqual(["促銷 KPI", "促銷商品", "年增比較（上方設定的年度）", "價格帶（商品表的售價）"]);
    fireEvent.change(screen.getByLabelText("分析"), { target: { value: "yoy" } });
    expect(problem()).toBe("資料中最新的年度要在執行後才知道：請先分析促銷，或在上方設定中自行選擇年度。");
    fireEvent.change(screen.getByLabelText("分析"), { target: { value: "bands" } });
    fireEvent.change(screen.getByLabelText("價格帶分界"), { target: { value: "300, 100" } });
    expect(problem()).toBe("區間分界必須由小到大：第 2 個分界（100）小於 300。");
  });
});
