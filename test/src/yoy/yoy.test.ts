import type { CoreError } from "../../../src/errors";
import type { KpiValue } from "../../../src/promo/kpi-value";
import { periodFromIsoDates, yearPeriod } from "../../../src/yoy/period";
import { partialPeriodWarnings, periodCoverage } from "../../../src/yoy/period-guard";
import { yoyAgainstValues } from "../../../src/yoy/yoy-against-values";
import { kpiPackFromValues, yoyChange } from "../../../src/yoy/yoy-compare";
import { yoyFromLines } from "../../../src/yoy/yoy-from-lines";
import { yoySummary } from "../../../src/yoy/yoy-summary";
import { ALL_LINES, LINES_2017, PRODUCTS, TRAFFIC } from "../../fixtures/promo/promo-fixture";

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return (error as CoreError).code;
  }
  return undefined;
};
const value = (number: number): KpiValue => ({ kind: "value", value: number });

/*
 * 2017 (lines 1–13, with the product and traffic tables): the pack derived in test/src/promo/kpi-pack.test.ts —
 * GMV 3070, units 21, buyers 6, orders 10, returns 3 units / 530.
 * 2016 (lines 14–19, no product or traffic table):
 *   GMV 160 + 380 + 120 + 320 + 500 + 380 = 1860; units 1 + 1 + 4 + 2 + 1 + 1 = 10; returns line 17: 1 unit / 160;
 *   buyers B1 B8 B2 B9 = 4; orders O20..O25 = 6; products P1 P2 P3 P4 = 4.
 *   Buyers summed over products (the study's count): 2017 P1 4 + P3 3 + P2 2 + P4 2 + P6 1 = 12;
 *   2016 P1 {B1, B9} 2 + P2 {B8} 1 + P3 {B2} 1 + P4 {B1} 1 = 5.
 */
describe("yoyFromLines: 2017 against 2016 from one export", () => {
  const result = yoyFromLines(ALL_LINES, yearPeriod(2017), yearPeriod(2016), {
    current: { products: PRODUCTS, traffic: TRAFFIC },
  });
  const row = (key: string) => result.rows.find((r) => r.key === key);

  it.each([
    ["gmv", 3070, 1860],
    ["units", 21, 10],
    ["buyers", 6, 4],
    ["orders", 10, 6],
    ["netSales", 3070 - 530, 1860 - 160],
    ["productBuyersSum", 12, 5],
    ["aovStudy", 3070 / 12, 1860 / 5],
    ["spendPerDistinctBuyer", 3070 / 6, 1860 / 4],
    ["averageOrderValue", 3070 / 10, 1860 / 6],
    ["spuCount", 6, 4],
    ["returnAmount", 530, 160],
  ])("%s: %d vs %d, with change and %% change", (key, current, previous) => {
    expect(row(key)?.current).toEqual(value(current));
    expect(row(key)?.previous).toEqual(value(previous));
    expect(row(key)?.change).toEqual(value(current - previous));
    expect(row(key)?.changeRatio).toEqual(value((current - previous) / previous));
  });

  it("a KPI the previous period cannot have (no traffic table) is undefined, not 0 % or -100 %", () => {
    expect(row("uv")?.previous).toMatchObject({ kind: "undefined", code: "NOT_AVAILABLE" });
    expect(row("uv")?.changeRatio).toMatchObject({
      kind: "undefined",
      code: "OPERAND_UNDEFINED",
      subject: "previous",
    });
  });

  it("reconciles each pack with the source sums and shows the unkeyed line 12 as a difference", () => {
    expect(result.current.reconciliation).toEqual([
      { key: "gmv", sourceTotal: 3070 + 50, packTotal: 3070, difference: -50, matches: false },
      { key: "units", sourceTotal: 21 + 1, packTotal: 21, difference: -1, matches: false },
      { key: "returnUnits", sourceTotal: 3, packTotal: 3, difference: 0, matches: true },
      { key: "returnAmount", sourceTotal: 530, packTotal: 530, difference: 0, matches: true },
    ]);
    expect(result.previous?.reconciliation.every((line) => line.matches)).toBe(true);
    expect(result.current.quality).toContainEqual({
      kind: "unkeyedRows",
      table: "lines",
      rowCount: 1,
      units: 1,
      amount: 50,
    });
  });

  it("warns that 2017 has data only to 2017-06-30 while 2016 runs to 2016-12-31, and suggests like-for-like periods", () => {
    // 2017-06-30 is 184 days before 2017-12-31 (31+31+30+31+30+31); 2016's last line is on 2016-12-31.
    // Both years start on 01-05 (4 days in). 2016 has 366 days, 2017 365: within the 1-day tolerance.
    expect(result.warnings).toHaveLength(1);
    const warning = result.warnings[0];
    if (warning?.code !== "PARTIAL_PERIOD") throw new Error("expected PARTIAL_PERIOD");
    expect(warning.current).toEqual({
      startOffsetDays: 4,
      endGapDays: 184,
      firstIso: "2017-01-05",
      lastIso: "2017-06-30",
    });
    expect(warning.previous).toEqual({
      startOffsetDays: 4,
      endGapDays: 0,
      firstIso: "2016-01-05",
      lastIso: "2016-12-31",
    });
    expect(warning.likeForLike).toEqual({
      current: periodFromIsoDates("2017-01-05", "2017-06-30"),
      previous: periodFromIsoDates("2016-01-05", "2016-06-30"),
    });
  });

  it("refuses undated lines, an empty period and a reversed period", () => {
    const { dates: _dropped, ...undated } = ALL_LINES;
    expect(codeOf(() => yoyFromLines(undated, yearPeriod(2017), yearPeriod(2016)))).toBe("LINES_NOT_DATED");
    expect(codeOf(() => yoyFromLines(ALL_LINES, yearPeriod(2017), yearPeriod(2015)))).toBe(
      "YOY_PERIOD_EMPTY",
    );
    expect(
      codeOf(() => yoyFromLines(ALL_LINES, { fromSerial: 43100, toSerial: 42736 }, yearPeriod(2016))),
    ).toBe("PERIOD_REVERSED");
  });
});

