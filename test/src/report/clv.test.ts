import { clvTable } from "../../../src/clv/clv-table";
import { simpleClvFromOrders } from "../../../src/clv/simple-clv-orders";
import type { BgnbdFit, GammaGammaFit } from "../../../src/clv/types";
import { LOCALES } from "../../../src/i18n/locale";
import { buildClvResultSheet, buildSimpleClvResultSheet } from "../../../src/report/clv";
import type { ReportTable, RunRecord } from "../../../src/report/types";
import { cdnowCustomers } from "../clv/cdnow-fixture";

const runRecord: RunRecord = {
  inputAddress: "Summary!A1:E2358",
  rowCount: 2357,
  parameters: { horizon: 12, unit: "months" },
  engineVersion: "test",
  timestampIso: "2024-01-01T00:00:00Z",
};
const customers = cdnowCustomers();
// Fits as the core returns them, with the published CDNOW estimates (shared/data/README.md); the fitting
// itself is tested in test/src/clv.
const diagnostics = { converged: true, iterations: 300, evaluations: 550, gradientNorm: 1e-4, warnings: [] };
const bgnbd: BgnbdFit = {
  params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  logLikelihood: -9582.4,
  timeUnit: "weeks",
  customerCount: 2357,
  ...diagnostics,
};
const gammaGamma: GammaGammaFit = {
  params: { p: 6.25, q: 3.74, gamma: 15.44 },
  logLikelihood: -4055.9,
  repeatCustomerCount: 946,
  frequencySpendCorrelation: 0.1139,
  ...diagnostics,
};
const values = clvTable(
  { customers, bgnbd, gammaGamma },
  { horizonPeriods: 12, periodUnit: "months", discountRatePerPeriod: 0.01 },
);
const tableById = (tables: readonly ReportTable[], id: string): ReportTable => {
  const table = tables.find((candidate) => candidate.id === id);
  if (table === undefined) throw new Error(`no table ${id}`);
  return table;
};

describe("buildClvResultSheet", () => {
  const sheet = buildClvResultSheet({ bgnbd, gammaGamma, values, runRecord }, "en");

  it("holds the parameters, members and distribution tables, and a column chart drawn from the histogram", () => {
    expect(sheet.baseName).toBe("Customer value");
    expect(sheet.tables.map((table) => table.id)).toEqual([
      "clv.parameters",
      "clv.members",
      "clv.distribution",
    ]);
    const chart = sheet.charts[0]!;
    expect(chart.kind).toBe("columnClustered");
    const distribution = tableById(sheet.tables, chart.tableId);
    const keys = distribution.columns.map((column) => column.key);
    expect(keys).toContain(chart.xColumn);
    chart.yColumns.forEach((key) => expect(keys).toContain(key));
    const membersIndex = keys.indexOf("members");
    expect(distribution.rows.reduce((sum, row) => sum + (row[membersIndex] as number), 0)).toBe(2357);
    expect(sheet.runRecord).toBe(runRecord);
  });

  it("writes the fitted values with the log-likelihood and convergence", () => {
    const parameters = tableById(sheet.tables, "clv.parameters");
    const rows = parameters.rows.map((row) => [row[1], row[2]]);
    expect(rows).toContainEqual(["r (purchase-rate shape)", 0.243]);
    expect(rows).toContainEqual(["α (purchase-rate scale, weeks)", 4.414]);
    expect(rows).toContainEqual(["γ (spend-scale scale)", 15.44]);
    expect(rows).toContainEqual(["Log-likelihood", -9582.4]);
    expect(rows).toContainEqual(["Log-likelihood", -4055.9]);
    expect(rows).toContainEqual(["Converged", "Yes"]);
    expect(parameters.notes?.some((note) => note.includes("corr(x, zbar) = 0.1139"))).toBe(true);
  });

  it("states the time units in the member headers and notes", () => {
    const members = tableById(sheet.tables, "clv.members");
    expect(members.rows).toHaveLength(2357);
    const headers = members.columns.map((column) => column.header);
    expect(headers).toContain("First to last purchase t_x (weeks)");
    expect(headers).toContain("CLV, next 12 months");
    expect(members.notes?.[0]).toBe(
      "Model time unit: weeks. Horizon: 12 months (one month = 4.3482 weeks); discount rate 1.00% per month, compounded; margin 100.00%.",
    );
  });

  it("is localised: every locale has its own sheet name and headers, with no placeholder left", () => {
    const sheets = LOCALES.map((locale) =>
      buildClvResultSheet({ bgnbd, gammaGamma, values, runRecord }, locale),
    );
    expect(new Set(sheets.map((localised) => localised.baseName)).size).toBe(3);
    for (const localised of sheets) {
      const texts = localised.tables.flatMap((table) => [
        table.title,
        ...table.columns.map((c) => c.header),
        ...(table.notes ?? []),
      ]);
      texts.forEach((text) => expect(text).not.toMatch(/\{\w+\}/));
    }
    expect(tableById(sheets[1]!.tables, "clv.members").columns[2]?.header).toBe("首購至末購 t_x（週）");
    expect(tableById(sheets[2]!.tables, "clv.members").columns[3]?.header).toBe("首购至数据截止 T（周）");
  });

  it("turns fit warnings into localised notes, never dropping them", () => {
    const stalled: BgnbdFit = {
      ...bgnbd,
      converged: false,
      warnings: [{ code: "NOT_CONVERGED", message: "x" }],
    };
    const parameters = tableById(
      buildClvResultSheet({ bgnbd: stalled, gammaGamma, values, runRecord }, "zh-TW").tables,
      "clv.parameters",
    );
    expect(parameters.notes?.[0]).toBe("BG/NBD：最佳化未收斂；參數為目前找到的最佳值，請謹慎使用。");
    expect(parameters.rows).toContainEqual(["BG/NBD", "已收斂", "否"]);
  });
});

