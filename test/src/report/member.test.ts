import { LOCALES, type Locale } from "../../../src/i18n/locale";
import { memberMessages } from "../../../src/i18n/messages/member";
import { channelMix } from "../../../src/member/channel-mix";
import { cohortRetention } from "../../../src/member/cohort-retention";
import { purchaseCycleByCategory } from "../../../src/member/cycle-by-category";
import { purchaseCycleSummary } from "../../../src/member/cycle-summary";
import { memberDayParts } from "../../../src/member/day-part";
import { memberActivityByMonth } from "../../../src/member/member-activity";
import { memberOverviewByMonth } from "../../../src/member/member-overview";
import { paretoShare } from "../../../src/member/pareto";
import { priceSensitivity } from "../../../src/member/price-sensitivity";
import { promotionSensitivity } from "../../../src/member/promotion-sensitivity";
import { orderTimingHeat } from "../../../src/member/timing-heat";
import {
  channelSheet,
  cohortSheet,
  cycleSheet,
  paretoSheet,
  sensitivitySheet,
  timingSheet,
} from "../../../src/report/member";
import type { ReportTable, ResultSheet, RunRecord } from "../../../src/report/types";
import { serialOf } from "../member/serial-of";

const run: RunRecord = {
  inputAddress: "Orders!A1:F9",
  rowCount: 8,
  parameters: {},
  engineVersion: "test",
  timestampIso: "2021-05-01T00:00:00Z",
};

/*
 * One small export: a 3 orders (Jan 4 09:00, Jan 11 20:00, Feb 1 21:00), b 2 (Jan 6 14:00, Jan 9 15:00),
 * c 1 (Feb 3 10:00). Cycles by hand: a Jan 11 → Feb 1 = 21 days, b 3 days, c none.
 */
const members = ["a", "a", "a", "b", "b", "c"];
const dates = [
  "2021-01-04T09:00:00",
  "2021-01-11T20:00:00",
  "2021-02-01T21:00:00",
  "2021-01-06T14:00:00",
  "2021-01-09T15:00:00",
  "2021-02-03T10:00:00",
].map(serialOf);
const orders = { memberIds: members, orderDates: dates };
const categories = ["tea", "tea", "tea", "cups", "cups", "tea"];
const amounts = [100, 50, 30, 20, 20, 80];

function buildAll(locale: Locale): ResultSheet[] {
  return [
    cycleSheet(purchaseCycleSummary(orders), locale, run, purchaseCycleByCategory({ ...orders, categories })),
    sensitivitySheet(
      {
        promotion: promotionSensitivity({ memberIds: members, couponAmounts: [0, 5, 0, 0, 0, 10] }),
        price: priceSensitivity({ memberIds: members, categories, unitPrices: amounts }),
      },
      locale,
      run,
    ),
    timingSheet(orderTimingHeat(orders), locale, run, memberDayParts(orders)),
    channelSheet(
      channelMix({ memberIds: members, channels: ["app", "app", null, "web", "app", "web"], amounts }),
      locale,
      run,
    ),
    cohortSheet(
      {
        retention: cohortRetention(orders),
        activity: memberActivityByMonth(orders).months,
        overview: memberOverviewByMonth(orders, {
          memberIds: ["a", "b"],
          registrationDates: [serialOf("2020-12-01"), serialOf("2021-01-02")],
        }).months,
      },
      locale,
      run,
    ),
    paretoSheet(paretoShare({ memberIds: members, amounts }), locale, run),
  ];
}

