import type { Locale } from "../i18n/locale";
import { rfmMessages } from "../i18n/messages/rfm";
import type { MemberRfm } from "../rfm/member-rfm";
import type { RecencySplit } from "../rfm/recency-split";
import type { StudySegmentGroups } from "../rfm/segment-groups";
import type { StudyLevels } from "../rfm/threshold-levels";
import { clusterCentroidsTable, type ClusterCentres } from "./segments-centroids";
import {
  elbowChartSpec,
  orderCountChartSpec,
  scatterSampleTable,
  segmentScatterChartSpec,
} from "./segments-charts";
import { orderCountDistributionTable } from "./segments-distribution";
import { elbowTable, type ElbowInput } from "./segments-elbow";
import { memberAssignmentTable, type RfmScoreColumns } from "./segments-members";
import { segmentSummaryTable } from "./segments-summary";
import type { MemberLabels } from "./segment-text";
import type { ChartSpec, ReportTable, ResultSheet, RunRecord } from "./types";

export { clusterCentroidsTable, type ClusterCentres } from "./segments-centroids";
export {
  elbowChartSpec,
  orderCountChartSpec,
  scatterSampleTable,
  segmentScatterChartSpec,
} from "./segments-charts";
export { orderCountDistributionTable } from "./segments-distribution";
export { elbowTable, type ElbowInput } from "./segments-elbow";
export { memberAssignmentTable, type MemberAssignmentInput, type RfmScoreColumns } from "./segments-members";
export { segmentSummaryTable } from "./segments-summary";
export {
  customerTypeText,
  labelTexts,
  rfmSegmentText,
  type LabelPart,
  type LabelScheme,
  type MemberLabels,
} from "./segment-text";

/** Everything a segmentation run produced; only `members` is required, each other part adds tables/charts. */
export interface SegmentReportInput {
  readonly members: MemberRfm;
  /** 1 = recent; with `recencySplit`, the note says how it was decided. */
  readonly recent?: ArrayLike<number>;
  readonly recencySplit?: RecencySplit;
  readonly scores?: RfmScoreColumns;
  readonly levels?: StudyLevels;
  /** 0-based cluster per member (src/cluster's `labels`). */
  readonly clusterLabels?: ArrayLike<number>;
  /** Row-major centres from src/cluster with localised feature names. */
  readonly centres?: ClusterCentres;
  /** Per-member label codes (e.g. `studySegmentGroups(...).memberCodes` or `rfmSegments(...)`). */
  readonly labels?: MemberLabels;
  /** The study's cluster × recency table. */
  readonly groups?: StudySegmentGroups;
  readonly elbow?: ElbowInput;
  /** Notes on the scores against the data (what the study is, a misfit, a shrunk k range), on the Elbow sheet. */
  readonly scaleNotes?: readonly string[];
  /** Order counts from this value up share one row. @default 20 */
  readonly openEndedOrderCount?: number;
  /** @default 2000 */
  readonly maxScatterPoints?: number;
}

/**
 * The segmentation result sheets, as the task pane and the command line write them:
 * - "Segments": segment summary (with groups), cluster centres (with cluster labels), order-count distribution,
 *   scatter points; charts: amount vs orders by segment, members by order count.
 * - "Members": the per-member table.
 * - "Elbow" (with an elbow sweep): the elbow table and its line chart.
 *
 * Cost: O(n × member columns), dominated by the per-member table.
 *
 * @throws CoreError from the table builders (COLUMN_LENGTH_MISMATCH, CLUSTER_LABEL_INVALID, …)
 * @example
 * import { rfmFromMemberTable } from "../rfm/rfm-from-member-table";
 * const members = rfmFromMemberTable({ memberIds: ["a", "b"], recencyDays: [3, 200], frequency: [7, 1], monetary: [8000, 90] });
 * const runRecord = { inputAddress: "A1:C4", rowCount: 3, parameters: {}, engineVersion: "0.1.0", timestampIso: "2026-01-02T03:04:05Z" };
 * segmentResultSheets("en", { members }, runRecord).map((sheet) => sheet.baseName) // ["Segments", "Members"]
 */
export function segmentResultSheets(
  locale: Locale,
  input: SegmentReportInput,
  runRecord: RunRecord,
): ResultSheet[] {
  const text = (key: Parameters<typeof rfmMessages>[1]) => rfmMessages(locale, key);
  const segmentTables: ReportTable[] = [];
  const scaleNotes = input.scaleNotes ?? [];
  const withScaleNotes = (table: ReportTable): ReportTable =>
    scaleNotes.length === 0 ? table : { ...table, notes: [...scaleNotes, ...(table.notes ?? [])] };
  if (input.groups !== undefined)
    segmentTables.push(segmentSummaryTable(locale, input.groups, input.recencySplit));
  if (input.clusterLabels !== undefined)
    segmentTables.push(clusterCentroidsTable(locale, input.members, input.clusterLabels, input.centres));
  segmentTables.push(orderCountDistributionTable(locale, input.members.frequency, input.openEndedOrderCount));
  const scatterInput = {
    members: input.members,
    labels: input.labels,
    clusterLabels: input.clusterLabels,
    maxPoints: input.maxScatterPoints,
  };
  segmentTables.push(scatterSampleTable(locale, scatterInput));
  const segmentCharts: ChartSpec[] = [
    segmentScatterChartSpec(locale, input.labels !== undefined || input.clusterLabels !== undefined),
    orderCountChartSpec(locale),
  ];

  const sheets: ResultSheet[] = [
    { baseName: text("report.sheet.segments"), tables: segmentTables, charts: segmentCharts, runRecord },
    {
      baseName: text("report.sheet.members"),
      tables: [memberAssignmentTable(locale, input)],
      charts: [],
      runRecord,
    },
  ];
  if (input.elbow !== undefined) {
    sheets.push({
      baseName: text("report.sheet.elbow"),
      tables: [withScaleNotes(elbowTable(locale, input.elbow))],
      charts: [elbowChartSpec(locale)],
      runRecord,
    });
  }
  return sheets;
}
