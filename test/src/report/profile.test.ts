/**
 * The Profile sheet and =MEMBER.PROFILE's spill on test/fixtures/profile/orders-en.csv (hand calculation in
 * test/src/member/profile.test.ts): what is written, in which language, with which charts.
 */
import { profileAnalysis } from "../../../src/analysis/profile";
import type { Locale } from "../../../src/i18n/locale";
import { profileSheet } from "../../../src/report/profile-sheet";
import { profileSpill } from "../../../src/report/profile-spill";
import { fixtureTable } from "../../support/csv-table";

const table = fixtureTable("test/fixtures/profile/orders-en.csv");
const runRecord = {
  inputAddress: "orders-en.csv",
  rowCount: 13,
  parameters: {},
  engineVersion: "test",
  timestampIso: "2026-12-05T00:00:00.000Z",
};

function profileOf(by: string[], locale: Locale = "en") {
  return profileAnalysis(table, { by }, { locale, runRecord }).result.profile;
}

describe("profileSheet", () => {
  it("one column: the groups with notes, the summary, and two clustered column charts of the groups", () => {
    const sheet = profileSheet(profileOf(["Region"]), "en", runRecord);
    expect(sheet.baseName).toBe("Profile");
    const [groups, summary] = sheet.tables;
    expect(sheet.tables.map((table) => table.id)).toEqual(["profile.groups.1", "profile.summary.1"]);
    expect(groups?.title).toBe("Members by Region");
    expect(groups?.columns.map((column) => [column.key, column.numberFormat])).toEqual([
      ["group", "@"],
      ["members", "#,##0"],
      ["memberShare", "0.0%"],
      ["buyers", "#,##0"],
      ["orders", "#,##0"],
      ["gmv", "#,##0.00"],
      ["gmvShare", "0.0%"],
      ["aov", "#,##0.00"],
      ["ordersPerBuyer", "0.00"],
      ["repeatBuyerRate", "0.0%"],
    ]);
    // Taichung: M1, 2 orders, 350 → AOV 175; Unknown: M4, 2 orders, 60 → AOV 30.
    expect(groups?.rows[0]).toEqual(["Taichung", 1, 1 / 6, 1, 2, 350, 350 / 1200, 175, 2, 1]);
    expect(groups?.rows.at(-1)).toEqual(["Unknown", 1, 1 / 6, 1, 2, 60, 60 / 1200, 30, 2, 1]);
    expect(groups?.notes).toEqual([
      expect.stringContaining("latest order line"),
      expect.stringContaining("Top 5"),
      "1 rows without a member id were left out.",
      "1 rows have a blank amount, counted as 0.",
      "1 members have more than one value of Region on their lines; the rule above picked one.",
    ]);
    expect(summary?.rows).toEqual([
      ["All members", 6, 1, 6, 11, 1200, 1, 1200 / 11, 11 / 6, 4 / 6],
      [
        "Top 5 groups' share of GMV (Top5 消費區域占比)",
        null,
        null,
        null,
        null,
        null,
        1140 / 1200,
        null,
        null,
        null,
      ],
    ]);
    expect(sheet.charts).toEqual([
      {
        kind: "columnClustered",
        title: "Share of members and GMV by Region",
        tableId: "profile.groups.1",
        xColumn: "group",
        yColumns: ["memberShare", "gmvShare"],
        xAxisTitle: "Region",
        yAxisTitle: "Share",
      },
      {
        kind: "columnClustered",
        title: "AOV by Region",
        tableId: "profile.groups.1",
        xColumn: "group",
        yColumns: ["aov"],
        xAxisTitle: "Region",
        yAxisTitle: "AOV",
      },
    ]);
  });

  it("two columns: both breakdowns and the cross-tab with totals and a heat map", () => {
    const sheet = profileSheet(profileOf(["Gender", "Category"]), "zh-TW", runRecord);
    expect(sheet.baseName).toBe("用戶畫像");
    expect(sheet.tables.map((table) => table.id)).toEqual([
      "profile.groups.1",
      "profile.summary.1",
      "profile.groups.2",
      "profile.summary.2",
      "profile.crossTab",
    ]);
    expect(sheet.tables[2]?.title).toBe("會員依首筆訂單的Category分布");
    const crossTab = sheet.tables[4];
    expect(crossTab?.title).toBe("GMV 占比：Gender × 首筆訂單的Category");
    expect(crossTab?.columns.map((column) => column.header)).toEqual([
      "Gender",
      "Shoes",
      "Bags",
      "Toys",
      "合計",
    ]);
    expect(crossTab?.heatmapColumns).toEqual(["c1", "c2", "c3"]);
    // In GMV: F 350 | 400 | 0 (750); M 0 | 0 | 300; Unknown 150 | 0 | 0; columns 500 | 400 | 300.
    const inGmv = (crossTab?.rows ?? []).map(([label, ...shares]) => [
      label,
      ...shares.map((share) => Math.round((share as number) * 1200)),
    ]);
    expect(inGmv).toEqual([
      ["F", 350, 400, 0, 750],
      ["M", 0, 0, 300, 300],
      ["未知", 150, 0, 0, 150],
      ["合計", 500, 400, 300, 1200],
    ]);
    expect(sheet.charts.map((chart) => chart.tableId)).toEqual([
      "profile.groups.1",
      "profile.groups.1",
      "profile.groups.2",
      "profile.groups.2",
    ]);
  });

  it("age bands: 'Under 18' and the as-of date in the user's language", () => {
    const sheet = profileSheet(profileOf(["Birthday"]), "zh-CN", runRecord);
    const [groups] = sheet.tables;
    expect(groups?.columns[0]?.header).toBe("年龄段（Birthday）");
    expect(groups?.rows.map((row) => row[0])).toEqual([
      "未满 18 岁",
      "18-24",
      "25-34",
      "45-54",
      "55+",
      "未知",
    ]);
    expect(groups?.notes).toContain(
      "年龄段：每段包含自其下限起、至下一段下限前的年龄；年龄按 2024-05-21 当天的周岁计。",
    );
  });
});

describe("profileSpill", () => {
  it("a header row, the groups, all members and the top-5 share; blanks as empty text", () => {
    const spill = profileSpill(profileOf(["Gender"]), "en");
    expect(spill).toEqual([
      [
        "Group",
        "Members",
        "Share of members",
        "Buyers",
        "Orders",
        "GMV",
        "Share of GMV",
        "AOV",
        "Orders per buyer",
        "Repeat-buyer rate",
      ],
      // F: M1, M3, M6 (2 + 1 + 2 orders, 350 + 300 + 100); M: M2, M4 (3 + 2, 240 + 60); Unknown: M5.
      ["F", 3, 0.5, 3, 5, 750, 0.625, 150, 5 / 3, 2 / 3],
      ["M", 2, 2 / 6, 2, 5, 300, 0.25, 60, 2.5, 1],
      ["Unknown", 1, 1 / 6, 1, 1, 150, 0.125, 150, 1, 0],
      ["All members", 6, 1, 6, 11, 1200, 1, 1200 / 11, 11 / 6, 4 / 6],
      ["Top 5 groups' share of GMV (Top5 消費區域占比)", "", "", "", "", "", 0.875, "", "", ""],
    ]);
  });
});