function table(sheet: ResultSheet, id: string): ReportTable {
  const found = sheet.tables.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no table ${id}`);
  return found;
}

describe.each(LOCALES)("member sheets in %s", (locale) => {
  const sheets = buildAll(locale);

  it("have valid, distinct Excel sheet names", () => {
    const names = sheets.map((sheet) => sheet.baseName);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it("write rectangular tables with unique column keys and charts that point at real columns", () => {
    for (const sheet of sheets) {
      expect(sheet.runRecord).toBe(run);
      for (const reportTable of sheet.tables) {
        const keys = reportTable.columns.map((column) => column.key);
        expect(new Set(keys).size).toBe(keys.length);
        expect(reportTable.title.length).toBeGreaterThan(0);
        for (const row of reportTable.rows) expect(row).toHaveLength(keys.length);
      }
      for (const chart of sheet.charts) {
        const source = table(sheet, chart.tableId);
        const keys = source.columns.map((column) => column.key);
        expect(keys).toContain(chart.xColumn);
        for (const y of chart.yColumns) expect(keys).toContain(y);
      }
    }
  });
});

describe("cycle sheet", () => {
  it("holds the hand-computed statistics and a column chart of the histogram", () => {
    // Cycles 3 and 21: mean 12, Q1 = 3 + 0.25 × 18 = 7.5, median 12, Q3 = 16.5; fence 16.5 + 13.5 = 30.
    const sheet = buildAll("en")[0] as ResultSheet;
    const summary = table(sheet, "member.cycle.summary");
    expect(summary.rows.map((row) => row[1])).toEqual([3, 2, 1, 12, 3, 7.5, 12, 16.5, 21, 30]);
    expect(summary.notes).toContain(
      "1 members bought on one day only: they have no cycle and are not in the statistics.",
    );
    expect(sheet.charts).toEqual([
      expect.objectContaining({ kind: "columnClustered", tableId: "member.cycle.histogram" }),
    ]);
    expect(table(sheet, "member.cycle.members").rows[0]).toEqual(["a", 3, serialOf("2021-02-01"), 21]);
    expect(table(sheet, "member.cycle.category").rows.map((row) => row[0])).toEqual(["tea", "cups"]);
  });

  it("labels histogram bars in the user's language", () => {
    const bins = (locale: Locale): unknown[] =>
      table(buildAll(locale)[0] as ResultSheet, "member.cycle.histogram").rows.map((row) => row[0]);
    // Cycles 3 and 21: P95 = 3 + 0.95 × 18 = 20.1 → 21; width 1 from 3 gives 21 − 3 + 1 = 19 bars (≤ 20),
    // each one day wide, so labelled by the day alone.
    expect(bins("en")).toHaveLength(19);
    expect([bins("en")[0], bins("en")[18]]).toEqual(["3", "21"]);
    const weekly = cycleSheet(purchaseCycleSummary(orders, { binWidthDays: 7 }), "zh-TW", run);
    // Weekly bars from 0: 0–6 (3 days), 7–13, 14–20, 21–27 (21 days).
    expect(table(weekly, "member.cycle.histogram").rows.map((row) => [row[0], row[3]])).toEqual([
      ["0–6", 1],
      ["7–13", 0],
      ["14–20", 0],
      ["21–27", 1],
    ]);
    expect(table(buildAll("zh-TW")[0] as ResultSheet, "member.cycle.summary").title).toBe("購買週期摘要");
  });

  it("formats the summary's values by kind: counts whole, day statistics to one decimal (issue 12, item 6)", () => {
    const summary = table(buildAll("en")[0] as ResultSheet, "member.cycle.summary");
    const value = summary.columns[1];
    // Rows: members, with a cycle, single-day; mean, min, Q1, median, Q3, max (days); the lapsed threshold.
    expect(summary.rows).toHaveLength(10);
    expect(value?.rowNumberFormats).toEqual([
      "#,##0",
      "#,##0",
      "#,##0",
      "#,##0.0",
      "#,##0.0",
      "#,##0.0",
      "#,##0.0",
      "#,##0.0",
      "#,##0.0",
      "#,##0",
    ]);
  });
});

describe("timing sheet", () => {
  it("writes the 7 × 24 heat table under the id the port colours", () => {
    const heat = table(buildAll("zh-TW")[2] as ResultSheet, "member.timing.heat");
    expect(heat.columns).toHaveLength(26);
    expect(heat.rows.map((row) => row[0])).toEqual([
      "星期日",
      "星期一",
      "星期二",
      "星期三",
      "星期四",
      "星期五",
      "星期六",
    ]);
    // 2021-01-04, 01-11 and 02-01 were Mondays: a's 09:00 order sits in row Monday, column hour 9 (index 1 + 9).
    expect(heat.rows[1]?.[10]).toBe(1);
    expect(heat.rows[1]?.[25]).toBe(3); // Monday total: Jan 4, Jan 11, Feb 1
  });

  it("says so instead of writing hour 0 when the dates have no time", () => {
    const sheet = timingSheet(
      orderTimingHeat({ memberIds: ["a"], orderDates: [serialOf("2021-01-05")] }),
      "en",
      run,
    );
    expect(sheet.tables.map((t) => t.id)).toEqual(["member.timing.weekday"]);
    expect(sheet.tables[0]?.notes?.[0]).toBe(
      "The order dates carry no time of day, so orders are shown by weekday only.",
    );
  });
});

describe("cohort sheet", () => {
  it("writes months as first-of-month serials and leaves cells after the data empty", () => {
    // a: Jan, Feb; b: Jan; c: Feb → Jan cohort [2, 1], Feb cohort [1, –].
    const counts = table(buildAll("en")[4] as ResultSheet, "member.cohort.counts");
    expect(counts.columns[0]?.numberFormat).toBe("yyyy-mm");
    expect(counts.rows).toEqual([
      [serialOf("2021-01-01"), 2, 2, 1],
      [serialOf("2021-02-01"), 1, 1, null],
    ]);
    expect(counts.columns.map((c) => c.header).slice(2)).toEqual(["Month 0", "Month 1"]);
  });
});

describe("Pareto, sensitivity and channel sheets", () => {
  it("Pareto: one summary row and a Lorenz line beside the diagonal", () => {
    // Revenues a 180, b 40, c 80 (total 300); top ⌈0.2 × 3⌉ = 1 member: 180 / 300 = 0.6.
    const sheet = buildAll("en")[5] as ResultSheet;
    expect(table(sheet, "member.pareto.summary").rows[0]?.slice(0, 6)).toEqual([3, 0.2, 1, 180, 300, 0.6]);
    expect(sheet.charts[0]).toEqual(
      expect.objectContaining({ kind: "line", yColumns: ["revenueShare", "equality"] }),
    );
  });

  it("sensitivity: cut-offs written into the rules; an empty request is an error", () => {
    // Shares a 1/3, b 0, c 1 → sorted 0, 1/3, 1: Q1 = 1/6 (16.7 %), Q3 = 2/3 (66.7 %).
    const tags = table(buildAll("en")[1] as ResultSheet, "member.sensitivity.tags");
    expect(tags.rows.map((row) => [row[0], row[1], row[2]])).toEqual([
      ["low", "share ≤ 16.7%", 1],
      ["mid", "16.7% < share < 66.7%", 1],
      ["high", "share ≥ 66.7%", 1],
    ]);
    expect(() => sensitivitySheet({}, "en", run)).toThrow(expect.objectContaining({ code: "REPORT_EMPTY" }));
  });

  it("channel: the empty channel gets a localised label", () => {
    const mix = table(buildAll("zh-CN")[3] as ResultSheet, "member.channel.mix");
    expect(mix.rows.map((row) => row[0])).toEqual(["app", "web", "（空白）"]);
  });
});

describe("member message catalogue", () => {
  it("has every key in every language, non-empty, with the same placeholders", () => {
    const placeholders = (text: string): string[] =>
      [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
    for (const [key, english] of Object.entries(memberMessages.en)) {
      for (const locale of LOCALES) {
        const text = (memberMessages[locale] as Record<string, string>)[key];
        expect(typeof text === "string" && text.length > 0).toBe(true);
        expect(placeholders(text as string)).toEqual(placeholders(english));
      }
    }
  });
});