describe("yoyAgainstValues: this year's pack against last year's pasted figures", () => {
  const previous = kpiPackFromValues({ gmv: 1860, units: 10, returnAmount: 0, uv: null });
  const result = yoyAgainstValues(LINES_2017, yearPeriod(2017), previous, {
    products: PRODUCTS,
    traffic: TRAFFIC,
  });
  const row = (key: string) => result.rows.find((r) => r.key === key);

  it("compares with the pasted values; a zero base has no % change", () => {
    expect(row("gmv")?.changeRatio).toEqual(value((3070 - 1860) / 1860));
    expect(row("returnAmount")?.change).toEqual(value(530 - 0));
    expect(row("returnAmount")?.changeRatio).toMatchObject({
      kind: "undefined",
      code: "DIVISION_BY_ZERO",
      subject: "previous",
    });
    expect(row("uv")?.previous).toMatchObject({ kind: "undefined", code: "NOT_AVAILABLE" });
    expect(result.previous).toBeNull();
  });

  it("checks the current period against its own bounds", () => {
    const warning = result.warnings[0];
    if (warning?.code !== "PARTIAL_PERIOD") throw new Error("expected PARTIAL_PERIOD");
    expect(warning.previous).toBeNull();
    expect(warning.likeForLike).toEqual({
      current: periodFromIsoDates("2017-01-05", "2017-06-30"),
      previous: null,
    });
  });

  it("refuses an unknown KPI key in pasted values", () => {
    expect(codeOf(() => kpiPackFromValues({ revenue: 5 }))).toBe("KPI_KEY_UNKNOWN");
  });
});

describe("yoyChange", () => {
  it.each([
    [120, 100, 20, 0.2],
    [80, 100, -20, -0.2],
    [-50, -100, 50, 0.5], // change over |previous|: a smaller loss is a positive change
  ])("%d vs %d → %d, %d", (current, previous, change, ratio) => {
    const result = yoyChange(value(current), value(previous));
    expect(result.change).toEqual(value(change));
    expect(result.changeRatio).toEqual(value(ratio));
  });

  it("reports the % change from a zero base as division by zero", () => {
    expect(yoyChange(value(5), value(0)).changeRatio).toEqual({
      kind: "undefined",
      code: "DIVISION_BY_ZERO",
      subject: "previous",
      reason: "division by zero: the previous value is 0",
    });
  });
});

