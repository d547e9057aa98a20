import type { Locale } from "../../../src/i18n/locale";
import { rfmMessages } from "../../../src/i18n/messages/rfm";
import { CUSTOMER_TYPES } from "../../../src/rfm/customer-type";
import { rfmFromOrders } from "../../../src/rfm/rfm-from-orders";
import { RFM_SEGMENTS } from "../../../src/rfm/rfm-segment";
import { studySegmentGroups } from "../../../src/rfm/segment-groups";
import {
  clusterCentroidsTable,
  customerTypeText,
  elbowTable,
  memberAssignmentTable,
  orderCountDistributionTable,
  rfmSegmentText,
  scatterSampleTable,
  segmentResultSheets,
  segmentSummaryTable,
} from "../../../src/report/segments";
import type { ReportTable, RunRecord } from "../../../src/report/types";
import { coreErrorCode } from "../rfm/test-helpers";

/*
 * Six members (serial 39000 = 2006-10-10), as-of given as 39101 = 2007-01-19:
 *   member last order  recency orders amount cluster recent
 *   m1     39096       5       8      9000   0       yes
 *   m2     39092       9       6      7000   0       yes
 *   m3     39021       80      7      8000   0       no
 *   m4     39091       10      1      500    1       yes
 *   m5     38901       200     1      300    1       no
 *   m6     38951       150     1      200    1       no
 * Each member's orders are on distinct days ending at the last order; amounts split evenly.
 */
const spec = [
  ["m1", 39096, 8, 9000],
  ["m2", 39092, 6, 7000],
  ["m3", 39021, 7, 8000],
  ["m4", 39091, 1, 500],
  ["m5", 38901, 1, 300],
  ["m6", 38951, 1, 200],
] as const;
const lines = { memberIds: [] as string[], orderDates: [] as number[], amounts: [] as number[] };
for (const [member, last, orders, amount] of spec) {
  for (let order = 0; order < orders; order++) {
    lines.memberIds.push(member);
    lines.orderDates.push(last - order);
    lines.amounts.push(order === 0 ? amount : 0);
  }
}
lines.memberIds.push("m7", ""); // m7's amount is missing and "" is a blank id: both rows are skipped
lines.orderDates.push(39100, 39000);
lines.amounts.push(Number.NaN, 5);
const members = rfmFromOrders(lines, { asOfSerial: 39101 });
const clusterLabels = Int32Array.of(0, 0, 0, 1, 1, 1);
const recent = Uint8Array.of(1, 1, 0, 1, 0, 0);
const groups = studySegmentGroups(members, clusterLabels, recent);
const runRecord: RunRecord = {
  inputAddress: "Orders!A1:C29",
  rowCount: 28,
  parameters: { k: 2 },
  engineVersion: "test",
  timestampIso: "2024-01-01T00:00:00Z",
};

function column(table: ReportTable, key: string): unknown[] {
  const index = table.columns.findIndex((candidate) => candidate.key === key);
  if (index < 0) throw new Error(`no column ${key}`);
  return table.rows.map((row) => row[index]);
}

describe("fixture", () => {
  it("is what the comment says", () => {
    expect(members.memberIds).toEqual(["m1", "m2", "m3", "m4", "m5", "m6"]);
    expect(Array.from(members.recencyDays)).toEqual([5, 9, 80, 10, 200, 150]);
    expect(Array.from(members.frequency)).toEqual([8, 6, 7, 1, 1, 1]);
    expect(Array.from(members.monetary)).toEqual([9000, 7000, 8000, 500, 300, 200]);
    expect(members.skippedRows.missingAmount).toBe(1);
    expect(members.skippedRows.blankMemberId).toBe(1);
  });
});

