import type { ReportCell, ResultSheet, RunRecord } from "../../../src/report/types";

export const runRecord: RunRecord = {
  inputAddress: "Orders!A1:F201",
  rowCount: 200,
  parameters: { k: 3, standardize: true, method: "k-means++" },
  seed: 42,
  engineVersion: "0.1.0",
  timestampIso: "2024-05-01T08:30:00.000Z",
};

/** Three segments with a title, a note, four formatted columns and a column chart of two measures. */
export function segmentsSheet(baseName = "Segments"): ResultSheet {
  return {
    baseName,
    tables: [
      {
        id: "segments.summary",
        title: "Segment summary",
        notes: ["Recency in days before 2024-05-01."],
        columns: [
          { key: "segment", header: "Segment", numberFormat: "@", widthChars: 12 },
          { key: "members", header: "Members", numberFormat: "#,##0" },
          { key: "share", header: "Share", numberFormat: "0.0%" },
          { key: "firstOrder", header: "First order", numberFormat: "yyyy-mm-dd" },
        ],
        rows: [
          ["Champions", 1200, 0.25, 45292],
          ["=Loyal", 2400, 0.5, 45300],
          ["007", 1200, 0.25, null],
        ],
      },
    ],
    charts: [
      {
        kind: "columnClustered",
        title: "Members by segment",
        tableId: "segments.summary",
        xColumn: "segment",
        yColumns: ["members", "share"],
        xAxisTitle: "Segment",
        yAxisTitle: "Members",
      },
    ],
    runRecord,
  };
}

/** Members scattered by segment: groups interleaved, so the chart needs its data sorted by group. */
export function scatterSheet(rows: readonly (readonly ReportCell[])[]): ResultSheet {
  return {
    baseName: "Clusters",
    tables: [
      {
        id: "members",
        title: "Members",
        columns: [
          { key: "member", header: "Member", numberFormat: "@" },
          { key: "recency", header: "Recency", numberFormat: "0" },
          { key: "monetary", header: "Monetary", numberFormat: "#,##0.00" },
          { key: "segment", header: "Segment", numberFormat: "@" },
        ],
        rows,
      },
    ],
    charts: [
      {
        kind: "xyScatter",
        title: "Recency and spend",
        tableId: "members",
        xColumn: "recency",
        yColumns: ["monetary"],
        groupColumn: "segment",
      },
    ],
    runRecord,
  };
}

/** rowCount × 8 columns of numbers and short text, as a large segment export would be. */
export function wideSheet(rowCount: number): ResultSheet {
  const rows: ReportCell[][] = [];
  for (let index = 0; index < rowCount; index++) {
    rows.push([
      `M${100000 + index}`,
      index % 5,
      1 + (index % 365),
      1 + (index % 17),
      (index % 997) * 12.5,
      45000 + (index % 700),
      index % 2 === 0,
      `S${index % 5}`,
    ]);
  }
  return {
    baseName: "Members",
    tables: [
      {
        id: "members.all",
        title: "All members",
        columns: [
          { key: "member", header: "Member", numberFormat: "@" },
          { key: "segment", header: "Segment", numberFormat: "0" },
          { key: "recency", header: "Recency (days)", numberFormat: "0" },
          { key: "frequency", header: "Orders", numberFormat: "0" },
          { key: "monetary", header: "Spend", numberFormat: "#,##0.00" },
          { key: "lastOrder", header: "Last order", numberFormat: "yyyy-mm-dd" },
          { key: "active", header: "Active", numberFormat: "General" },
          { key: "label", header: "Label", numberFormat: "@" },
        ],
        rows,
      },
    ],
    charts: [],
    runRecord: { ...runRecord, rowCount },
  };
}