describe("partial-period guard on daily data", () => {
  // One row per day: 2016-01-01 (42370) … 2017-12-31 (43100), or 2017 only to 2017-06-30 (42916).
  const days = (from: number, to: number): number[] =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const fullYears = days(42370, 43100);

  it("two fully covered years (366 and 365 days) raise no warning", () => {
    expect(
      partialPeriodWarnings(
        periodCoverage(fullYears, yearPeriod(2017)),
        periodCoverage(fullYears, yearPeriod(2016)),
      ),
    ).toEqual([]);
  });

  it("2017 to June against all of 2016 warns and suggests 2016-01-01 – 2016-06-30", () => {
    const dates = days(42370, 42916);
    const [warning] = partialPeriodWarnings(
      periodCoverage(dates, yearPeriod(2017)),
      periodCoverage(dates, yearPeriod(2016)),
    );
    if (warning?.code !== "PARTIAL_PERIOD") throw new Error("expected PARTIAL_PERIOD");
    expect(warning.likeForLike.previous).toEqual(periodFromIsoDates("2016-01-01", "2016-06-30"));
    expect(warning.message).toContain("2016-01-01 – 2016-06-30");
  });

  it("periods of different lengths warn PERIOD_LENGTH_MISMATCH", () => {
    const warnings = partialPeriodWarnings(
      periodCoverage(fullYears, yearPeriod(2017)),
      periodCoverage(fullYears, periodFromIsoDates("2016-01-01", "2016-06-30")),
    );
    expect(warnings[0]).toMatchObject({
      code: "PERIOD_LENGTH_MISMATCH",
      currentDays: 365,
      previousDays: 182,
    });
  });

  it("an empty period warns PERIOD_EMPTY", () => {
    expect(partialPeriodWarnings(periodCoverage(fullYears, yearPeriod(2018)), null)).toMatchObject([
      { code: "PERIOD_EMPTY", which: "current" },
    ]);
  });
});

describe("yoySummary: the `yoy` command's shape", () => {
  const sales = {
    dates: ALL_LINES.dates,
    amounts: ALL_LINES.amounts,
    orderKeys: ALL_LINES.orderKeys,
    memberKeys: ALL_LINES.buyerKeys,
    units: ALL_LINES.units,
  };

  it("gives gmv, orders, customers, units and aov = GMV / customers per year, and the % changes", () => {
    const summary = yoySummary(sales, yearPeriod(2017), yearPeriod(2016));
    // 2017: every one of lines 1–13 counts here (line 12 too): GMV 3120, orders O1..O11, members B1..B7, units 22.
    expect(summary.current).toEqual({
      fromIso: "2017-01-01",
      toIso: "2017-12-31",
      rows: 13,
      gmv: 3120,
      orders: 11,
      ordersBasis: "distinctOrderKeys",
      customers: 7,
      units: 22,
      aov: 3120 / 7,
    });
    expect(summary.previous).toEqual({
      fromIso: "2016-01-01",
      toIso: "2016-12-31",
      rows: 6,
      gmv: 1860,
      orders: 6,
      ordersBasis: "distinctOrderKeys",
      customers: 4,
      units: 10,
      aov: 1860 / 4,
    });
    expect(summary.yoy).toEqual({
      gmv: (3120 - 1860) / 1860,
      orders: (11 - 6) / 6,
      customers: (7 - 4) / 4,
      units: (22 - 10) / 10,
      aov: (3120 / 7 - 1860 / 4) / (1860 / 4),
    });
    expect(summary.warnings.map((warning) => warning.code)).toEqual(["PARTIAL_PERIOD"]);
  });

  it("without order or member columns, counts rows as orders and leaves customers and aov null with a note", () => {
    const summary = yoySummary(
      { dates: sales.dates, amounts: sales.amounts },
      yearPeriod(2017),
      yearPeriod(2016),
    );
    expect(summary.current).toMatchObject({
      orders: 13,
      ordersBasis: "rows",
      customers: null,
      aov: null,
      units: null,
    });
    expect(summary.yoy.customers).toBeNull();
    expect(summary.notes).toContain("current.customers and current.aov: no member column");
  });

  it("refuses an empty period and misaligned columns", () => {
    expect(codeOf(() => yoySummary(sales, yearPeriod(2018), yearPeriod(2017)))).toBe("YOY_PERIOD_EMPTY");
    expect(
      codeOf(() => yoySummary({ dates: [42736], amounts: [] }, yearPeriod(2017), yearPeriod(2016))),
    ).toBe("COLUMN_LENGTH_MISMATCH");
  });
});