describe("memberAssignmentTable", () => {
  const table = memberAssignmentTable("zh-TW", {
    members,
    recent,
    scores: { recency: [5, 4, 2, 4, 1, 1], frequency: [5, 4, 5, 1, 1, 1], monetary: [5, 4, 5, 2, 1, 1] },
    clusterLabels,
    labels: { scheme: "customerType", codes: groups.memberCodes },
  });

  it("has one row per member with R, F, M, scores, 1-based cluster and the label", () => {
    expect(table.columns.map((c) => c.key)).toEqual([
      "member",
      "recencyDays",
      "frequency",
      "monetary",
      "recent",
      "recencyScore",
      "frequencyScore",
      "monetaryScore",
      "cluster",
      "label",
    ]);
    expect(table.rows[0]).toEqual(["m1", 5, 8, 9000, "近期", 5, 5, 5, 1, "重要價值客戶"]);
    expect(table.rows[4]).toEqual(["m5", 200, 1, 300, "非近期", 1, 1, 1, 2, "流失客戶"]);
    expect(column(table, "label")).toEqual([
      "重要價值客戶",
      "重要價值客戶",
      "重要喚回客戶",
      "新客戶",
      "流失客戶",
      "流失客戶",
    ]);
  });

  it("localises headers and states the as-of date and the skipped rows", () => {
    expect(table.columns[0]?.header).toBe("會員編號");
    expect(table.notes?.[0]).toBe("近期天數計算至 2007-01-19（依指定日期）。");
    expect(table.notes?.[1]).toContain("會員編號空白 1");
    expect(table.notes?.[1]).toContain("金額缺漏 1");
  });

  it("writes study levels and R rfm segment names", () => {
    const withLevels = memberAssignmentTable("en", {
      members,
      levels: {
        orderCountLevel: Int32Array.of(0, 1, 1, 4, 4, 4),
        salesLevel: Int32Array.of(5, 5, 5, 6, 6, 6),
      },
      labels: { scheme: "rfmSegment", codes: Uint8Array.of(0, 1, 2, 9, 9, 10) },
    });
    expect(column(withLevels, "orderCountLevel")).toEqual([0, 1, 1, 4, 4, 4]);
    expect(column(withLevels, "label")).toEqual([
      "Champions",
      "Loyal Customers",
      "Potential Loyalist",
      "Lost",
      "Lost",
      "Others",
    ]);
  });

  it("rejects a column of the wrong length and an unknown label code", () => {
    expect(coreErrorCode(() => memberAssignmentTable("en", { members, clusterLabels: [0, 1] }))).toBe(
      "COLUMN_LENGTH_MISMATCH",
    );
    expect(
      coreErrorCode(() =>
        memberAssignmentTable("en", {
          members,
          labels: { scheme: "customerType", codes: [0, 0, 0, 0, 0, 8] },
        }),
      ),
    ).toBe("LABEL_CODE_INVALID");
  });
});

describe("segmentSummaryTable — the study's table", () => {
  it("has one row per cluster × recency group (hand-calculated in test/src/rfm/segment-groups.test.ts)", () => {
    const table = segmentSummaryTable("en", groups, { kind: "cutDate", cutDateSerial: 39082 });
    expect(table.rows.map((row) => row.slice(0, 8))).toEqual([
      [1, "Recent", 7, 8000, 7, 2, 2 / 6, "Important value"],
      [1, "Not recent", 7, 8000, 80, 1, 1 / 6, "Important win-back"],
      [2, "Recent", 1, 500, 10, 1, 1 / 6, "New"],
      [2, "Not recent", 1, 250, 175, 2, 2 / 6, "Churned"],
    ]);
    // The description states the row's own figures against the means over all members (4 orders, 25,000 / 6).
    expect(table.rows[0]?.[8]).toBe(
      "Recent: last order 7 days ago on average; 7 orders per member, above the overall average of 4; 8,000 spent per member, above the overall average of 4,166.67.",
    );
    expect(table.rows[3]?.[8]).toBe(
      "Not recent: last order 175 days ago on average; 1 orders per member, not above the overall average of 4; 250 spent per member, not above the overall average of 4,166.67.",
    );
    expect(table.rows[0]?.[9]).toBe(customerTypeText("en", "importantValue", "action"));
    expect(table.notes).toEqual([
      "Recent = last order on or after 2006-12-31.",
      "Above average = more than the mean over all members: 4 orders, amount 4,166.67.",
      "Clusters are numbered from 1.",
    ]);
  });
});

