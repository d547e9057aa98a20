import { CoreError } from "../errors";
import type { Locale } from "../i18n/locale";
import type { OrderLineColumns } from "../rfm";
import type { MemberRfm } from "../rfm/member-rfm";
import { rfmFromOrders } from "../rfm/rfm-from-orders";
import type { RunRecord } from "../report/types";
import {
  assignSegments,
  segmentFeatures,
  segmentMemberSweepSteps,
  SEGMENT_DEFAULTS,
  type SegmentAssignInput,
  type SegmentAssignment,
  type SegmentSettings,
  type SegmentSweep,
  type SegmentSweepProgress,
} from "../segment";
import { requireColumn } from "../table/column-access";
import { keyCodes, optionalKeys, requiredKeys } from "../table/column-reader";
import type { Table } from "../table/types";
import { analysisRunRecord, type AnalysisContext, type AnalysisRun } from "./context";
import type { InputShape } from "../table/input-shape";
import { requireAcceptedShape, type InputShapeSetting } from "./input-shapes";
import { perMemberRfm } from "./member-table-rfm";

/** Segment's settings on a table: the scoring and sweep settings, and the input shape. */
export interface SegmentTableSettings extends SegmentSettings {
  /** Order lines, one row per member, or detected from the table (input-shapes.ts). @default "auto" */
  readonly shape?: InputShapeSetting;
}

export interface SegmentAnalysisSettings extends SegmentTableSettings {
  /** Segments to assign; the sweep then runs up to at least this k. @default the sweep's recommended k */
  readonly k?: number;
}

export interface SegmentAnalysisResult {
  readonly sweep: SegmentSweep;
  readonly assignment: SegmentAssignment;
  /** "given" when settings.k was set, else "recommended". */
  readonly kSource: "recommended" | "given";
  /** Rows of the input table, before any was skipped. */
  readonly readRowCount: number;
}

const FOR_WHAT = "segment";

/**
 * The order lines Segment reads from a table: member id, order date and amount by role, and the order id
 * when a column has that role (else distinct order days are counted).
 *
 * Cost: O(rows).
 *
 * @throws CoreError MISSING_COLUMN (memberId, orderDate, amount), COLUMN_TYPE_MISMATCH
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * segmentOrderLines(tableFromGrid({ values: [["Member", "Order date", "Amount"], ["A", "2024-01-02", 5]] })).amounts // [5]
 */
export function segmentOrderLines(table: Table): OrderLineColumns {
  const orderIds = optionalKeys(table, "orderId");
  return {
    memberIds: requiredKeys(table, "memberId", FOR_WHAT),
    orderDates: requireColumn(table, "orderDate", FOR_WHAT, "date").values,
    amounts: requireColumn(table, "amount", FOR_WHAT, "number").values,
    ...(orderIds === undefined ? {} : { orderIds }),
    memberCodes: keyCodes(table, "memberId"),
    orderCodes: keyCodes(table, "orderId"),
  };
}

/**
 * R/F/M per member for Segment: from order lines (segmentOrderLines, rfmFromOrders), or from one row per member
 * (perMemberRfm: order counts, total amounts, last order dates or recency days as given), by the table's shape.
 *
 * Cost: O(rows).
 *
 * @throws CoreError the codes of segmentOrderLines / perMemberRfm and rfmFromOrders
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * const table = tableFromGrid({ values: [["Member_Id", "Order_Sales", "Order_count", "last_order"], ["A", 300, 3, 20210310], ["B", 50, 1, 20210301]] });
 * [...segmentMembers(table, {}).frequency] // [3, 1]
 */
export function segmentMembers(table: Table, settings: SegmentTableSettings): MemberRfm {
  const shape = requireAcceptedShape(table, "segment", settings.shape);
  if (shape === "perMember") return perMemberRfm(table, settings.asOfSerial, FOR_WHAT);
  return rfmFromOrders(
    segmentOrderLines(table),
    settings.asOfSerial === undefined ? {} : { asOfSerial: settings.asOfSerial },
  );
}

/**
 * Step 1 of Segment on a table (the pane's sweep job): R/F/M per member (segmentMembers, either shape), the features of the scoring, and the
 * elbow sweep with a recommended k in the user's language; a generator, so the door reports progress and can
 * stop between steps. It builds no sheet (step 2 does), so it takes the locale rather than a run context.
 *
 * Cost: as segmentSweepSteps.
 *
 * @throws CoreError from segmentMembers and segmentMemberSweepSteps
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * segmentSweepAnalysisSteps(tableFromGrid({ values: [["Member", "Order date", "Amount"], ["A", "2024-01-02", 5], ["B", "2024-01-03", 40000], ["C", "2024-01-04", 200000]] }), {}, "en").next().value // { fraction: 0.05, k: 0 }
 */
export function* segmentSweepAnalysisSteps(
  table: Table,
  settings: SegmentTableSettings,
  locale: Locale,
): Generator<SegmentSweepProgress, SegmentSweep, void> {
  return yield* segmentMemberSweepSteps(segmentMembers(table, settings), settings, locale);
}

