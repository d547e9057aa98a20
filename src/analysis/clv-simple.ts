import { compareClvToCpa, type CpaVerdict } from "../clv/cpa-comparison";
import type { SimpleClvOrders } from "../clv/member-spans";
import { simpleClvFromOrders, type SimpleClvResult } from "../clv/simple-clv-orders";
import { convertDuration, type TimeUnit } from "../clv/time-unit";
import { buildSimpleClvResultSheet } from "../report/clv";
import { completeOrderRows } from "../table/column-reader";
import type { Table } from "../table/types";
import { memberHeader } from "./clv-btyd-input";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";
import { requireAcceptedShape, type InputShapeSetting } from "./input-shapes";
import { perMemberClvRows } from "./member-table-clv";

export interface SimpleClvSettings {
  /** Expected lifetime, in lifetimeUnit. @default the members' mean lifetime (registration or first order to last order) */
  readonly expectedLifetime?: number;
  /** Unit of expectedLifetime. @default "days" */
  readonly lifetimeUnit?: TimeUnit;
  /** Cost of acquiring a member; when given, the average CLV is compared with it (CLV / CPA, 3:1 healthy). */
  readonly acquisitionCost?: number;
  /** Order lines, one row per member, or detected from the table (input-shapes.ts). @default "auto" */
  readonly shape?: InputShapeSetting;
}

export const SIMPLE_CLV_DEFAULTS = { lifetimeUnit: "days" } as const satisfies SimpleClvSettings;

export interface SimpleClvAnalysisResult {
  readonly clv: SimpleClvResult;
  /** The expected lifetime as given (in periodUnit), or the mean lifetime in days. */
  readonly horizon: number;
  readonly periodUnit: TimeUnit;
  /** Rows of the table, and those without a member, an order date or an amount (left out). */
  readonly rowCount: number;
  readonly rowsSkipped: number;
  readonly facts: SimpleClvFacts;
}

/** The numbers behind the pane's summary in words. */
export interface SimpleClvFacts {
  readonly analysis: "clv";
  readonly model: "simple";
  readonly averageClv: number;
  readonly lifetimeDays: number;
  /** CLV / CPA and the verdict when a CPA was given. */
  readonly cpa: { readonly clvToCpaRatio: number; readonly verdict: CpaVerdict } | null;
}

/**
 * The article's simple CLV from order lines, or from one row per member (perMemberClvRows: last order date,
 * total amount, first order / registration date) (src/clv/simple-clv-orders.ts): expected lifetime days × value
 * per day, per member and for the average member, compared with the acquisition cost when one is given. Rows
 * without a member, an order date or an amount are left out (the table's blank rule: member id 0 is a member).
 *
 * Cost: O(rows log rows).
 *
 * @throws CoreError MISSING_COLUMN (memberId, orderDate, amount), COLUMN_TYPE_MISMATCH, the codes of
 *   simpleClvFromOrders, and CPA_INVALID (an acquisition cost not above 0)
 */
export function simpleClvAnalysis(
  table: Table,
  settings: SimpleClvSettings,
  context: AnalysisContext,
): AnalysisRun<SimpleClvAnalysisResult> {
  const { expectedLifetime, acquisitionCost } = settings;
  const lifetimeUnit = settings.lifetimeUnit ?? SIMPLE_CLV_DEFAULTS.lifetimeUnit;
  const { orders, skippedRows } = clvOrders(table, settings.shape);
  const clv = simpleClvFromOrders(
    orders,
    expectedLifetime === undefined
      ? {}
      : { expectedLifetimeDays: convertDuration(expectedLifetime, lifetimeUnit, "days") },
  );
  const comparison = acquisitionCost === undefined ? null : compareClvToCpa(clv.averageClv, acquisitionCost);
  const result: SimpleClvAnalysisResult = {
    clv,
    horizon: expectedLifetime ?? clv.expectedLifetimeDays,
    periodUnit: expectedLifetime === undefined ? "days" : lifetimeUnit,
    rowCount: table.rowCount,
    rowsSkipped: skippedRows,
    facts: {
      analysis: "clv",
      model: "simple",
      averageClv: clv.averageClv,
      lifetimeDays: clv.expectedLifetimeDays,
      cpa:
        comparison === null ? null : { clvToCpaRatio: comparison.clvToCpaRatio, verdict: comparison.verdict },
    },
  };
  const parameters = {
    model: "simple",
    ...(expectedLifetime === undefined ? {} : { expectedLifetime, lifetimeUnit }),
    ...(acquisitionCost === undefined ? {} : { acquisitionCost }),
  };
  return {
    result,
    sheets: lazily(() => [
      buildSimpleClvResultSheet(
        {
          result: clv,
          runRecord: analysisRunRecord(table, context, "clv", parameters),
          idHeader: memberHeader(table),
          ...(acquisitionCost === undefined ? {} : { acquisitionCost }),
        },
        context.locale,
      ),
    ]),
  };
}

/** The simple CLV's orders from order lines, or one line per member from a per-member table. */
function clvOrders(
  table: Table,
  shape: InputShapeSetting | undefined,
): { readonly orders: SimpleClvOrders; readonly skippedRows: number } {
  if (requireAcceptedShape(table, "clv", shape) === "perMember") return perMemberClvRows(table, "clv");
  const rows = completeOrderRows(table, "clv");
  const orders = {
    memberIds: rows.memberIds,
    orderDateSerials: rows.dateSerials,
    amounts: rows.amounts,
    ...(rows.hasRegistrations ? { registrationDateSerials: rows.registrationSerials } : {}),
  };
  return { orders, skippedRows: rows.skippedRows };
}
