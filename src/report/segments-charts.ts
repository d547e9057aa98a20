import { CoreError } from "../errors";
import type { Locale } from "../i18n/locale";
import { rfmMessages } from "../i18n/messages/rfm";
import type { MemberRfm } from "../rfm/member-rfm";
import { labelTexts, type MemberLabels } from "./segment-text";
import type { ChartSpec, ReportCell, ReportColumn, ReportTable } from "./types";

export interface ScatterSampleInput {
  readonly members: Pick<MemberRfm, "memberIds" | "frequency" | "monetary">;
  /** Series per label when given … */
  readonly labels?: MemberLabels;
  /** … else per cluster (0-based, written 1-based); with neither, one series. */
  readonly clusterLabels?: ArrayLike<number>;
  /** Most points to plot. @default 2000 */
  readonly maxPoints?: number;
}

/**
 * The points of the amount-vs-orders scatter ("segments.scatter"): every step-th member (step = ⌈n / maxPoints⌉,
 * deterministic, no randomness) with orders, amount and its series (label or cluster). Excel charts of more
 * than a few thousand points are slow and unreadable, so the chart gets its own small table.
 *
 * Cost: O(maxPoints).
 *
 * @throws CoreError MAX_POINTS_INVALID, COLUMN_LENGTH_MISMATCH
 * @example
 * import { rfmFromMemberTable } from "../rfm/rfm-from-member-table";
 * const members = rfmFromMemberTable({ memberIds: ["a", "b", "c", "d"], recencyDays: [3, 5, 9, 200],
 *   frequency: [7, 5, 2, 1], monetary: [8000, 6000, 300, 90] });
 * scatterSampleTable("en", { members, maxPoints: 2 }).rows.length // 2 (every 2nd of 4 members)
 */
export function scatterSampleTable(locale: Locale, input: ScatterSampleInput): ReportTable {
  const maxPoints = input.maxPoints ?? 2000;
  if (!Number.isInteger(maxPoints) || maxPoints < 1) {
    throw new CoreError(
      "MAX_POINTS_INVALID",
      `The number of chart points must be a whole number ≥ 1 (got ${maxPoints})`,
    );
  }
  const { members } = input;
  const total = members.memberIds.length;
  const groupCodes = input.labels?.codes ?? input.clusterLabels;
  if (groupCodes !== undefined && groupCodes.length !== total) {
    throw new CoreError(
      "COLUMN_LENGTH_MISMATCH",
      `${groupCodes.length} labels for ${total} members: one per member is needed`,
    );
  }
  const texts = input.labels === undefined ? null : labelTexts(locale, input.labels.scheme, "label");
  const groupOf = (index: number): ReportCell => {
    const code = groupCodes?.[index] as number;
    return texts === null ? String(code + 1) : (texts[code] ?? null);
  };
  const step = Math.max(1, Math.ceil(total / maxPoints));
  const rows: ReportCell[][] = [];
  for (let index = 0; index < total; index += step) {
    const row: ReportCell[] = [
      members.memberIds[index] as string | number,
      members.frequency[index] as number,
      members.monetary[index] as number,
    ];
    if (groupCodes !== undefined) row.push(groupOf(index));
    rows.push(row);
  }
  const text = (key: Parameters<typeof rfmMessages>[1]) => rfmMessages(locale, key);
  const columns: ReportColumn[] = [
    { key: "member", header: text("report.header.member"), numberFormat: "@" },
    { key: "frequency", header: text("report.header.frequency"), numberFormat: "#,##0" },
    { key: "monetary", header: text("report.header.monetary"), numberFormat: "#,##0.00" },
  ];
  if (groupCodes !== undefined) {
    columns.push({
      key: "group",
      header: text(texts === null ? "report.header.cluster" : "report.header.label"),
      numberFormat: "@",
    });
  }
  const notes =
    step > 1 ? [rfmMessages(locale, "report.note.scatterSample", { step, total, count: rows.length })] : [];
  return { id: "segments.scatter", title: text("report.scatter.title"), columns, rows, notes };
}

/** Line chart of inertia by k, drawn from {@link elbowTable}. */
export function elbowChartSpec(locale: Locale): ChartSpec {
  return {
    kind: "line",
    title: rfmMessages(locale, "report.chart.elbow"),
    tableId: "segments.elbow",
    xColumn: "k",
    yColumns: ["inertia"],
    xAxisTitle: rfmMessages(locale, "report.header.k"),
    yAxisTitle: rfmMessages(locale, "report.header.inertia"),
  };
}

/** XY scatter of amount vs orders, one series per segment (or cluster), drawn from {@link scatterSampleTable}. */
export function segmentScatterChartSpec(locale: Locale, grouped: boolean): ChartSpec {
  return {
    kind: "xyScatter",
    title: rfmMessages(locale, "report.chart.scatter"),
    tableId: "segments.scatter",
    xColumn: "frequency",
    yColumns: ["monetary"],
    ...(grouped ? { groupColumn: "group" } : {}),
    xAxisTitle: rfmMessages(locale, "report.header.frequency"),
    yAxisTitle: rfmMessages(locale, "report.header.monetary"),
  };
}

/** Clustered columns of members per order count, drawn from {@link orderCountDistributionTable}. */
export function orderCountChartSpec(locale: Locale): ChartSpec {
  return {
    kind: "columnClustered",
    title: rfmMessages(locale, "report.chart.distribution"),
    tableId: "segments.orderCounts",
    xColumn: "orderCount",
    yColumns: ["members"],
    xAxisTitle: rfmMessages(locale, "report.header.orderCount"),
    yAxisTitle: rfmMessages(locale, "report.header.members"),
  };
}