/**
 * Step 2 of Segment on a table (the pane's assign job): k-means at `k` and the result sheets (Segments,
 * Members, Elbow). R/F/M and the features are rebuilt from the table (O(rows)), so the door needs to keep only
 * the swept elbow between the two steps.
 *
 * Cost: one k-means run plus O(rows) for R/F/M, features and tables.
 *
 * @throws CoreError K_OUT_OF_SWEEP (k was not swept), and the codes of segmentOrderLines and assignSegments
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * segmentAssignAnalysis(tableFromGrid({ values: [["Member", "Order date", "Amount"], ["A", "2024-01-02", 5], ["B", "2024-01-03", 40000], ["C", "2024-01-04", 200000]] }), undefined, 2, {}, { locale: "en", runRecord: { inputAddress: "A1", rowCount: 3, parameters: {}, engineVersion: "test", timestampIso: "" } }).k // 2
 */
export function segmentAssignAnalysis(
  table: Table,
  elbow: SegmentAssignInput["sweep"],
  k: number,
  settings: SegmentTableSettings,
  context: AnalysisContext,
): SegmentAssignment {
  const members = segmentMembers(table, settings);
  const features = segmentFeatures(
    members,
    settings.scoring ?? SEGMENT_DEFAULTS.scoring,
    settings.customBreakpoints,
  );
  const input = { members, features, ...(elbow === undefined ? {} : { sweep: elbow }) };
  const shape = requireAcceptedShape(table, "segment", settings.shape);
  return assignSegments(
    input,
    k,
    settings,
    context.locale,
    segmentRunRecord(table.rowCount, shape, settings, context),
  );
}

/**
 * Segment in one go (the command line): the sweep up to max(kMax, k), then k-means at the given k or the
 * recommended one, with the result sheets.
 *
 * Cost: the sweep plus one k-means run.
 *
 * @throws CoreError K_EXCEEDS_DISTINCT_ROWS when the given k is more than the distinct member rows of the
 *   features (details: argument "k", value k, bound the largest k possible), and the codes of the two steps
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * segmentAnalysis(tableFromGrid({ values: [["Member", "Order date", "Amount"], ["A", "2024-01-02", 5], ["B", "2024-01-03", 40000], ["C", "2024-01-04", 200000]] }), { k: 3 }, { locale: "en", runRecord: { inputAddress: "A1", rowCount: 3, parameters: {}, engineVersion: "test", timestampIso: "" } }).result.assignment.k // 3
 */
export function segmentAnalysis(
  table: Table,
  settings: SegmentAnalysisSettings,
  context: AnalysisContext,
): AnalysisRun<SegmentAnalysisResult> {
  const shape = requireAcceptedShape(table, "segment", settings.shape);
  return segmentAnalysisOfMembers(segmentMembers(table, settings), table.rowCount, shape, settings, context);
}

/**
 * {@link segmentAnalysis} from R/F/M per member computed elsewhere (the command line's `--engine duckdb`, where
 * DuckDB aggregates the order lines): the sweep, k-means and sheets of the core on those members.
 *
 * Cost: the sweep plus one k-means run.
 *
 * @throws CoreError K_EXCEEDS_DISTINCT_ROWS and the codes of the sweep and assignSegments
 */
export function segmentAnalysisOfMembers(
  members: MemberRfm,
  readRowCount: number,
  shape: InputShape,
  settings: SegmentAnalysisSettings,
  context: AnalysisContext,
): AnalysisRun<SegmentAnalysisResult> {
  const kMax = Math.max(settings.kMax ?? SEGMENT_DEFAULTS.kMax, settings.k ?? 1);
  const swept = { ...settings, kMax };
  const steps = segmentMemberSweepSteps(members, swept, context.locale);
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  const sweep = step.value;
  const k = settings.k ?? sweep.recommendation.recommendedK;
  if (k > sweep.sweep.kMax) {
    const scoring = settings.scoring ?? SEGMENT_DEFAULTS.scoring;
    throw new CoreError(
      "K_EXCEEDS_DISTINCT_ROWS",
      `k = ${k} is more than the ${sweep.sweep.kMax} distinct members (by their ${scoring === "study" ? "study levels" : "scores"}): choose a smaller k`,
      { argument: "k", value: k, bound: sweep.sweep.kMax },
    );
  }
  const runRecord = segmentRunRecord(readRowCount, shape, swept, context);
  const assignment = assignSegments(sweep, k, swept, context.locale, runRecord);
  const result: SegmentAnalysisResult = {
    sweep,
    assignment,
    kSource: settings.k === undefined ? "recommended" : "given",
    readRowCount,
  };
  return { result, sheets: () => assignment.sheets };
}

/** One run record for both steps and both doors: the rows read, the scoring, the sweep's k range and restarts. */
function segmentRunRecord(
  readRowCount: number,
  shape: InputShape,
  settings: SegmentTableSettings,
  context: AnalysisContext,
): RunRecord {
  return analysisRunRecord({ rowCount: readRowCount }, context, "segment", {
    ...(shape === "perMember" ? { shape } : {}),
    scoring: settings.scoring ?? SEGMENT_DEFAULTS.scoring,
    kMax: settings.kMax ?? SEGMENT_DEFAULTS.kMax,
    restarts: settings.restarts ?? SEGMENT_DEFAULTS.restarts,
  });
}