describe("orderCountDistributionTable", () => {
  it("counts members per order count, zeros included, with an open-ended last row", () => {
    // orders 1,1,1,6,7,8 with the open row from 7: 1 → 3; 2..5 → 0; 6 → 1; 7+ → 2
    const table = orderCountDistributionTable("en", members.frequency.slice().sort(), 7);
    expect(table.rows).toEqual([
      ["1", 3, 0.5],
      ["2", 0, 0],
      ["3", 0, 0],
      ["4", 0, 0],
      ["5", 0, 0],
      ["6", 1, 1 / 6],
      ["7+", 2, 2 / 6],
    ]);
    expect(orderCountDistributionTable("zh-CN", [1, 30]).rows.at(-1)).toEqual(["20 及以上", 1, 0.5]);
  });

  it("rejects no members", () => {
    expect(coreErrorCode(() => orderCountDistributionTable("en", []))).toBe("NO_MEMBERS");
  });
});

describe("clusterCentroidsTable", () => {
  it("gives member means in days, orders and amount, and the clustering's own centres", () => {
    // cluster 1: recency (5+9+80)/3 = 31.333, orders 7, amount 8000; cluster 2: 120, 1, 333.33
    const table = clusterCentroidsTable("en", members, clusterLabels, {
      values: Float64Array.of(0.5, 5, 4, 6),
      featureNames: ["Order-count level", "Sales level"],
    });
    expect(table.columns.map((c) => c.header).slice(-2)).toEqual([
      "Centre: Order-count level",
      "Centre: Sales level",
    ]);
    expect(table.rows[0]?.slice(0, 3)).toEqual([1, 3, 0.5]);
    expect(table.rows[0]?.[3]).toBeCloseTo(94 / 3, 9);
    expect(table.rows[0]?.slice(4)).toEqual([7, 8000, 0.5, 5]);
    expect(table.rows[1]?.slice(3)).toEqual([120, 1, 1000 / 3, 4, 6]);
  });

  it("rejects centres of the wrong shape", () => {
    expect(
      coreErrorCode(() =>
        clusterCentroidsTable("en", members, clusterLabels, {
          values: Float64Array.of(1, 2, 3),
          featureNames: ["a", "b"],
        }),
      ),
    ).toBe("CENTRES_SHAPE_INVALID");
  });
});

describe("elbowTable", () => {
  it("lists inertia, its first difference and the knee", () => {
    // kneed's convex decreasing curve (shared/data/README.md) at k = 1..5: drops 60, 20, 5, 5
    const table = elbowTable("en", { ks: [1, 2, 3, 4, 5], inertias: [100, 40, 20, 15, 10], kneeK: 3 });
    expect(table.rows).toEqual([
      [1, 100, null, null],
      [2, 40, 60, null],
      [3, 20, 20, "◀ knee"],
      [4, 15, 5, null],
      [5, 10, 5, null],
    ]);
  });

  it.each<[string, string, () => unknown]>([
    ["no k", "ELBOW_EMPTY", () => elbowTable("en", { ks: [], inertias: [] })],
    ["lengths differ", "COLUMN_LENGTH_MISMATCH", () => elbowTable("en", { ks: [1, 2], inertias: [3] })],
    ["a NaN inertia", "VALUE_NOT_FINITE", () => elbowTable("en", { ks: [1, 2], inertias: [3, Number.NaN] })],
    [
      "a knee outside the sweep",
      "KNEE_NOT_IN_SWEEP",
      () => elbowTable("en", { ks: [1, 2], inertias: [3, 1], kneeK: 4 }),
    ],
  ])("%s → %s", (_name, code, action) => {
    expect(coreErrorCode(action)).toBe(code);
  });
});

describe("scatterSampleTable", () => {
  it("takes every step-th member, step = ⌈n / maxPoints⌉, with its series", () => {
    const table = scatterSampleTable("en", { members, clusterLabels, maxPoints: 4 });
    // 6 members, step 2: m1, m3, m5
    expect(table.rows).toEqual([
      ["m1", 8, 9000, "1"],
      ["m3", 7, 8000, "1"],
      ["m5", 1, 300, "2"],
    ]);
    expect(table.notes).toEqual(["One member in every 2 of 6 (3 shown), so the chart stays readable."]);
  });
});