describe("buildSimpleClvResultSheet", () => {
  const result = simpleClvFromOrders({
    memberIds: ["A", "A", "B", "B", "C"],
    orderDateSerials: [45000, 45020, 45001, 45006, 45010],
    amounts: [30, 50, 15, 25, 60],
  });

  it("writes one row per member and the definition, average and CPA verdict as notes", () => {
    const sheet = buildSimpleClvResultSheet({ result, runRecord, acquisitionCost: 40 }, "en");
    const table = sheet.tables[0]!;
    expect(table.rows).toHaveLength(3);
    expect(table.columns.find((column) => column.key === "start")?.numberFormat).toBe("yyyy-mm-dd");
    // Mean lifetime (20 + 5 + 0)/3 = 8.3 days; value per day 120/25 = 4.80; average CLV 40.00 → ratio 1.00.
    expect(table.notes).toEqual([
      expect.stringContaining("(8.3 days, the mean over members)"),
      "Average member: 8.3 days × 4.80 per day = 40.00.",
      "Members with a 0-day lifetime: 1. They are valued at the population's value per day (4.80).",
      "Acquisition cost (CPA) 40.00: CLV / CPA = 1.00, marginal (recovers the CPA with little left).",
    ]);
    expect(table.rows[2]?.[6]).toBe("population (0-day lifetime)");
  });

  it("adds the CLV distribution (10 bins) and its chart, as the customer-value sheet has", () => {
    const sheet = buildSimpleClvResultSheet({ result, runRecord }, "en");
    expect(sheet.tables.map((table) => table.id)).toEqual(["clv.simple", "clv.distribution"]);
    const distribution = sheet.tables[1]!;
    expect(distribution.title).toBe("CLV distribution");
    // By hand: lifetime 25/3 days; A 20 days, 80 spent → 4/day; B 5 days, 40 → 8/day; C 0 days → the
    // population's 120/25 = 4.8/day. CLV A 100/3 = 33.33, B 200/3 = 66.67, C 40: range 33.33–66.67 in 10 bins.
    expect(distribution.rows).toHaveLength(10);
    expect(distribution.rows[0]?.[0]).toBe("33.33–36.67");
    expect(distribution.rows[0]?.[3]).toBe(1); // A
    expect(distribution.rows[9]?.[3]).toBe(1); // B, the maximum, in the last bin
    expect(distribution.rows.reduce((sum, row) => sum + (row[3] as number), 0)).toBe(3);
    expect(sheet.charts).toEqual([
      expect.objectContaining({
        kind: "columnClustered",
        tableId: "clv.distribution",
        yColumns: ["members"],
      }),
    ]);
  });

  it("says healthy with the threshold in zh-CN", () => {
    const sheet = buildSimpleClvResultSheet({ result, runRecord, acquisitionCost: 10 }, "zh-CN");
    expect(sheet.tables[0]?.notes?.at(-1)).toBe(
      "获客成本（CPA）10.00：CLV / CPA = 4.00，健康（至少为 CPA 的 3 倍）。",
    );
  });
});
