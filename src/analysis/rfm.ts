import { rfmFromOrders } from "../rfm/rfm-from-orders";
import type { MemberRfm } from "../rfm/member-rfm";
import { RFM_SEGMENTS, rfmSegments, type RfmSegment } from "../rfm/rfm-segment";
import { rfmQuantileScores, type RfmQuantileScores } from "../rfm/rfm-scores";
import { rfmResultSheets, rfmRunSettings } from "../report/rfm";
import { keyCodes, requiredKeys, requiredNumbers } from "../table/column-reader";
import { columnByRole } from "../table/column-access";
import type { Table } from "../table/types";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";
import { requireAcceptedShape, type InputShapeSetting } from "./input-shapes";
import { datedMemberColumns } from "./member-columns";
import { perMemberRfm } from "./member-table-rfm";

/** How frequency counts orders: distinct order ids, distinct order days, or every row (R rfm's `n()`). */
export type RfmCountBy = "orders" | "days" | "rows";

export interface RfmSettings {
  /** Excel serial day recency is counted to. @default the day after the latest order */
  readonly asOfSerial?: number;
  /** @default "orders" when the table has an order id column, else "days" (order lines only) */
  readonly countBy?: RfmCountBy;
  /** Order lines, one row per member, or detected from the table (input-shapes.ts). @default "auto" */
  readonly shape?: InputShapeSetting;
}

export interface RfmResult {
  readonly members: MemberRfm;
  readonly scores: RfmQuantileScores;
  /** Index into RFM_SEGMENTS per member. */
  readonly segmentCodes: Uint8Array;
  /** Members per segment, in RFM_SEGMENTS order, segments without members left out. */
  readonly segmentCounts: readonly { readonly segment: RfmSegment; readonly members: number }[];
  /** The count rule used (the default resolved); "orderCount" = a per-member table's order-count column. */
  readonly countBy: RfmCountBy | "orderCount";
  /** Rows of the input table, before any was skipped. */
  readonly readRowCount: number;
}

/**
 * R, F and M per member from order lines or from one row per member (perMemberRfm, as rfm_table_customer;
 * the shape detected unless settings.shape says), quantile scores 1-5 and the ten-segment label, as R's rfm package
 * (rfm_table_order, rfm_segment): recency = days from the member's last order to the as-of day, frequency
 * = distinct orders (countBy "orders"), distinct order days ("days") or rows ("rows"), monetary = sum of
 * amounts; score edges = type-7 quantiles at 20/40/60/80 %, recency reversed.
 *
 * Cost: O(rows + members log members).
 *
 * @throws CoreError MISSING_COLUMN (memberId, orderDate, amount;
 *   per member: orderCount, totalAmount, lastOrderDate; orderId when countBy is "orders", details
 *   argument "orderId"), COLUMN_TYPE_MISMATCH, AS_OF_BEFORE_LAST_ORDER and the rest of rfmFromOrders' codes
 */
export function rfmAnalysis(
  table: Table,
  settings: RfmSettings,
  context: AnalysisContext,
): AnalysisRun<RfmResult> {
  const perMember = requireAcceptedShape(table, "rfm", settings.shape) === "perMember";
  const linesCountBy = settings.countBy ?? (columnByRole(table, "orderId") === null ? "days" : "orders");
  const countBy = perMember ? "orderCount" : linesCountBy;
  const members = perMember
    ? perMemberRfm(table, settings.asOfSerial, "rfm")
    : rfmFromOrderLines(table, settings.asOfSerial, linesCountBy);
  return rfmAnalysisOfMembers(members, countBy, table.rowCount, context);
}

/**
 * The scores, segments and sheets of {@link rfmAnalysis} for R, F and M aggregated elsewhere: by the generated
 * SQL in a database (the command line's --engine duckdb, src/sql/rfm-sql.ts) with the same definitions.
 *
 * Cost: O(members log members).
 *
 * @example
 * const context = { locale: "en" as const, runRecord: { inputAddress: "orders.parquet", rowCount: 0, parameters: {},
 *   engineVersion: "test", timestampIso: "" } };
 * const members = { memberIds: ["a", "b"], recencyDays: new Float64Array([3, 30]), frequency: new Float64Array([4, 1]),
 *   monetary: new Float64Array([400, 20]), lastOrderSerial: null, asOfSerial: null, asOfSource: "memberTable" as const,
 *   usedRowCount: 2, skippedRows: { blankMemberId: 0, unparseableDate: 0, missingAmount: 0, blankOrderId: 0, invalidMemberValue: 0 } };
 * rfmAnalysisOfMembers(members, "orders", 2, context).result.readRowCount // 2
 * rfmAnalysisOfMembers(members, "orders", 2, context).result.segmentCodes.length // 2 (one segment per member)
 */
export function rfmAnalysisOfMembers(
  members: MemberRfm,
  countBy: RfmCountBy | "orderCount",
  readRowCount: number,
  context: AnalysisContext,
): AnalysisRun<RfmResult> {
  const scores = rfmQuantileScores(members);
  const segmentCodes = rfmSegments(scores.recency.scores, scores.frequency.scores, scores.monetary.scores);
  const result: RfmResult = {
    members,
    scores,
    segmentCodes,
    segmentCounts: segmentCounts(segmentCodes),
    countBy,
    readRowCount,
  };
  return {
    result,
    sheets: lazily(() =>
      rfmResultSheets(
        result,
        context.locale,
        analysisRunRecord({ rowCount: readRowCount }, context, "rfm", rfmRunSettings(result)),
      ),
    ),
  };
}

function rfmFromOrderLines(table: Table, asOfSerial: number | undefined, countBy: RfmCountBy): MemberRfm {
  const columns = datedMemberColumns(table, "rfm");
  const lines = {
    memberIds: columns.memberIds,
    orderDates: columns.orderDates,
    amounts: requiredNumbers(table, "amount", "rfm"),
    orderIds: countBy === "orders" ? requiredKeys(table, "orderId", "rfm") : undefined,
    memberCodes: keyCodes(table, "memberId"),
    orderCodes: keyCodes(table, "orderId"),
  };
  return rfmFromOrders(lines, {
    ...(asOfSerial === undefined ? {} : { asOfSerial }),
    frequencyBasis: countBy === "rows" ? "lines" : "distinctOrders",
  });
}

function segmentCounts(codes: Uint8Array): RfmResult["segmentCounts"] {
  const counts = new Array<number>(RFM_SEGMENTS.length).fill(0);
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return RFM_SEGMENTS.flatMap((segment, code) =>
    counts[code] === 0 ? [] : [{ segment, members: counts[code] as number }],
  );
}