describe("segmentResultSheets", () => {
  const sheets = segmentResultSheets(
    "zh-CN",
    {
      members,
      recent,
      clusterLabels,
      groups,
      labels: { scheme: "customerType", codes: groups.memberCodes },
      elbow: { ks: [1, 2, 3], inertias: [9, 4, 3], kneeK: 2 },
    },
    runRecord,
  );

  it("writes the Segments, Members and Elbow sheets", () => {
    expect(sheets.map((sheet) => sheet.baseName)).toEqual(["分群", "会员", "肘部法"]);
    expect(sheets[0]?.tables.map((table) => table.id)).toEqual([
      "segments.summary",
      "segments.centroids",
      "segments.orderCounts",
      "segments.scatter",
    ]);
    expect(sheets[0]?.charts.map((chart) => chart.kind)).toEqual(["xyScatter", "columnClustered"]);
    expect(sheets[2]?.charts.map((chart) => chart.kind)).toEqual(["line"]);
    expect(sheets.every((sheet) => sheet.runRecord === runRecord)).toBe(true);
  });

  it("draws every chart from a table on its own sheet, with columns that exist", () => {
    for (const sheet of sheets) {
      for (const chart of sheet.charts) {
        const table = sheet.tables.find((candidate) => candidate.id === chart.tableId);
        expect(table).toBeDefined();
        const keys = table?.columns.map((c) => c.key) ?? [];
        for (const key of [
          chart.xColumn,
          ...chart.yColumns,
          ...(chart.groupColumn ? [chart.groupColumn] : []),
        ])
          expect(keys).toContain(key);
      }
    }
  });

  it("leaves out the elbow sheet and the cluster tables when there is no clustering", () => {
    const plain = segmentResultSheets("en", { members }, runRecord);
    expect(plain.map((sheet) => sheet.baseName)).toEqual(["Segments", "Members"]);
    expect(plain[0]?.tables.map((table) => table.id)).toEqual(["segments.orderCounts", "segments.scatter"]);
    expect(plain[0]?.charts[0]?.groupColumn).toBeUndefined();
  });
});

describe("label texts", () => {
  const locales: Locale[] = ["en", "zh-TW", "zh-CN"];
  it("name the eight types as the study does", () => {
    expect(CUSTOMER_TYPES.map((type) => customerTypeText("zh-TW", type, "label"))).toEqual([
      "重要價值客戶",
      "重要喚回客戶",
      "重要深耕客戶",
      "重要挽留客戶",
      "潛力客戶",
      "新客戶",
      "一般維持客戶",
      "流失客戶",
    ]);
  });

  it("have a label, description and action in every language", () => {
    for (const locale of locales) {
      for (const part of ["label", "description", "action"] as const) {
        for (const type of CUSTOMER_TYPES)
          expect(customerTypeText(locale, type, part).length).toBeGreaterThan(1);
        for (const segment of RFM_SEGMENTS)
          expect(rfmSegmentText(locale, segment, part).length).toBeGreaterThan(1);
      }
    }
  });

  it("keep Traditional and Simplified characters apart", () => {
    const simplifiedOnly =
      /[价户维唤潜与发单订额数费优购买关们这说时间会员类图级计细设简续联实热门试验较邮个记录沟长广质纪]/;
    const traditionalOnly =
      /[價戶維喚潛與發單訂額數費優購買關們這說時間會員類圖級計細設簡續聯實熱門試驗較郵個記錄溝長廣質紀]/;
    const all = (locale: Locale) => [
      ...CUSTOMER_TYPES.flatMap((type) =>
        (["label", "description", "action"] as const).map((part) => customerTypeText(locale, type, part)),
      ),
      ...RFM_SEGMENTS.flatMap((segment) =>
        (["label", "description", "action"] as const).map((part) => rfmSegmentText(locale, segment, part)),
      ),
      rfmMessages(locale, "report.note.skipped"),
      rfmMessages(locale, "report.summary.title"),
      rfmMessages(locale, "report.header.avgMonetary"),
    ];
    for (const text of all("zh-TW")) expect(text).not.toMatch(simplifiedOnly);
    for (const text of all("zh-CN")) expect(text).not.toMatch(traditionalOnly);
  });
});
