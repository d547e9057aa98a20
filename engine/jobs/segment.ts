import { segmentAssignAnalysis, segmentSweepAnalysisSteps } from "../../src/analysis/segment";
import { tableShape } from "../../src/analysis/input-shapes";
import { CoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import type { ResultSheet, RunRecord } from "../../src/report/types";
import { SEGMENT_DEFAULTS, type ClusterSummary, type SegmentSettings } from "../../src/segment";
import type { SegmentLabelCount } from "../../src/segment/segment-label-counts";
import type { JobContext } from "./context";
import { dataRowCount, tableFromRequest, type TableRequest } from "./table-request";

export interface SegmentSweepRequest extends TableRequest {
  readonly settings: SegmentSettings;
  readonly locale: Locale;
}

/** One k of the elbow sweep as the pane shows it. */
export interface ElbowPoint {
  readonly k: number;
  readonly inertia: number;
  readonly inertiaDrop: number | null;
  readonly silhouette: number | null;
  readonly calinskiHarabasz: number | null;
  readonly daviesBouldin: number | null;
}

export interface SegmentSweepResult {
  readonly asOfSerial: number | null;
  readonly memberCount: number;
  readonly usedRowCount: number;
  /** The input had one row per member (input-shapes.ts): its rows are members, not order lines. */
  readonly perMember: boolean;
  readonly elbow: readonly ElbowPoint[];
  readonly kneeK: number | null;
  readonly recommendedK: number;
  readonly criteriaDisagree: boolean;
  readonly summary: string;
  readonly reasons: readonly string[];
  readonly warning: string | null;
  /** What the study is, whether its levels fit these data, and a shrunk k range, in words. */
  readonly scaleNotes: readonly string[];
  /** The study's levels do not fit the data's scale: the pane offers quantile scores. */
  readonly studyMisfit: boolean;
}

/** Step 1 of Segment: the use case's sweep, with progress per k and a cancel checked between steps. */
export function segmentSweepJob(request: SegmentSweepRequest, context: JobContext): SegmentSweepResult {
  context.progress(0, "reading", { count: dataRowCount(request) });
  const table = tableFromRequest(request);
  const steps = segmentSweepAnalysisSteps(table, request.settings, request.locale);
  const kMax = request.settings.kMax ?? SEGMENT_DEFAULTS.kMax;
  let step = steps.next();
  while (step.done !== true) {
    if (context.isCancelled()) throw new CoreError("CANCELLED", "The run was cancelled.");
    const { fraction, k } = step.value;
    if (k > 0) context.progress(fraction, "k", { count: k, total: kMax });
    else context.progress(fraction, "rfm");
    step = steps.next();
  }
  const { members, sweep, recommendation, recommendationText, scale, scaleNotes } = step.value;
  return {
    asOfSerial: members.asOfSerial,
    memberCount: members.memberIds.length,
    usedRowCount: members.usedRowCount,
    perMember: tableShape(table) === "perMember",
    elbow: sweep.runs.map(({ k, inertia, inertiaDrop, silhouette, calinskiHarabasz, daviesBouldin }) => ({
      k,
      inertia,
      inertiaDrop,
      silhouette,
      calinskiHarabasz,
      daviesBouldin,
    })),
    kneeK: sweep.knee?.x ?? null,
    recommendedK: recommendation.recommendedK,
    criteriaDisagree: recommendation.criteriaDisagree,
    summary: recommendationText.summary,
    reasons: recommendationText.reasons,
    warning: recommendationText.warning,
    scaleNotes,
    studyMisfit: scale.studyMisfit,
  };
}

export interface SegmentAssignRequest extends SegmentSweepRequest {
  readonly k: number;
  readonly elbow: readonly ElbowPoint[];
  readonly kneeK: number | null;
  readonly runRecord: RunRecord;
}

export interface SegmentAssignResult {
  readonly clusters: readonly ClusterSummary[];
  /** Rows of the Segments sheet (cluster × recency groups). */
  readonly segmentRowCount: number;
  /** Members per customer type, largest first: what the Members sheet counts per label. */
  readonly labelCounts: readonly SegmentLabelCount[];
  readonly sheets: readonly ResultSheet[];
}

/** Step 2 of Segment: the use case's k-means at the chosen k and its sheets (the worker keeps nothing between steps). */
export function segmentAssignJob(request: SegmentAssignRequest, context: JobContext): SegmentAssignResult {
  context.progress(0, "reading", { count: dataRowCount(request) });
  const table = tableFromRequest(request);
  context.progress(0.3, "clusters", { count: request.k });
  const elbow = { runs: request.elbow, knee: request.kneeK === null ? null : { x: request.kneeK } };
  const assignment = segmentAssignAnalysis(table, elbow, request.k, request.settings, {
    locale: request.locale,
    runRecord: request.runRecord,
  });
  context.progress(0.9, "sheets");
  return {
    clusters: assignment.clusters,
    segmentRowCount: assignment.groups.groups.length,
    labelCounts: assignment.labelCounts,
    sheets: assignment.sheets,
  };
}
